import type { EntityManager } from '@mikro-orm/sql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../../../test/test-server.js';
import { demoCatalogue } from '../../frameworks/demo-catalogue.js';
import { loadDemoCatalogue } from '../../frameworks/demo-catalogue-loader.js';
import { Lot } from '../../frameworks/lot.entity.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Standard } from '../../standards/standard.entity.js';
import { ComplianceDeclaration } from '../compliance-declaration.entity.js';
import { missingConformance, needKey, type ConformanceNeed } from '../compliance-gate.js';
import { loadDemoDeclarations } from '../demo-declarations-loader.js';
import { DEMO_DECLARER_ODS_CODE, demoDeclarations } from '../demo-declarations.js';

const server = useTestServer();
const TODAY = '2026-12-02';

/** What the generator makes of this database: every open trust, the demo catalogue, the standards. */
async function expectedDeclarations(em: EntityManager) {
  const trusts = await em.find(Organisation, {
    kind: 'TRUST',
    $or: [{ closedOn: null }, { closedOn: { $gt: TODAY } }],
  });
  const standards = await em.find(Standard, {}, { orderBy: { code: 'asc' } });
  return demoDeclarations(
    {
      catalogue: demoCatalogue(),
      trusts: trusts.map((t) => ({ odsCode: t.odsCode, trustType: t.trustType })),
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
    { today: TODAY },
  );
}

describe('loading the demo compliance declarations', () => {
  beforeAll(async () => {
    const { orm } = server().server;
    // Without the demo catalogue there is nothing to declare for: the loader says so.
    expect(await loadDemoDeclarations(orm.em.fork(), { today: TODAY })).toEqual({
      skipped: expect.stringMatching(/catalogue/),
    });
    await loadDemoCatalogue(orm.em.fork());
    const report = await loadDemoDeclarations(orm.em.fork(), { today: TODAY });
    const expected = await expectedDeclarations(orm.em.fork());
    expect(report).toEqual({ created: expected.length });
    expect(expected.length).toBeGreaterThan(1_000);
  });

  it('loads every generated declaration once, each about exactly one subject, current and unclaimed', async () => {
    const { orm } = server().server;
    const em = orm.em.fork();
    const expected = await expectedDeclarations(em);
    expect(await em.count(ComplianceDeclaration)).toBe(expected.length);

    // Loading again finds them and adds nothing.
    expect(await loadDemoDeclarations(orm.em.fork(), { today: TODAY })).toEqual({
      skipped: expect.any(String),
    });
    expect(await orm.em.fork().count(ComplianceDeclaration)).toBe(expected.length);

    const [shape] = await em.getConnection().execute<
      {
        one_subject: number;
        organisations: number;
        versions: number;
        current: number;
        unclaimed: number;
        first_version: number;
        links: number;
      }[]
    >(
      `select count(*) filter (where num_nonnulls(organisation_id, product_version_id) = 1)::int as one_subject,
              count(organisation_id)::int as organisations, count(product_version_id)::int as versions,
              count(*) filter (where superseded_at is null and supersedes_id is null)::int as current,
              count(*) filter (where declared_by_id is null)::int as unclaimed,
              count(*) filter (where row_version = 1)::int as first_version,
              count(*) filter (where cardinality(evidence_links) > 0)::int as links
         from compliance_declaration`,
    );
    expect(shape).toEqual({
      one_subject: expected.length,
      organisations: expected.filter((d) => 'organisationOdsCode' in d.subject).length,
      versions: expected.filter((d) => 'product' in d.subject).length,
      current: expected.length,
      unclaimed: expected.length,
      first_version: expected.length,
      links: expected.filter((d) => d.evidenceLinks.length > 0).length,
    });

    // The demo trust's declarations as generated, down to their lists and dates.
    const stored = await em.find(
      ComplianceDeclaration,
      { organisation: { odsCode: DEMO_DECLARER_ODS_CODE } },
      { populate: ['standard'], orderBy: { standard: { code: 'asc' } } },
    );
    const ral = expected
      .filter(
        (d) => 'organisationOdsCode' in d.subject && d.subject.organisationOdsCode === DEMO_DECLARER_ODS_CODE,
      )
      .sort((a, b) => (a.standardCode < b.standardCode ? -1 : 1));
    expect(
      stored.map((d) => ({
        standardCode: d.standard.unwrap().code,
        status: d.status,
        level: d.level,
        evidenceLinks: d.evidenceLinks,
        expiresOn: d.expiresOn,
        remediationDueOn: d.remediationDueOn,
        remediationActions: d.remediationActions,
        declaredAt: d.declaredAt.toISOString(),
        verification: d.verification,
        verificationComment: d.verificationComment,
      })),
    ).toEqual(
      ral.map((d) => ({
        standardCode: d.standardCode,
        status: d.status,
        level: d.level,
        evidenceLinks: d.evidenceLinks,
        expiresOn: d.certificate?.expiresOn ?? d.expiresOn,
        remediationDueOn: d.remediation?.dueOn ?? null,
        remediationActions: d.remediation?.actions ?? [],
        declaredAt: `${d.declaredOn}T12:00:00.000Z`,
        verification: d.verification?.outcome ?? null,
        verificationComment: d.verification?.comment ?? null,
      })),
    );
  });

  it('leaves SNOMED CT undeclared for the demo trust, for the end-to-end test to declare', async () => {
    const em = server().server.orm.em.fork();
    expect(
      await em.count(ComplianceDeclaration, {
        organisation: { odsCode: DEMO_DECLARER_ODS_CODE },
        standard: { code: 'SNOMED_CT' },
        supersededAt: null,
      }),
    ).toBe(0);
    expect(
      await em.count(ComplianceDeclaration, { organisation: { odsCode: DEMO_DECLARER_ODS_CODE } }),
    ).toBeGreaterThan(3);
  });

  it('meets every standard the demo lots require of every version awarded on them', async () => {
    const em = server().server.orm.em.fork();
    const lots = await em.find(
      Lot,
      { framework: { reference: { $in: demoCatalogue().frameworks.map((f) => f.reference) } } },
      { populate: ['requiredStandards', 'awards.prices'] },
    );
    const needs: ConformanceNeed[] = [];
    for (const lot of lots) {
      const versionIds = new Set(
        lot.awards.getItems().flatMap((a) => a.prices.getItems().map((p) => p.productVersion.id)),
      );
      for (const versionId of versionIds)
        for (const standard of lot.requiredStandards.getItems())
          needs.push({ versionId, standardId: standard.id });
    }
    const productStandards = new Set(
      (await em.find(Standard, { appliesTo: { $in: ['PRODUCT', 'BOTH'] } })).map((s) => s.id),
    );
    expect(needs.filter((n) => productStandards.has(n.standardId)).length).toBeGreaterThan(100);
    const missing = await missingConformance(em, needs, TODAY, 0);
    expect([...missing]).toEqual([]);
    // The gate does see a need nothing meets: the check above is not vacuous.
    const [undeclared] = await em.getConnection().execute<{ version_id: string; standard_id: string }[]>(
      `select v.id as version_id, s.id as standard_id from product_version v cross join standard s
        where s.applies_to = 'PRODUCT' and not exists (
          select 1 from compliance_declaration d where d.product_version_id = v.id and d.standard_id = s.id)
        limit 1`,
    );
    const probe = { versionId: undeclared!.version_id, standardId: undeclared!.standard_id };
    expect(await missingConformance(em, [probe], TODAY, 0)).toEqual(
      new Set([needKey(probe.versionId, probe.standardId)]),
    );
  });

  it('shows anyone only the verified ones', async () => {
    const em = server().server.orm.em.fork();
    const res = await server().gql<{ declarations: { totalCount: number } }>(
      `{ declarations(first: 5, filter: { organisationOdsCodes: ["RAL"] }) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const ral = { organisation: { odsCode: 'RAL' }, supersededAt: null };
    const verified = await em.count(ComplianceDeclaration, { ...ral, verification: 'VERIFIED' });
    expect(verified).toBeGreaterThan(0);
    expect(verified).toBeLessThan(await em.count(ComplianceDeclaration, ral));
    expect(res.data!.declarations.totalCount).toBe(verified);
  });
});

describe('loading the demo declarations at a benchmark scale', () => {
  const scaled = useTestServer();

  it('adds earlier declarations, each superseded by the next, until there are as many as asked', async () => {
    const { orm } = scaled().server;
    await loadDemoCatalogue(orm.em.fork());
    const current = (await expectedDeclarations(orm.em.fork())).length;
    const total = current * 2 + 101;
    expect(await loadDemoDeclarations(orm.em.fork(), { today: TODAY, total })).toEqual({ created: total });

    const [chains] = await orm.em
      .getConnection()
      .execute<{ rows: number; current: number; superseded: number; linked: number; first: number }[]>(
        `select count(*)::int as rows,
              count(*) filter (where d.superseded_at is null)::int as current,
              count(*) filter (where d.superseded_at is not null)::int as superseded,
              count(*) filter (where n.supersedes_id = d.id and n.declared_at = d.superseded_at
                                 and n.standard_id = d.standard_id
                                 and n.organisation_id is not distinct from d.organisation_id
                                 and n.product_version_id is not distinct from d.product_version_id
                                 and n.declared_at > d.declared_at)::int as linked,
              count(*) filter (where d.supersedes_id is null)::int as first
         from compliance_declaration d left join compliance_declaration n on n.supersedes_id = d.id`,
      );
    // One current declaration per subject and standard, as before; every earlier one names its successor.
    expect(chains).toEqual({
      rows: total,
      current,
      superseded: total - current,
      linked: total - current,
      first: current,
    });
  });
});
