import type { EntityManager } from '@mikro-orm/sql';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../../../test/catalogue.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { todayInEngland } from '../../../core/dates.js';
import { demoCatalogue } from '../../frameworks/demo-catalogue.js';
import { loadDemoCatalogue } from '../../frameworks/demo-catalogue-loader.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Standard } from '../../standards/standard.entity.js';
import { loadDemoDeclarations } from '../demo-declarations-loader.js';
import { demoDeclarations, type DemoDeclaration } from '../demo-declarations.js';

/**
 * The matrix and coverage on the demo declarations, checked against figures computed here, in
 * TypeScript, from the generator's own rows and the trusts' regions and ICBs read with the ORM:
 * never from the SQL under test.
 */
const server = useTestServer();
const today = todayInEngland();

let central: SignedInClient;
let trusts: { odsCode: string; region: string | null; icb: string | null }[];
let standards: Standard[];
let rows: DemoDeclaration[];

beforeAll(async () => {
  const em: EntityManager = server().server.orm.em.fork();
  await loadDemoCatalogue(em);
  const open = await em.find(Organisation, {
    kind: 'TRUST',
    $or: [{ closedOn: null }, { closedOn: { $gt: today } }],
  });
  standards = await em.find(Standard, {}, { orderBy: { code: 'asc' } });
  rows = demoDeclarations(
    {
      catalogue: demoCatalogue(),
      trusts: open.map((t) => ({ odsCode: t.odsCode, trustType: t.trustType })),
      standards: standards.map((s) => ({
        code: s.code,
        appliesTo: s.appliesTo,
        category: s.category,
        assessment: s.assessment,
        levels: s.levels,
        compliantLevels: s.compliantLevels,
        certificateMonths: s.certificateMonths,
      })),
    },
    { today },
  );
  expect(await loadDemoDeclarations(server().server.orm.em.fork(), { today })).toEqual({
    created: rows.length,
  });
  trusts = open.map((t) => ({
    odsCode: t.odsCode,
    region: t.region?.code ?? null,
    icb: t.icb?.code ?? null,
  }));
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
});

/** A cell's state from a generator row, by the rules in docs/compliance.md. */
function stateOf(row: DemoDeclaration | undefined, publicOnly: boolean): string {
  if (!row) return 'NOT_DECLARED';
  if (publicOnly && row.verification?.outcome !== 'VERIFIED') return 'UNVERIFIED';
  if (row.verification?.outcome === 'REJECTED') return 'REJECTED';
  const expires = row.certificate?.expiresOn ?? row.expiresOn;
  if (expires !== null && expires < today) return 'LAPSED';
  return row.status;
}

const organisationStandards = () =>
  standards.filter(
    (s) => s.status === 'EFFECTIVE' && (s.appliesTo === 'ORGANISATION' || s.appliesTo === 'BOTH'),
  );

function trustRow(odsCode: string, code: string) {
  return rows.find(
    (r) =>
      'organisationOdsCode' in r.subject &&
      r.subject.organisationOdsCode === odsCode &&
      r.standardCode === code,
  );
}

type Figures = Record<string, number | null>;

/** Coverage computed here: `level:code:standard` → counts and percent compliant. */
function expectedCoverage(publicOnly: boolean): Record<string, Figures> {
  const groups = new Map<string, string[]>();
  for (const s of organisationStandards()) {
    for (const t of trusts) {
      const state = stateOf(trustRow(t.odsCode, s.code), publicOnly);
      const overdue =
        ['PARTIAL', 'NON_COMPLIANT', 'PLANNED'].includes(state) &&
        (trustRow(t.odsCode, s.code)?.remediation?.dueOn ?? '9999') < today;
      const entry = `${state}${overdue ? ':overdue' : ''}`;
      for (const key of [
        `NATIONAL:-:${s.code}`,
        t.region && `REGION:${t.region}:${s.code}`,
        t.icb && `ICB:${t.icb}:${s.code}`,
      ]) {
        if (key) groups.set(key, [...(groups.get(key) ?? []), entry]);
      }
    }
  }
  return Object.fromEntries(
    [...groups].map(([key, entries]) => {
      const count = (state: string) => entries.filter((e) => e.split(':')[0] === state).length;
      const notApplicable = count('NOT_APPLICABLE');
      const compliant = count('COMPLIANT');
      return [
        key,
        {
          trusts: entries.length,
          declared: entries.filter((e) => !['NOT_DECLARED', 'UNVERIFIED'].includes(e.split(':')[0]!)).length,
          compliant,
          partial: count('PARTIAL'),
          planned: count('PLANNED'),
          nonCompliant: count('NON_COMPLIANT'),
          notApplicable,
          lapsed: count('LAPSED'),
          overdue: entries.filter((e) => e.endsWith(':overdue')).length,
          percentCompliant:
            entries.length === notApplicable
              ? null
              : Math.round((1000 * compliant) / (entries.length - notApplicable)) / 10,
        },
      ];
    }),
  );
}

