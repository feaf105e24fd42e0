import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInEngland } from '../../core/dates.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { arrayConstant } from '../contracts/demo-contracts-loader.js';
import { demoCatalogue } from '../frameworks/demo-catalogue.js';
import { User } from '../identity/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import { Standard } from '../standards/standard.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { demoDeclarations, withEarlierDeclarations, type DemoDeclaration } from './demo-declarations.js';

export type DemoDeclarationsReport = { created: number } | { skipped: string };

/** The demo central user who verifies the demo declarations, when the demo accounts are loaded. */
const DEMO_VERIFIER_EMAIL = 'commercial@nhsengland.example';

type Value = string | number | null;

/** Rows per statement. */
const BATCH = 10_000;

/** The table's columns and their types, in the order of the insert. */
const COLUMNS = {
  id: 'uuid',
  organisation_id: 'uuid',
  product_version_id: 'uuid',
  standard_id: 'uuid',
  status: 'text',
  level: 'text',
  not_applicable_reason: 'text',
  evidence_statement: 'text',
  // Arrays of text cannot be unnested from a two-dimensional array: each row's is a literal, cast.
  evidence_links: 'text[]',
  certificate_number: 'text',
  certificate_issued_on: 'date',
  expires_on: 'date',
  remediation_due_on: 'date',
  remediation_actions: 'text[]',
  declared_at: 'timestamptz',
  verification: 'text',
  verification_comment: 'text',
  verified_by_id: 'uuid',
  verified_at: 'timestamptz',
  supersedes_id: 'uuid',
  superseded_at: 'timestamptz',
} as const;
type Column = keyof typeof COLUMNS;

/** A text array as a PostgreSQL array literal (`{"a","b"}`), sent as text and cast per row. */
const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

/**
 * One `insert … select … from unnest(…)`: an array constant per column, the statement carrying its
 * values (no bind parameters), as the demo contracts are loaded. `declared_by_id` stays null;
 * `row_version` is 1.
 */
function insertSql(values: Record<Column, Value[]>): string {
  const names = Object.keys(COLUMNS) as Column[];
  const arrays = names.map(
    (n) => `${arrayConstant(values[n])}::${COLUMNS[n] === 'text[]' ? 'text' : COLUMNS[n]}[]`,
  );
  const selects = names.map((n) => (COLUMNS[n] === 'text[]' ? `u."${n}"::text[]` : `u."${n}"`));
  const list = names.map((n) => `"${n}"`).join(', ');
  return (
    `insert into "compliance_declaration" (${list}, "row_version") select ${selects.join(', ')}, 1 ` +
    `from unnest(${arrays.join(', ')}) as u(${list})`
  );
}

/**
 * Loads the fictional demo compliance declarations (`demoDeclarations`) for every open trust and
 * every version of every demo product into an empty declaration table, in one transaction. Loads
 * nothing, and says why, when the table has rows already or the demo catalogue or the standards its
 * lots require are not all in the database. Declared by nobody (the shipped demo data); verified by
 * the demo central user when the demo accounts exist. Never called in production.
 */
