import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { tierProblems, unitPriceProblem } from '@concord/pricing';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  BillingPeriod,
  PricingUnit,
  ProductCategory,
  TierCalculation,
} from '../../catalogue/catalogue.enums.js';
import { demoCatalogue, type DemoPrice } from '../demo-catalogue.js';

const catalogue = demoCatalogue();
const allPrices = catalogue.frameworks.flatMap((f) =>
  f.lots.flatMap((lot) =>
    lot.awards.flatMap((a) =>
      a.offers.flatMap((o) => o.prices.map((price) => ({ framework: f, lot, price }))),
    ),
  ),
);

const csvColumn = (relative: string, column: string): Set<string> => {
  const rows: Record<string, string>[] = parse(readFileSync(new URL(relative, import.meta.url), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  return new Set(rows.map((row) => row[column]!));
};

/** Ten-thousandths of a pound, so comparisons need no floats. */
const units = (price: string) => {
  const [whole = '0', fraction = ''] = price.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
};

describe('demo catalogue', () => {
  it('has 60 suppliers, 400 products and 8 frameworks, 7 published and 1 draft', () => {
    expect(catalogue.suppliers).toHaveLength(60);
    expect(catalogue.products).toHaveLength(400);
    expect(catalogue.frameworks).toHaveLength(8);
    expect(catalogue.frameworks.filter((f) => f.status === 'PUBLISHED')).toHaveLength(7);
    expect(catalogue.frameworks.filter((f) => f.status === 'DRAFT')).toHaveLength(1);
  });

  it('is the same on every call', () => {
    const again = demoCatalogue();
    expect(again).not.toBe(catalogue);
    expect(again).toEqual(catalogue);
  });

  it('has unique, fictional suppliers with valid Companies House numbers', () => {
    const { suppliers } = catalogue;
    expect(new Set(suppliers.map((s) => s.key)).size).toBe(suppliers.length);
    expect(new Set(suppliers.map((s) => s.name)).size).toBe(suppliers.length);
    expect(new Set(suppliers.map((s) => s.companiesHouseNumber)).size).toBe(suppliers.length);
    for (const s of suppliers) {
      expect(s.companiesHouseNumber).toMatch(/^(\d{8}|[A-Z]{2}\d{6})$/);
      expect(s.companiesHouseNumber).toMatch(/^ZZ/);
      expect(s.companiesHouseNumber).not.toBe('ZZ000001');
      expect(s.name).not.toMatch(/^Meridian Clinical Systems Ltd/);
      if (s.website !== null) expect(s.website).toMatch(/^https:\/\/[a-z0-9-]+\.example$/);
    }
    const smeShare = suppliers.filter((s) => s.sme).length / suppliers.length;
    expect(smeShare).toBeGreaterThanOrEqual(0.3);
    expect(smeShare).toBeLessThanOrEqual(0.5);
  });

  it('has unique products of known suppliers, with valid categories and 1-3 versions', () => {
    const { products, suppliers } = catalogue;
    const supplierKeys = new Set(suppliers.map((s) => s.key));
    expect(new Set(products.map((p) => p.key)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.name)).size).toBe(products.length);
    for (const p of products) {
      expect(supplierKeys.has(p.supplierKey)).toBe(true);
      expect(Object.values(ProductCategory)).toContain(p.category);
      expect(p.versions.length).toBeGreaterThanOrEqual(1);
      expect(p.versions.length).toBeLessThanOrEqual(3);
      expect(new Set(p.versions).size).toBe(p.versions.length);
      expect(p.description.length).toBeGreaterThan(0);
    }
    // Every supplier makes something.
    expect(new Set(products.map((p) => p.supplierKey))).toEqual(supplierKeys);
  });

  it('uses only CPV codes from the shipped CPV list', () => {
    const cpv = csvColumn('../../../../data/cpv/cpv-2008-ict.csv', 'code');
    const unknown = catalogue.products.map((p) => p.cpvCode).filter((code) => !cpv.has(code));
    expect(unknown).toEqual([]);
  });

  it('uses only known owners and standards, with fictional references and sensible dates', () => {
    const owners = csvColumn('../../../../data/central-bodies.csv', 'code');
    const standards = csvColumn('../../../../data/standards/nhs-digital-standards.csv', 'code');
    const today = '2026-11-23';
    expect(new Set(catalogue.frameworks.map((f) => f.reference)).size).toBe(catalogue.frameworks.length);
    for (const f of catalogue.frameworks) {
      expect(f.reference).toMatch(/^CDX-\d{4}-\d{3}$/);
      expect(owners.has(f.ownerOdsCode)).toBe(true);
      expect(f.startDate < f.endDate).toBe(true);
      if (f.status === 'PUBLISHED') {
        expect(f.startDate <= today && today < f.endDate).toBe(true);
      } else {
        expect(f.startDate > today).toBe(true);
      }
      expect(f.lots.length).toBeGreaterThanOrEqual(2);
      expect(f.lots.length).toBeLessThanOrEqual(5);
      expect(f.lots.map((lot) => lot.number)).toEqual(f.lots.map((_, i) => i + 1));
      for (const lot of f.lots) {
        expect(lot.requiredStandardCodes.length).toBeGreaterThan(0);
        expect(lot.requiredStandardCodes.filter((code) => !standards.has(code))).toEqual([]);
      }
    }
  });

  it('awards 3-12 distinct suppliers per lot, offering their own products of the lot category', () => {
    const products = new Map(catalogue.products.map((p) => [p.key, p]));
    for (const lot of catalogue.frameworks.flatMap((f) => f.lots)) {
      expect(lot.awards.length).toBeGreaterThanOrEqual(3);
      expect(lot.awards.length).toBeLessThanOrEqual(12);
      const awarded = lot.awards.map((a) => a.supplierKey);
      expect(new Set(awarded).size).toBe(awarded.length);
      for (const award of lot.awards) {
        expect(award.offers.length).toBeGreaterThanOrEqual(1);
        expect(award.offers.length).toBeLessThanOrEqual(3);
        expect(new Set(award.offers.map((o) => o.productKey)).size).toBe(award.offers.length);
        for (const offer of award.offers) {
          const product = products.get(offer.productKey);
          expect(product?.supplierKey).toBe(award.supplierKey);
          expect(product?.category).toBe(lot.category);
          expect(product?.versions).toContain(offer.version);
          expect(offer.prices.length).toBeGreaterThanOrEqual(1);
          expect(offer.prices.length).toBeLessThanOrEqual(2);
          const terms = offer.prices.map((p) => `${p.pricingUnit}/${p.billingPeriod}/${p.role}/${p.grade}`);
          expect(new Set(terms).size).toBe(terms.length);
        }
      }
    }
  });

  it('prices are valid decimal strings, with valid tiers exactly when a calculation is set', () => {
    expect(allPrices.length).toBeGreaterThan(0);
    for (const { framework, price } of allPrices) {
      expect(Object.values(PricingUnit)).toContain(price.pricingUnit);
      expect(Object.values(BillingPeriod)).toContain(price.billingPeriod);
      // Built from integers: always exactly four decimal places, never a float's expansion.
      expect(price.ceilingUnitPrice).toMatch(/^\d+\.\d{4}$/);
      expect(unitPriceProblem(price.ceilingUnitPrice)).toBeNull();
      expect(price.validFrom).toBe(framework.startDate);
      expect(price.validTo).toBeNull();
      expect(price.tierCalculation !== null).toBe(price.tiers !== null);
      const perDay = price.pricingUnit === 'PER_DAY';
      expect(price.role !== null && price.grade !== null).toBe(perDay);
      expect(price.role === null && price.grade === null).toBe(!perDay);
      if (price.tiers) {
        expect(Object.values(TierCalculation)).toContain(price.tierCalculation);
        expect(tierProblems(price.tiers)).toEqual([]);
        expect(price.tiers.length).toBeGreaterThanOrEqual(2);
        expect(price.tiers.length).toBeLessThanOrEqual(4);
        expect(price.tiers.at(-1)?.to).toBeNull();
        expect(price.tiers[0]?.unitPrice).toBe(price.ceilingUnitPrice);
        const bandPrices = price.tiers.map((t) => units(t.unitPrice));
        bandPrices.slice(1).forEach((p, i) => expect(p).toBeLessThan(bandPrices[i]!));
        for (const t of price.tiers) expect(t.unitPrice).toMatch(/^\d+\.\d{4}$/);
      }
    }
  });

  it('tiers about a third of recurring prices, with both calculations', () => {
    const recurring = allPrices.map((p) => p.price).filter((p) => p.billingPeriod !== 'ONE_OFF');
    const tiered = recurring.filter((p) => p.tiers !== null);
    expect(tiered.length / recurring.length).toBeGreaterThan(0.2);
    expect(tiered.length / recurring.length).toBeLessThan(0.5);
    expect(allPrices.filter((p) => p.price.billingPeriod === 'ONE_OFF' && p.price.tiers)).toEqual([]);
    expect(new Set(tiered.map((p) => p.tierCalculation))).toEqual(new Set(['CUMULATIVE', 'SINGLE_FIXED']));
  });

  it('prices fall in realistic GBP ranges for their unit and period', () => {
    const ranges: {
      what: string;
      applies: (p: DemoPrice, category: string) => boolean;
      min: string;
      max: string;
    }[] = [
      {
        what: 'per-user annual',
        applies: (p) => p.pricingUnit === 'PER_USER' && p.billingPeriod === 'ANNUAL',
        min: '20',
        max: '400',
      },
      { what: 'per-bed annual', applies: (p) => p.pricingUnit === 'PER_BED', min: '300', max: '2500' },
      {
        what: 'one-off implementation',
        applies: (p) =>
          (p.pricingUnit === 'PER_SITE' || p.pricingUnit === 'FIXED') && p.billingPeriod === 'ONE_OFF',
        min: '5000',
        max: '250000',
      },
      { what: 'day rate', applies: (p) => p.pricingUnit === 'PER_DAY', min: '450', max: '1400' },
      {
        what: 'device',
        applies: (p, category) => category === 'END_USER_DEVICES' && p.pricingUnit === 'PER_LICENCE',
        min: '250',
        max: '2200',
      },
      {
        what: 'per registered patient',
        applies: (p) => p.pricingUnit === 'PER_REGISTERED_PATIENT',
        min: '0.15',
        max: '3',
      },
      {
        what: 'per transaction',
        applies: (p) => p.pricingUnit === 'PER_TRANSACTION',
        min: '0.015',
        max: '0.90',
      },
    ];
    const outOfRange: string[] = [];
    for (const { lot, price } of allPrices) {
      const amounts = [price.ceilingUnitPrice, ...(price.tiers ?? []).map((t) => t.unitPrice)];
      for (const range of ranges.filter((r) => r.applies(price, lot.category))) {
        for (const amount of amounts) {
          if (units(amount) < units(range.min) || units(amount) > units(range.max)) {
            outOfRange.push(`${range.what}: ${amount}`);
          }
        }
      }
    }
    expect(outOfRange).toEqual([]);
    // Each price kind the brief names actually occurs.
    for (const unit of [
      'PER_USER',
      'PER_BED',
      'PER_SITE',
      'FIXED',
      'PER_DAY',
      'PER_REGISTERED_PATIENT',
      'PER_TRANSACTION',
    ]) {
      expect(allPrices.some((p) => p.price.pricingUnit === unit)).toBe(true);
    }
  });
});
