import { readFileSync } from 'node:fs';
import { ceilingAnnualUnitPrice, normaliseLine } from '@concord/pricing';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue, type DemoPrice } from '../../frameworks/demo-catalogue.js';
import {
  DEMO_BUYER_ODS_CODE,
  demoContracts,
  type DemoContract,
  type DemoContractLine,
  type DemoTrust,
} from '../demo-contracts.js';

const TODAY = '2026-12-02';
const catalogue = demoCatalogue();

// Every open trust in the shipped ODS extract (column 1 code, 2 name, 12 close date), as the loader
// finds them in the database.
const trusts: DemoTrust[] = (
  parse(readFileSync(new URL('../../../../data/ods/etr.csv', import.meta.url), 'utf8'), {
    relax_column_count: true,
  }) as string[][]
)
  .filter((row) => !row[11])
  .map((row) => ({ odsCode: row[0]!, name: row[1]!, trustType: null }));

const frameworks = new Map(catalogue.frameworks.map((f) => [f.reference, f]));
const products = new Map(catalogue.products.map((p) => [p.key, p]));
const lotOf = (c: DemoContract) =>
  c.lot
    ? frameworks.get(c.lot.frameworkReference)?.lots.find((l) => l.number === c.lot!.lotNumber)
    : undefined;
const awardOf = (c: DemoContract) => lotOf(c)?.awards.find((a) => a.supplierKey === c.supplierKey);
const categoryOf = (line: DemoContractLine) =>
  line.product ? products.get(line.product.key)!.category : line.category;
const share = (part: number, whole: number) => part / whole;
const addYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

/** The framework price a call-off line falls under, as `ceilingFor` finds it. */
function ceilingOf(c: DemoContract, line: DemoContractLine): DemoPrice | undefined {
  if (!line.product) return undefined;
  const offer = awardOf(c)?.offers.find(
    (o) => o.productKey === line.product!.key && o.version === line.product!.version,
  );
  return offer?.prices.find(
    (p) =>
      p.pricingUnit === line.pricingUnit &&
      (p.billingPeriod === 'ONE_OFF') === (line.billingPeriod === 'ONE_OFF') &&
      (p.pricingUnit !== 'PER_DAY' || (p.role === line.role && p.grade === line.grade)),
  );
}

/** Whether the line's annual unit price is above its ceiling's on the line's footing (section 5). */
function aboveCeiling(c: DemoContract, line: DemoContractLine, ceiling: DemoPrice): boolean {
  const term = { startDate: c.startDate, endDate: c.endDate };
  const annual = normaliseLine(
    {
      billingPeriod: line.billingPeriod,
      perUnit: line.pricingUnit !== 'FIXED',
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
    },
    term,
  ).annualUnitPrice;
  const limit = ceilingAnnualUnitPrice(
    {
      billingPeriod: ceiling.billingPeriod,
      perUnit: ceiling.pricingUnit !== 'FIXED',
      unitPrice: ceiling.ceilingUnitPrice,
      tiers: ceiling.tiers,
      tierCalculation: ceiling.tierCalculation,
    },
    line.quantity,
    term,
  );
  return compareDecimals(annual, limit) > 0;
}

