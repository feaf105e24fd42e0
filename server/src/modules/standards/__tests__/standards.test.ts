import { describe, expect, it } from 'vitest';
import { referenceDataDir } from '../../../core/paths.js';
import { useTestServer } from '../../../../test/test-server.js';
import { Standard } from '../standard.entity.js';
import { loadStandards, readStandards } from '../standards-data.js';

const server = useTestServer();

type Page = {
  standards: { totalCount: number; edges: { node: { code: string; category: string; appliesTo: string } }[] };
};
const LIST = `query($filter: StandardFilter) { standards(first: 100, filter: $filter) { totalCount edges { node { code category appliesTo } } } }`;

describe('the standards catalogue', () => {
  it('is seeded with the shipped starting catalogue, readable by anyone', async () => {
    const shipped = await readStandards(referenceDataDir);
    const res = await server().gql<Page>(LIST);
    expect(res.data?.standards.totalCount).toBe(shipped.length);
    expect(res.data?.standards.edges.map((e) => e.node.code)).toContain('FHIR_UK_CORE');
  });

  it('filters by category, by what it applies to (BOTH included) and by search', async () => {
    const security = await server().gql<Page>(LIST, { filter: { categories: ['SECURITY'] } });
    expect(security.data?.standards.edges.map((e) => e.node.code).sort()).toEqual([
      'CE',
      'CE_PLUS',
      'DSPT',
      'ISO27001',
    ]);

    const forOrganisations = await server().gql<Page>(LIST, { filter: { appliesTo: ['ORGANISATION'] } });
    const appliesTo = new Set(forOrganisations.data?.standards.edges.map((e) => e.node.appliesTo));
    expect([...appliesTo].every((a) => a === 'ORGANISATION' || a === 'BOTH')).toBe(true);
    expect(forOrganisations.data?.standards.edges.map((e) => e.node.code)).toContain('DCB0160');

    const search = await server().gql<Page>(LIST, { filter: { search: 'clinical risk' } });
    expect(search.data?.standards.edges.map((e) => e.node.code).sort()).toEqual(['DCB0129', 'DCB0160']);
  });

  it('shows a standard with named levels by its code, and null for an unknown code', async () => {
    const res = await server().gql<{ standard: { assessment: string; levels: string[] } }>(
      `{ standard(code: "dspt") { assessment levels } }`,
    );
    expect(res.data?.standard.assessment).toBe('LEVELS');
    expect(res.data?.standard.levels).toContain('STANDARDS_MET');
    const missing = await server().gql(`{ standard(code: "NOPE") { name } }`);
    expect(missing.data).toEqual({ standard: null });
  });

  it('keeps central teams’ edits when the starting catalogue loads again', async () => {
    const em = server().server.orm.em.fork();
    const dtac = await em.findOneOrFail(Standard, { code: 'DTAC' });
    dtac.version = '2024-02';
    await em.flush();
    const report = await loadStandards(server().server.orm.em.fork(), referenceDataDir);
    expect(report.created).toBe(0);
    expect((await server().server.orm.em.fork().findOneOrFail(Standard, { code: 'DTAC' })).version).toBe(
      '2024-02',
    );
  });
});
