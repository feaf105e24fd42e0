import type { EntityManager } from '@mikro-orm/sql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../../../test/test-server.js';
import { ProductVersion } from '../../catalogue/product.entity.js';
import { demoCatalogue } from '../../frameworks/demo-catalogue.js';
import { loadDemoCatalogue } from '../../frameworks/demo-catalogue-loader.js';
import { LotAward } from '../../frameworks/lot-award.entity.js';
import { Lot } from '../../frameworks/lot.entity.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Supplier } from '../../suppliers/supplier.entity.js';
import { ContractLine } from '../contract-line.entity.js';
import { awardKey, contractProblems, storedLineFields } from '../contract-rules.js';
import { Contract } from '../contract.entity.js';
import { contractLookups } from '../contract.service.js';
import type { ContractDraftInput } from '../contract.types.js';
import { arrayConstant, loadDemoContracts } from '../demo-contracts-loader.js';
import { demoContracts } from '../demo-contracts.js';

const server = useTestServer();
const TODAY = '2026-12-02';
const SCALE = 0.03;

type Row = Record<string, unknown>;

/** The register the loader builds: every open trust's, at the test's scale. */
async function expectedRegister(em: EntityManager) {
  const trusts = await em.find(Organisation, {
    kind: 'TRUST',
    $or: [{ closedOn: null }, { closedOn: { $gt: TODAY } }],
  });
  const register = demoContracts(
    demoCatalogue(),
    trusts.map((t) => ({ odsCode: t.odsCode, name: t.name, trustType: t.trustType })),
    { today: TODAY, scale: SCALE },
  );
  return { trusts, register };
}