/** Compares two non-negative decimal strings exactly. */
function compareDecimals(a: string, b: string): number {
  const [aw = '0', af = ''] = a.split('.');
  const [bw = '0', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  return (
    aw.length - bw.length ||
    aw.localeCompare(bw) ||
    af.padEnd(width, '0').localeCompare(bf.padEnd(width, '0'))
  );
}

describe('demo contract register', () => {
  let register: DemoContract[];
  let lines: { contract: DemoContract; line: DemoContractLine }[];
  beforeAll(() => {
    register = demoContracts(catalogue, trusts, { today: TODAY });
    lines = register.flatMap((contract) => contract.lines.map((line) => ({ contract, line })));
  });

  it('is the same for the same seed, whatever the order of the trusts, and another for another seed', () => {
    const small = demoContracts(catalogue, trusts, { today: TODAY, scale: 0.1 });
    expect(demoContracts(catalogue, [...trusts].reverse(), { today: TODAY, scale: 0.1 })).toEqual(small);
    expect(demoContracts(catalogue, trusts, { today: TODAY, scale: 0.1, seed: 1 })).not.toEqual(small);
    // Each trust has its own stream: leaving one out changes nobody else's register.
    const others = demoContracts(catalogue, trusts.slice(1), { today: TODAY, scale: 0.1 });
    expect(others).toEqual(small.filter((c) => c.buyerOdsCode !== trusts[0]!.odsCode));
  });

  it('spreads about 20,000 contracts and 200,000 lines over every open trust, 40 to 200 each', () => {
    expect(register.length).toBeGreaterThan(18_000);
    expect(register.length).toBeLessThan(22_000);
    expect(lines.length).toBeGreaterThan(180_000);
    expect(lines.length).toBeLessThan(220_000);
    const perTrust = new Map<string, number>();
    for (const c of register) perTrust.set(c.buyerOdsCode, (perTrust.get(c.buyerOdsCode) ?? 0) + 1);
    expect(perTrust.size).toBe(trusts.length);
    const counts = [...perTrust.values()].sort((a, b) => a - b);
    expect(counts[0]).toBeGreaterThanOrEqual(40);
    expect(counts.at(-1)).toBeLessThanOrEqual(200);
    // Sizes vary: the largest registers are several times the smallest.
    expect(counts.at(-10)! / counts[10]!).toBeGreaterThan(2);
    // The scale option shrinks every register, keeping at least one contract each.
    const small = demoContracts(catalogue, trusts, { today: TODAY, scale: 0.01 });
    expect(new Set(small.map((c) => c.buyerOdsCode)).size).toBe(trusts.length);
    expect(small.length).toBeLessThan(register.length / 20);
  });

  it('calls off only products the lot’s award offers, starting while the framework is in force', () => {
    const callOffs = register.filter((c) => c.lot);
    expect(share(callOffs.length, register.length)).toBeGreaterThan(0.35);
    expect(share(callOffs.length, register.length)).toBeLessThan(0.65);
    const problems: string[] = [];
    for (const c of register) {
      if ((c.lot === null) === (c.route === null)) problems.push(`${c.reference}: a lot or a route`);
      if (!c.lot) {
        for (const line of c.lines) {
          if (line.product && products.get(line.product.key)?.supplierKey !== c.supplierKey)
            problems.push(`${c.reference}: ${line.product.key} is not the supplier’s`);
        }
        continue;
      }
      const framework = frameworks.get(c.lot.frameworkReference)!;
      const award = awardOf(c);
      if (framework.status !== 'PUBLISHED' || !award) {
        problems.push(`${c.reference}: no award on a published lot`);
        continue;
      }
      if (c.startDate < framework.startDate || c.startDate > framework.endDate)
        problems.push(`${c.reference}: starts outside ${framework.reference}`);
      for (const line of c.lines) {
        const offered = award.offers.some(
          (o) => o.productKey === line.product?.key && o.version === line.product.version,
        );
        if (line.product && !offered) problems.push(`${c.reference} ${line.lineReference}: not offered`);
      }
    }
    expect(problems).toEqual([]);
    // Call-offs cover every published framework.
    expect(new Set(callOffs.map((c) => c.lot!.frameworkReference))).toEqual(
      new Set(catalogue.frameworks.filter((f) => f.status === 'PUBLISHED').map((f) => f.reference)),
    );
  });

  it('prices 5–8 % of call-off lines above their framework ceiling, and RAL has some', () => {
    let priced = 0;
    let above = 0;
    let ralAbove = 0;
    for (const { contract, line } of lines) {
      if (!contract.lot) continue;
      const ceiling = ceilingOf(contract, line);
      if (!ceiling) continue;
      priced++;
      if (aboveCeiling(contract, line, ceiling)) {
        above++;
        if (contract.buyerOdsCode === DEMO_BUYER_ODS_CODE) ralAbove++;
      }
    }
    expect(priced).toBeGreaterThan(40_000);
    expect(share(above, priced)).toBeGreaterThanOrEqual(0.05);
    expect(share(above, priced)).toBeLessThanOrEqual(0.08);
    expect(ralAbove).toBeGreaterThanOrEqual(10);
  });

  it('discounts vary with the buyer, not with the volume', () => {
    const discounted = lines.filter(({ line }) => line.discountPercent !== '0.00');
    expect(share(discounted.length, lines.length)).toBeGreaterThan(0.3);
    // Each buyer's average discount: the keenest negotiators get several points more.
    const byBuyer = new Map<string, number[]>();
    for (const { contract, line } of discounted) {
      const list = byBuyer.get(contract.buyerOdsCode) ?? [];
      list.push(Number(line.discountPercent));
      byBuyer.set(contract.buyerOdsCode, list);
    }
    const averages = [...byBuyer.values()]
      .map((ds) => ds.reduce((a, b) => a + b, 0) / ds.length)
      .sort((a, b) => a - b);
    const decile = Math.floor(averages.length / 10);
    expect(averages.at(-decile)! - averages[decile]!).toBeGreaterThan(8);
    // Within one kind of line, the discount does not follow the quantity.
    const perUser = discounted.filter(({ line }) => line.pricingUnit === 'PER_USER');
    expect(perUser.length).toBeGreaterThan(1000);
    const xs = perUser.map(({ line }) => Math.log(Number(line.quantity)));
    const ys = perUser.map(({ line }) => Number(line.discountPercent));
    expect(Math.abs(correlation(xs, ys))).toBeLessThan(0.1);
  });

  it('numbers each buyer’s contracts uniquely, by year: RAL-IT-2024-031', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const c of register) {
      const key = `${c.buyerOdsCode}|${c.reference}`;
      if (seen.has(key)) problems.push(`${key} twice`);
      seen.add(key);
      const match = /^([A-Z0-9]+)-(IT|ICT|DIG|IMT|DT)-(\d{4})-\d{3,}$/.exec(c.reference);
      if (!match || match[1] !== c.buyerOdsCode || match[3] !== c.startDate.slice(0, 4))
        problems.push(`${c.reference} (${c.buyerOdsCode}, ${c.startDate})`);
    }
    expect(problems).toEqual([]);
    expect(
      register.filter((c) => c.buyerOdsCode === 'RAL').every((c) => c.reference.startsWith('RAL-IT-')),
    ).toBe(true);
  });

  it('spreads dates from 2019 to 2030: some expired, most active, some ending within a year', () => {
    const problems: string[] = [];
    for (const c of register) {
      if (c.startDate < '2019-01-01' || c.endDate > '2030-12-31' || c.endDate < c.startDate)
        problems.push(`${c.reference}: ${c.startDate} to ${c.endDate}`);
      if (c.maxEndDate !== null && c.maxEndDate <= c.endDate) problems.push(`${c.reference}: extension`);
      if (c.recordedOn > c.updatedOn || c.updatedOn > TODAY) problems.push(`${c.reference}: recorded`);
    }
    expect(problems).toEqual([]);
    const expired = register.filter((c) => c.endDate < TODAY).length;
    const endingSoon = register.filter((c) => c.endDate >= TODAY && c.endDate <= addYear(TODAY)).length;
    expect(share(expired, register.length)).toBeGreaterThan(0.15);
    expect(share(expired, register.length)).toBeLessThan(0.4);
    expect(share(endingSoon, register.length)).toBeGreaterThan(0.1);
    expect(share(endingSoon, register.length)).toBeLessThan(0.3);
    expect(share(register.length - expired, register.length)).toBeGreaterThan(0.6);
    for (const year of ['2019', '2021', '2023', '2025', '2026']) {
      expect(register.some((c) => c.startDate.startsWith(year))).toBe(true);
    }
    for (const year of ['2020', '2022', '2024', '2027', '2029', '2030']) {
      expect(register.some((c) => c.endDate.startsWith(year))).toBe(true);
    }
    const extendable = register.filter((c) => c.maxEndDate).length;
    expect(share(extendable, register.length)).toBeGreaterThan(0.2);
    expect(share(extendable, register.length)).toBeLessThan(0.5);
    const terminated = register.filter((c) => c.status === 'TERMINATED');
    expect(share(terminated.length, register.length)).toBeGreaterThan(0.005);
    expect(share(terminated.length, register.length)).toBeLessThan(0.03);
    for (const c of terminated) {
      expect(c.terminationReason).toBeTruthy();
      expect(c.endDate < TODAY).toBe(true);
    }
    expect(register.filter((c) => c.status !== 'TERMINATED').every((c) => c.terminationReason === null)).toBe(
      true,
    );
  });

  it('mixes routes and price visibility: mostly anonymous, some named, a few private', () => {
    const routes = new Set(register.map((c) => c.route).filter(Boolean));
    expect(routes).toEqual(
      new Set(['DIRECT_AWARD', 'FURTHER_COMPETITION', 'OPEN', 'RESTRICTED', 'COMPETITIVE_FLEXIBLE', 'OTHER']),
    );
    // The competitive flexible procedure exists only under the Procurement Act 2023.
    expect(register.filter((c) => c.route === 'COMPETITIVE_FLEXIBLE' && c.startDate < '2025-02-24')).toEqual(
      [],
    );
    const visibility = (v: string) =>
      share(register.filter((c) => c.priceVisibility === v).length, register.length);
    expect(visibility('ANONYMOUS')).toBeGreaterThan(0.7);
    expect(visibility('NAMED')).toBeGreaterThan(0.05);
    expect(visibility('NAMED')).toBeLessThan(0.25);
    expect(visibility('PRIVATE')).toBeGreaterThan(0.01);
    expect(visibility('PRIVATE')).toBeLessThan(0.1);
    const benefits = register.filter((c) => c.benefitsStatement);
    expect(share(benefits.length, register.length)).toBeGreaterThan(0.15);
    expect(share(benefits.length, register.length)).toBeLessThan(0.45);
    expect(benefits.every((c) => c.benefitsOwner)).toBe(true);
    expect(benefits.filter((c) => c.expectedAnnualBenefit).length).toBeGreaterThan(benefits.length / 2);
    expect(register.filter((c) => !c.benefitsStatement).every((c) => !c.expectedAnnualBenefit)).toBe(true);
  });

  it('explains prices: suppressed with reasons, rebates, bundles, research, implementation and day rates', () => {
    const count = (test: (line: DemoContractLine) => boolean) =>
      lines.filter(({ line }) => test(line)).length;
    const suppressed = lines.filter(({ line }) => line.suppressed).map(({ line }) => line);
    expect(share(suppressed.length, lines.length)).toBeGreaterThan(0.01);
    expect(share(suppressed.length, lines.length)).toBeLessThan(0.03);
    expect(suppressed.every((l) => l.suppressionReason)).toBe(true);
    const reasons = new Set(suppressed.map((l) => l.suppressionReason));
    expect(reasons).toContain('Research partnership pricing, not comparable');
    expect(reasons).toContain('Bundled with PACS replacement');
    expect(count((l) => !l.suppressed && l.suppressionReason !== null)).toBe(0);
    for (const flag of ['rebate', 'bundle', 'researchPartnership'] as const) {
      expect(
        share(
          count((l) => l[flag]),
          lines.length,
        ),
      ).toBeGreaterThan(0.005);
      expect(
        share(
          count((l) => l[flag]),
          lines.length,
        ),
      ).toBeLessThan(0.06);
    }
    // One-off implementation charges without a product.
    expect(
      count((l) => !l.product && l.pricingUnit === 'FIXED' && l.billingPeriod === 'ONE_OFF'),
    ).toBeGreaterThan(5000);
    // Day rates, always for a role and grade: on the catalogue's services and in words.
    const dayRates = lines.filter(({ line }) => line.pricingUnit === 'PER_DAY').map(({ line }) => line);
    expect(dayRates.length).toBeGreaterThan(10_000);
    expect(dayRates.every((l) => l.role && l.grade && l.billingPeriod === 'ONE_OFF')).toBe(true);
    expect(dayRates.some((l) => l.product) && dayRates.some((l) => !l.product)).toBe(true);
    expect(lines.filter(({ line }) => line.pricingUnit !== 'PER_DAY').every(({ line }) => !line.role)).toBe(
      true,
    );
  });

  it('writes rows the contract rules accept', () => {
    const problems: string[] = [];
    for (const c of register) {
      if (c.reference.length > 60 || !c.title || c.title.length > 300) problems.push(`${c.reference}: text`);
      if (!c.lines.length) problems.push(`${c.reference}: no lines`);
      if (new Set(c.lines.map((l) => l.lineReference)).size !== c.lines.length)
        problems.push(`${c.reference}: line references`);
      if (c.expectedAnnualBenefit !== null && !/^\d+\.\d{2}$/.test(c.expectedAnnualBenefit))
        problems.push(`${c.reference}: benefit`);
      for (const l of c.lines) {
        const at = `${c.reference} ${l.lineReference}`;
        if (!/^\d+\.\d{2}$/.test(l.quantity) || !/^\d+\.\d{4}$/.test(l.unitPrice))
          problems.push(`${at}: amounts`);
        if (!/^\d+\.\d{2}$/.test(l.discountPercent) || Number(l.discountPercent) > 100)
          problems.push(`${at}: discount`);
        if (l.pricingUnit === 'FIXED' && l.quantity !== '1.00') problems.push(`${at}: fixed quantity`);
        if (!l.description || l.description.length > 500) problems.push(`${at}: description`);
        if (!l.product && !l.category) problems.push(`${at}: category`);
        if (l.product && !products.get(l.product.key)?.versions.includes(l.product.version))
          problems.push(`${at}: version`);
        if (Number(l.unitPrice) <= 0) problems.push(`${at}: free`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives the demo user’s trust, Royal Free (RAL), a rich register', () => {
    const ral = register.filter((c) => c.buyerOdsCode === DEMO_BUYER_ODS_CODE);
    expect(ral.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(ral.flatMap((c) => c.lines.map(categoryOf)));
    expect(categories.size).toBeGreaterThanOrEqual(13);
    expect(new Set(ral.filter((c) => c.lot).map((c) => c.lot!.frameworkReference)).size).toBe(
      catalogue.frameworks.filter((f) => f.status === 'PUBLISHED').length,
    );
    const reasons = new Set(ral.flatMap((c) => c.lines.map((l) => l.suppressionReason)));
    expect(reasons).toContain('Bundled with PACS replacement');
    expect(reasons).toContain('Research partnership pricing, not comparable');
    expect(ral.some((c) => c.endDate < TODAY)).toBe(true);
    expect(ral.some((c) => c.endDate >= TODAY && c.endDate <= addYear(TODAY))).toBe(true);
    expect(ral.some((c) => c.benefitsStatement)).toBe(true);
  });
});

function correlation(xs: number[], ys: number[]): number {
  const mean = (vs: number[]) => vs.reduce((a, b) => a + b, 0) / vs.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let [sxy, sxx, syy] = [0, 0, 0];
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}
