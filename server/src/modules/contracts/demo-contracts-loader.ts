import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInEngland } from '../../core/dates.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { demoCatalogue } from '../frameworks/demo-catalogue.js';
import { LotAward } from '../frameworks/lot-award.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { lineFields } from './contract-rules.js';
import { contractColumns, lineColumns, lineRow } from './contract-rows.js';
import type { ContractLineInput } from './contract.types.js';
import { demoRegisters, type DemoContract } from './demo-contracts.js';

// The demo declarations loader and its tests take it from here.
export { arrayConstant } from '../../core/bulk-insert.js';

export type DemoContractsReport = { contracts: number; lines: number; trusts: number };

const NOTHING: DemoContractsReport = { contracts: 0, lines: 0, trusts: 0 };

/** Contracts per round trip (with their lines, about ten times as many): a few megabytes of SQL. */
const BATCH = 1_000;

/** Money in pence: a total of decimal strings with 2 places, without floats. */
const pence = (money: string) => {
  const [whole = '0', fraction = ''] = money.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
};
const pounds = (p: number) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`;

/**
 * Loads the fictional demo contract register (about 20,000 contracts and 200,000 lines at scale 1)
 * into an empty contract table, in one transaction; without the demo catalogue it loads nothing.
 * Each line's derived figures come from `lineFields`, the code the contract service saves with;
 * each contract's total value is the sum of its lines' costs. Rows go in as `insert … select from
 * unnest(…)`, an array per column, a thousand contracts and their lines at a time: through the
 * unit of work it would take minutes. Never called in production.
 */
export async function loadDemoContracts(
  em: EntityManager,
  options: { today?: string; scale?: number } = {},
): Promise<DemoContractsReport> {
  const today = options.today ?? todayInEngland();
  const catalogue = demoCatalogue();
  // Its own context: thousands of catalogue entities stay out of the caller's.
  const work = em.fork();
  return work.transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const run = (sql: string) => connection.execute(sql, [], 'run', context);
    const query = <T>(sql: string, params: unknown[] = []) =>
      connection.execute<T[]>(sql, params, 'all', context);
    // Two servers starting on one empty database: the second waits, then finds the register loaded.
    await run('lock table "contract" in share row exclusive mode');
    // unnest materialises each batch's rows: room enough to keep them off disk.
    await run(`set local work_mem = '64MB'`);
    const [existing] = await query<{ count: number }>('select count(*)::int as count from "contract"');
    if (existing!.count > 0) return NOTHING;

    // The demo catalogue's rows, by the keys the generator uses.
    const suppliers = new Map(
      (
        await tx.find(Supplier, {
          companiesHouseNumber: { $in: catalogue.suppliers.map((s) => s.companiesHouseNumber) },
        })
      ).map((s) => [s.companiesHouseNumber, s]),
    );
    const supplierOf = new Map(
      catalogue.suppliers.map((s) => [s.key, suppliers.get(s.companiesHouseNumber)] as const),
    );
    const versions = new Map(
      (
        await tx.find(
          ProductVersion,
          { product: { supplier: { $in: [...suppliers.values()] } } },
          { populate: ['product'] },
        )
      ).map((v) => [`${v.product.unwrap().supplier.id}|${v.product.unwrap().name}|${v.version}`, v]),
    );
    const versionOf = new Map(
      catalogue.products.flatMap((p) =>
        p.versions.map(
          (version) =>
            [
              `${p.key}@${version}`,
              versions.get(`${supplierOf.get(p.supplierKey)?.id}|${p.name}|${version}`),
            ] as const,
        ),
      ),
    );
    const awards = new Map(
      (
        await tx.find(
          LotAward,
          { lot: { framework: { reference: { $in: catalogue.frameworks.map((f) => f.reference) } } } },
          { populate: ['prices', 'lot.framework'] },
        )
      ).map((a) => [
        `${a.lot.unwrap().framework.unwrap().reference}|${a.lot.unwrap().number}|${a.supplier.id}`,
        a,
      ]),
    );
    const awardOf = (frameworkReference: string, lotNumber: number, supplierKey: string) =>
      awards.get(`${frameworkReference}|${lotNumber}|${supplierOf.get(supplierKey)?.id}`);
    const complete =
      [...supplierOf.values()].every(Boolean) &&
      [...versionOf.values()].every(Boolean) &&
      catalogue.frameworks.every((f) =>
        f.lots.every((l) => l.awards.every((a) => awardOf(f.reference, l.number, a.supplierKey))),
      );
    // Frameworks of someone's own making, not the demo catalogue's: leave the register empty.
    if (!complete) return NOTHING;

    const trusts = await tx.find(Organisation, {
      kind: OrganisationKind.TRUST,
      $or: [{ closedOn: null }, { closedOn: { $gt: today } }],
    });
    const buyers = new Map(trusts.map((t) => [t.odsCode, t.id]));
    const registers = demoRegisters(
      catalogue,
      trusts.map((t) => ({ odsCode: t.odsCode, name: t.name, trustType: t.trustType })),
      { today, ...(options.scale === undefined ? {} : { scale: options.scale }) },
    );
    // Recorded during the working day; never later than now.
    const now = new Date().toISOString();
    const at = (day: string, i: number) =>
      day >= today
        ? now
        : `${day}T${String(8 + ((i >> 6) % 9)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`;

    /** A batch's rows, each line's figures derived by `lineFields`. */
    const rowsFor = (batch: DemoContract[], offset: number) => {
      const contracts = contractColumns();
      const lines = lineColumns();
      batch.forEach((c, i) => {
        const id = randomUUID();
        const award: LotAward | undefined = c.lot
          ? awardOf(c.lot.frameworkReference, c.lot.lotNumber, c.supplierKey)
          : undefined;
        let total = 0;
        c.lines.forEach((line, position) => {
          const version = line.product ? versionOf.get(`${line.product.key}@${line.product.version}`)! : null;
          const input: ContractLineInput = {
            lineReference: line.lineReference,
            productVersionId: version?.id ?? null,
            description: line.description,
            category: line.category,
            role: line.role,
            grade: line.grade,
            pricingUnit: line.pricingUnit,
            billingPeriod: line.billingPeriod,
            quantity: line.quantity,
            unitPrice: line.unitPrice,
            discountPercent: line.discountPercent,
            rebate: line.rebate,
            bundle: line.bundle,
            researchPartnership: line.researchPartnership,
            suppressed: line.suppressed,
            suppressionReason: line.suppressionReason,
          };
          const f = lineFields(input, position, {
            startDate: c.startDate,
            endDate: c.endDate,
            version,
            award,
          });
          total += pence(f.totalCost);
          lines.push(lineRow(id, f));
        });
        contracts.push({
          id,
          buyer_id: buyers.get(c.buyerOdsCode)!,
          supplier_id: supplierOf.get(c.supplierKey)!.id,
          award_id: award?.id ?? null,
          route: c.route,
          reference: c.reference,
          title: c.title,
          start_date: c.startDate,
          end_date: c.endDate,
          max_end_date: c.maxEndDate,
          total_value: pounds(total),
          status: c.status,
          price_visibility: c.priceVisibility,
          notes: c.notes,
          expected_annual_benefit: c.expectedAnnualBenefit,
          benefits_statement: c.benefitsStatement,
          benefits_owner: c.benefitsOwner,
          termination_reason: c.terminationReason,
          source: 'MANUAL',
          created_at: at(c.recordedOn, offset + i),
          updated_at: at(c.updatedOn, offset + i),
          row_version: 1,
        });
      });
      return { contracts, lines };
    };

    const load = async () => {
      const count = { contracts: 0, lines: 0, trusts: buyers.size };
      // While the database writes one batch, the next is derived (PostgreSQL works meanwhile).
      let writing: Promise<unknown> = Promise.resolve();
      const write = async (batch: DemoContract[]) => {
        const { contracts, lines } = rowsFor(batch, count.contracts);
        count.contracts += contracts.length;
        count.lines += lines.length;
        await writing;
        writing = (async () => {
          await run(contracts.insertSql());
          await run(lines.insertSql({ column: 'id', expression: 'gen_random_uuid()' }));
        })();
      };
      // Generated a trust at a time and written a thousand contracts or so at a time.
      let batch: DemoContract[] = [];
      for (const register of registers) {
        batch.push(...register);
        if (batch.length >= BATCH) {
          await write(batch);
          batch = [];
        }
      }
      if (batch.length) await write(batch);
      await writing;
      return count;
    };
    const count = await withoutSecondaryIndexes(query, run, ['contract', 'contract_line'], load);
    // PGlite has no autovacuum: give the planner statistics for the new rows (ANALYZE counts the
    // rows its own transaction inserted), from a sample of 7,500 rows rather than 30,000.
    await run('set local default_statistics_target = 25');
    await run('analyze "contract", "contract_line"');
    return count;
  });
}

/**
 * Runs a bulk load with the tables' secondary indexes and unique and foreign-key constraints
 * dropped, then recreates them from the catalogue's own definitions: building an index once and
 * checking a foreign key with one join is cheaper than maintaining them row by row (PostgreSQL's
 * advice for populating a database). All inside the caller's transaction.
 */
async function withoutSecondaryIndexes<T>(
  query: <R>(sql: string, params?: unknown[]) => Promise<R[]>,
  run: (sql: string) => Promise<unknown>,
  tables: string[],
  load: () => Promise<T>,
): Promise<T> {
  const constraints = await query<{ table: string; name: string; definition: string }>(
    `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
       from pg_constraint where conrelid = any(?::regclass[]) and contype in ('f', 'u') order by contype = 'f' desc`,
    [`{${tables.join(',')}}`],
  );
  const indexes = await query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename = any(?::text[])
        and indexname not in (select conname from pg_constraint where conrelid = any(?::regclass[]))`,
    [`{${tables.join(',')}}`, `{${tables.join(',')}}`],
  );
  for (const c of constraints) await run(`alter table ${c.table} drop constraint "${c.name}"`);
  for (const i of indexes) await run(`drop index "${i.name}"`);
  const result = await load();
  for (const i of indexes) await run(i.definition);
  for (const c of [...constraints].reverse()) {
    await run(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`);
  }
  return result;
}