describe('loading the demo contract register', () => {
  beforeAll(async () => {
    await loadDemoCatalogue(server().server.orm.em.fork());
  });

  it('loads a small register once, with the figures the contract service derives', async () => {
    const { orm } = server().server;
    const sql = <T = Row>(text: string) => orm.em.fork().getConnection().execute<T[]>(text);
    const catalogue = demoCatalogue();
    const schema = () =>
      sql(`select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
            where conrelid in ('contract'::regclass, 'contract_line'::regclass)
           union all
           select indexname, indexdef from pg_indexes where tablename in ('contract', 'contract_line')
           order by 1, 2`);
    const before = await schema();

    const report = await loadDemoContracts(orm.em.fork(), { today: TODAY, scale: SCALE });

    const em = orm.em.fork();
    const { trusts, register } = await expectedRegister(em);
    const lineCount = register.reduce((n, c) => n + c.lines.length, 0);
    expect(report).toEqual({ contracts: register.length, lines: lineCount, trusts: trusts.length });
    expect(register.length).toBeGreaterThan(trusts.length);
    expect(await em.count(Contract)).toBe(register.length);
    expect(await em.count(ContractLine)).toBe(lineCount);
    // The indexes and constraints dropped for the load are all back, as they were.
    expect(await schema()).toEqual(before);
    // And the planner has statistics for every column of both tables.
    expect(
      await sql(`select c.table_name as table, count(s.attname)::int = count(*)::int as analysed
                   from information_schema.columns c
                   left join pg_stats s on s.tablename = c.table_name and s.attname = c.column_name
                  where c.table_name in ('contract', 'contract_line') group by c.table_name order by 1`),
    ).toEqual([
      { table: 'contract', analysed: true },
      { table: 'contract_line', analysed: true },
    ]);

    // Loading again finds the register and adds nothing.
    expect(await loadDemoContracts(orm.em.fork(), { today: TODAY, scale: SCALE })).toEqual({
      contracts: 0,
      lines: 0,
      trusts: 0,
    });
    expect(await orm.em.fork().count(Contract)).toBe(register.length);

    // Each contract as generated, its total the sum of its lines' costs.
    const stored = new Map(
      (await em.find(Contract, {}, { populate: ['buyer', 'supplier', 'award.lot.framework', 'lines'] })).map(
        (c) => [`${c.buyer.unwrap().odsCode}|${c.reference}`, c],
      ),
    );
    const suppliers = new Map(catalogue.suppliers.map((s) => [s.key, s.companiesHouseNumber]));
    for (const c of register) {
      const row = stored.get(`${c.buyerOdsCode}|${c.reference}`)!;
      expect({
        supplier: row.supplier.unwrap().companiesHouseNumber,
        lot: row.award
          ? `${row.award.unwrap().lot.unwrap().framework.unwrap().reference}/${row.award.unwrap().lot.unwrap().number}`
          : null,
        route: row.route,
        title: row.title,
        dates: [row.startDate, row.endDate, row.maxEndDate],
        status: row.status,
        terminationReason: row.terminationReason,
        visibility: row.priceVisibility,
        benefit: row.expectedAnnualBenefit,
        source: row.source,
        rowVersion: row.rowVersion,
      }).toEqual({
        supplier: suppliers.get(c.supplierKey),
        lot: c.lot ? `${c.lot.frameworkReference}/${c.lot.lotNumber}` : null,
        route: c.route,
        title: c.title,
        dates: [c.startDate, c.endDate, c.maxEndDate],
        status: c.status,
        terminationReason: c.terminationReason,
        visibility: c.priceVisibility,
        benefit: c.expectedAnnualBenefit,
        source: 'MANUAL',
        rowVersion: 1,
      });
      const storedLines = row.lines
        .getItems()
        .sort((a, b) => a.position - b.position)
        .map((l) => ({
          lineReference: l.lineReference,
          description: l.description,
          role: l.role,
          grade: l.grade,
          pricingUnit: l.pricingUnit,
          billingPeriod: l.billingPeriod,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discountPercent: l.discountPercent,
          flags: [l.rebate, l.bundle, l.researchPartnership, l.suppressed],
          suppressionReason: l.suppressionReason,
        }));
      expect(storedLines).toEqual(
        c.lines.map((l) => ({
          lineReference: l.lineReference,
          description: l.description,
          role: l.role,
          grade: l.grade,
          pricingUnit: l.pricingUnit,
          billingPeriod: l.billingPeriod,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discountPercent: l.discountPercent,
          flags: [l.rebate, l.bundle, l.researchPartnership, l.suppressed],
          suppressionReason: l.suppressionReason,
        })),
      );
      expect(row.createdAt.getTime()).toBeLessThanOrEqual(row.updatedAt.getTime());
      expect(row.updatedAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    expect(
      await sql(`select c.reference from contract c
                  where c.total_value is distinct from
                        (select sum(l.total_cost) from contract_line l where l.contract_id = c.id)`),
    ).toEqual([]);

    // A sample of lines: every stored figure is what lineFields derives, as the service would save.
    const lines = await em.find(
      ContractLine,
      {},
      { populate: ['contract', 'productVersion.product'], orderBy: { id: 'asc' }, limit: 400 },
    );
    const awardIds = [...new Set(lines.map((l) => l.contract.unwrap().award?.id).filter((id) => id != null))];
    const awards = new Map(
      (await em.find(LotAward, { id: { $in: awardIds } }, { populate: ['prices'] })).map((a) => [a.id, a]),
    );
    let withCeiling = 0;
    for (const line of lines) {
      const contract = line.contract.unwrap();
      const fields = storedLineFields(line, contract.award ? awards.get(contract.award.id) : undefined);
      if (fields.ceilingPrice) withCeiling++;
      expect({
        description: line.description,
        category: line.category,
        netUnitPrice: line.netUnitPrice,
        annualUnitPrice: line.annualUnitPrice,
        oneOffUnitPrice: line.oneOffUnitPrice,
        annualCost: line.annualCost,
        totalCost: line.totalCost,
        ceilingPrice: line.ceilingPrice?.id ?? null,
        ceilingAnnualUnitPrice: line.ceilingAnnualUnitPrice,
        aboveCeiling: line.aboveCeiling,
      }).toEqual({
        description: fields.description,
        category: fields.category,
        netUnitPrice: fields.netUnitPrice,
        annualUnitPrice: fields.annualUnitPrice,
        oneOffUnitPrice: fields.oneOffUnitPrice,
        annualCost: fields.annualCost,
        totalCost: fields.totalCost,
        ceilingPrice: fields.ceilingPrice?.id ?? null,
        ceilingAnnualUnitPrice: fields.ceilingAnnualUnitPrice,
        aboveCeiling: fields.aboveCeiling,
      });
    }
    expect(withCeiling).toBeGreaterThan(20);
    const [counts] = await sql<{ above: number; ceilings: number }>(
      `select count(*) filter (where above_ceiling)::int as above, count(ceiling_price_id)::int as ceilings
         from contract_line`,
    );
    expect(counts!.above).toBeGreaterThan(0);
    expect(counts!.above).toBeLessThan(counts!.ceilings / 5);
  });

  it('sends any text, number, flag or null through its array constants unchanged', async () => {
    const texts = [
      'plain',
      '14" Laptop',
      "the trust's own",
      'back\\slash and \\"both\\"',
      "quote ' and \\' and ''",
      '{braces}, commas',
      '  spaced  ',
      '',
      'NULL',
      'null',
      'Royal Free’s £1,234.56 – “named”',
      'line\nbreak\ttab',
      null,
    ];
    const connection = server().server.orm.em.fork().getConnection();
    const [row] = await connection.execute<
      { texts: (string | null)[]; numbers: string[]; flags: boolean[] }[]
    >(
      `select ${arrayConstant(texts)}::text[] as texts, ${arrayConstant(['12.5000', '0.0150'])}::numeric[]::text[] as numbers,
              ${arrayConstant([true, false])}::boolean[] as flags`,
    );
    expect(row).toEqual({ texts, numbers: ['12.5000', '0.0150'], flags: [true, false] });
  });

  it('generates only contracts the contract service would accept', async () => {
    const em = server().server.orm.em.fork();
    const catalogue = demoCatalogue();
    const { register } = await expectedRegister(em);
    // The catalogue's ids, by the generator's keys.
    const suppliers = new Map(
      (await em.find(Supplier, {})).map((s) => [s.companiesHouseNumber, s.id] as const),
    );
    const supplierId = new Map(
      catalogue.suppliers.map((s) => [s.key, suppliers.get(s.companiesHouseNumber)!]),
    );
    const versions = new Map(
      (await em.find(ProductVersion, {}, { populate: ['product'] })).map((v) => [
        `${v.product.unwrap().supplier.id}|${v.product.unwrap().name}|${v.version}`,
        v.id,
      ]),
    );
    const versionId = (key: string, version: string) => {
      const p = catalogue.products.find((x) => x.key === key)!;
      return versions.get(`${supplierId.get(p.supplierKey)}|${p.name}|${version}`)!;
    };
    const lots = new Map(
      (await em.find(Lot, {}, { populate: ['framework'] })).map((l) => [
        `${l.framework.unwrap().reference}/${l.number}`,
        l.id,
      ]),
    );
    const drafts: ContractDraftInput[] = register.map((c) => ({
      supplierId: supplierId.get(c.supplierKey)!,
      lotId: c.lot ? lots.get(`${c.lot.frameworkReference}/${c.lot.lotNumber}`)! : null,
      route: c.route,
      reference: c.reference,
      title: c.title,
      startDate: c.startDate,
      endDate: c.endDate,
      maxEndDate: c.maxEndDate,
      priceVisibility: c.priceVisibility,
      notes: c.notes,
      benefits: {
        expectedAnnualBenefit: c.expectedAnnualBenefit,
        statement: c.benefitsStatement,
        owner: c.benefitsOwner,
      },
      lines: c.lines.map(({ product, ...line }) => ({
        ...line,
        productVersionId: product ? versionId(product.key, product.version) : null,
      })),
    }));
    const lookups = await contractLookups(em, drafts);
    expect(drafts.some((d) => d.lotId && lookups.awards.has(awardKey(d.lotId, d.supplierId)))).toBe(true);
    const problems = drafts.flatMap((d) =>
      contractProblems(d, lookups).map((e) => `${d.reference} ${e.field?.join('.')}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });
});