export async function loadDemoDeclarations(
  em: EntityManager,
  options: {
    today?: string;
    seed?: string;
    /** Rows in all, with earlier (superseded) declarations added to reach it: the benchmark's scales. */
    total?: number;
  } = {},
): Promise<DemoDeclarationsReport> {
  const today = options.today ?? todayInEngland();
  const catalogue = demoCatalogue();
  // Its own context: the catalogue's entities stay out of the caller's.
  const work = em.fork();
  return work.transactional(async (tx): Promise<DemoDeclarationsReport> => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const run = (sql: string) => connection.execute(sql, [], 'run', context);
    // Two servers starting on one empty database: the second waits, then finds the declarations.
    await run('lock table "compliance_declaration" in share row exclusive mode');
    const [existing] = await connection.execute<{ count: number }[]>(
      'select count(*)::int as count from "compliance_declaration"',
      [],
      'all',
      context,
    );
    if (existing!.count > 0) return { skipped: 'the declaration table is not empty' };

    const standards = await tx.find(Standard, {}, { orderBy: { code: 'asc' } });
    const standardId = new Map(standards.map((s) => [s.code, s.id]));
    const missingStandards = [
      ...new Set(catalogue.frameworks.flatMap((f) => f.lots.flatMap((l) => l.requiredStandardCodes))),
    ].filter((code) => !standardId.has(code));
    if (missingStandards.length)
      return { skipped: `standards the demo lots require are missing: ${missingStandards.join(', ')}` };

    // The demo catalogue's product versions, by the generator's keys (as the contracts loader finds them).
    const suppliers = new Map(
      (
        await tx.find(Supplier, {
          companiesHouseNumber: { $in: catalogue.suppliers.map((s) => s.companiesHouseNumber) },
        })
      ).map((s) => [s.companiesHouseNumber, s.id]),
    );
    const supplierOf = new Map(
      catalogue.suppliers.map((s) => [s.key, suppliers.get(s.companiesHouseNumber)]),
    );
    const versions = new Map(
      (
        await tx.find(
          ProductVersion,
          { product: { supplier: { $in: [...suppliers.values()] } } },
          { populate: ['product'] },
        )
      ).map((v) => [`${v.product.unwrap().supplier.id}|${v.product.unwrap().name}|${v.version}`, v.id]),
    );
    const versionOf = new Map(
      catalogue.products.flatMap((p) =>
        p.versions.map(
          (version) =>
            [
              `${p.key}@${version}`,
              versions.get(`${supplierOf.get(p.supplierKey)}|${p.name}|${version}`),
            ] as const,
        ),
      ),
    );
    if (![...versionOf.values()].every(Boolean))
      return { skipped: 'the demo catalogue is not (all) in the database' };

    const trusts = await tx.find(Organisation, {
      kind: OrganisationKind.TRUST,
      $or: [{ closedOn: null }, { closedOn: { $gt: today } }],
    });
    const organisationOf = new Map(trusts.map((t) => [t.odsCode, t.id]));
    const verifier = await tx.findOne(User, { email: DEMO_VERIFIER_EMAIL }, { fields: ['id'] });

    const declarations = demoDeclarations(
      {
        catalogue,
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
      { today, ...(options.seed === undefined ? {} : { seed: options.seed }) },
    );
    if (!declarations.length) return { skipped: 'no open trusts and no demo products to declare for' };

    // Declared and verified at noon UTC on the day; never later than now.
    const now = new Date().toISOString();
    const at = (day: string) => {
      const noon = `${day}T12:00:00.000Z`;
      return noon > now ? now : noon;
    };
    const empty = () =>
      Object.fromEntries(Object.keys(COLUMNS).map((n) => [n, []])) as unknown as Record<Column, Value[]>;
    let values = empty();
    let pending = 0;
    const push = (d: DemoDeclaration, id: string, supersedes: string | null, supersededOn: string | null) => {
      const row: Record<Column, Value> = {
        id,
        organisation_id:
          'organisationOdsCode' in d.subject ? organisationOf.get(d.subject.organisationOdsCode)! : null,
        product_version_id:
          'product' in d.subject
            ? versionOf.get(`${d.subject.product.key}@${d.subject.product.version}`)!
            : null,
        standard_id: standardId.get(d.standardCode)!,
        status: d.status,
        level: d.level,
        not_applicable_reason: d.notApplicableReason,
        evidence_statement: d.evidenceStatement,
        evidence_links: textArray(d.evidenceLinks),
        certificate_number: d.certificate?.number ?? null,
        certificate_issued_on: d.certificate?.issuedOn ?? null,
        expires_on: d.certificate?.expiresOn ?? d.expiresOn,
        remediation_due_on: d.remediation?.dueOn ?? null,
        remediation_actions: textArray(d.remediation?.actions ?? []),
        declared_at: at(d.declaredOn),
        verification: d.verification?.outcome ?? null,
        verification_comment: d.verification?.comment ?? null,
        verified_by_id: d.verification && verifier ? verifier.id : null,
        verified_at: d.verification ? at(d.verification.on) : null,
        supersedes_id: supersedes,
        superseded_at: supersededOn && at(supersededOn),
      };
      for (const name in row) values[name as Column].push(row[name as Column]);
      pending++;
    };
    let created = 0;
    for (const chain of withEarlierDeclarations(declarations, options.total ?? 0)) {
      let previous: string | null = null;
      chain.forEach((d, i) => {
        const id = randomUUID();
        push(d, id, previous, chain[i + 1]?.declaredOn ?? null);
        previous = id;
      });
      // A few megabytes of SQL a statement; a chain stays in one (a row names the one before it).
      if (pending >= BATCH) {
        await run(insertSql(values));
        created += pending;
        values = empty();
        pending = 0;
      }
    }
    if (pending) await run(insertSql(values));
    created += pending;
    // PGlite has no autovacuum: give the planner statistics for the new rows.
    await run('analyze "compliance_declaration"');
    return { created };
  });
}