const COVERAGE = `query($input: ComplianceMatrixInput) { complianceCoverage(input: $input) {
  level code standardCode trusts declared compliant partial planned nonCompliant notApplicable lapsed overdue percentCompliant } }`;

async function actualCoverage(client: SignedInClient['gql'], includeUnverified: boolean) {
  const res = await client<{
    complianceCoverage: (Figures & { level: string; code: string | null; standardCode: string })[];
  }>(COVERAGE, {
    input: { includeUnverified },
  });
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(
    res.data!.complianceCoverage.map(({ level, code, standardCode, ...figures }) => [
      `${level}:${code ?? '-'}:${standardCode}`,
      figures,
    ]),
  );
}

describe('compliance figures on the demo declarations, computed independently', () => {
  it('gives the same coverage, nationally, by region and by ICB, for the public and for central users', async () => {
    expect(await actualCoverage(server().gql, false)).toEqual(expectedCoverage(true));
    expect(await actualCoverage(central.gql, true)).toEqual(expectedCoverage(false));
    // The demo mix shows: most trusts meet DSPT, some plans are overdue, some certificates lapsed.
    const national = expectedCoverage(false);
    expect(national['NATIONAL:-:DSPT']!.percentCompliant).toBeGreaterThan(60);
    expect(national['NATIONAL:-:CE_PLUS']!.lapsed).toBeGreaterThan(0);
    expect(
      Object.entries(national).some(([key, f]) => key.startsWith('NATIONAL') && (f.overdue ?? 0) > 0),
    ).toBe(true);
  });

  it('gives every trust’s cell the state its declaration has', async () => {
    const res = await central.gql<{
      complianceMatrix: {
        standards: { code: string }[];
        rows: { odsCode: string; cells: { standardCode: string; state: string }[] }[];
      };
    }>(
      `{ complianceMatrix(input: { includeUnverified: true }) { standards { code } rows { odsCode cells { standardCode state } } } }`,
    );
    const matrix = res.data!.complianceMatrix;
    expect(matrix.standards.map((s) => s.code).sort()).toEqual(
      organisationStandards()
        .map((s) => s.code)
        .sort(),
    );
    const actual = Object.fromEntries(
      matrix.rows.flatMap((r) => r.cells.map((c) => [`${r.odsCode}:${c.standardCode}`, c.state])),
    );
    const expected = Object.fromEntries(
      trusts.flatMap((t) =>
        organisationStandards().map((s) => [
          `${t.odsCode}:${s.code}`,
          stateOf(trustRow(t.odsCode, s.code), false),
        ]),
      ),
    );
    expect(actual).toEqual(expected);
  });

  it('gives every product’s latest version the states of its declarations', async () => {
    const res = await server().gql<{
      complianceMatrix: {
        rows: { name: string; version: string; cells: { standardCode: string; state: string }[] }[];
      };
    }>(
      `{ complianceMatrix(input: { subjects: PRODUCTS }) { rows { name version cells { standardCode state } } } }`,
    );
    const products = new Map(demoCatalogue().products.map((p) => [p.name, p.key]));
    const { rows: matrixRows } = res.data!.complianceMatrix;
    expect(matrixRows.length).toBe(demoCatalogue().products.length);
    for (const row of matrixRows) {
      const key = products.get(row.name);
      for (const cell of row.cells) {
        const declaration = rows.find(
          (r) =>
            'product' in r.subject &&
            r.subject.product.key === key &&
            r.subject.product.version === row.version &&
            r.standardCode === cell.standardCode,
        );
        expect(`${row.name} ${row.version} ${cell.standardCode} ${cell.state}`).toBe(
          `${row.name} ${row.version} ${cell.standardCode} ${stateOf(declaration, true)}`,
        );
      }
    }
  });
});
