import { describe, expect, it } from 'vitest';
import {
  appliesToLabels,
  chargeLabel,
  frameworkStatusLabels,
  levelLabel,
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
  smeLabel,
  standardCategoryLabels,
  standardCategoryOrder,
  standardCategorySlugs,
  standardStatusLabels,
  standardStatusSlugs,
  tierCalculationRules,
} from './catalogue';

describe('product category labels', () => {
  it('names every category in plain English, with the acronym people search for', () => {
    expect(productCategoryLabels.EPR).toBe('Electronic patient record (EPR)');
    expect(productCategoryLabels.PACS_RIS).toBe('PACS and RIS');
    expect(productCategoryLabels.EPMA).toBe('Electronic prescribing and medicines administration (ePMA)');
    for (const label of Object.values(productCategoryLabels)) expect(label).not.toMatch(/_/);
  });

  it('orders every category once, with Other last', () => {
    expect(new Set(productCategoryOrder).size).toBe(15);
    expect(productCategoryOrder.at(-1)).toBe('OTHER');
  });

  it('gives each category a unique, readable address slug', () => {
    expect(productCategorySlugs.PACS_RIS).toBe('pacs-ris');
    expect(productCategorySlugs.PATIENT_FLOW).toBe('patient-flow');
    const slugs = Object.values(productCategorySlugs);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('chargeLabel', () => {
  it.each([
    ['PER_USER', 'ANNUAL', 'per user per year'],
    ['PER_USER', 'MONTHLY', 'per user per month'],
    ['PER_BED', 'ANNUAL', 'per bed per year'],
    ['PER_TRANSACTION', 'MONTHLY', 'per transaction per month'],
    ['PER_REGISTERED_PATIENT', 'ANNUAL', 'per registered patient per year'],
    ['PER_DAY', 'ONE_OFF', 'per day, one-off'],
    ['PER_SITE', 'ONE_OFF', 'per site, one-off'],
    ['PER_LICENCE', 'MONTHLY', 'per licence per month'],
    ['PER_DEVICE', 'ONE_OFF', 'per device, one-off'],
    ['FIXED', 'ONE_OFF', 'one-off fixed charge'],
    ['FIXED', 'ANNUAL', 'fixed charge per year'],
    ['FIXED', 'MONTHLY', 'fixed charge per month'],
  ] as const)('%s %s reads “%s”', (unit, period, words) => {
    expect(chargeLabel(unit, period)).toBe(words);
  });
});

describe('tier calculations', () => {
  it('explains both calculations plainly', () => {
    expect(tierCalculationRules.CUMULATIVE).toMatch(/^Each band at its own price/);
    expect(tierCalculationRules.SINGLE_FIXED).toMatch(
      /^The whole quantity at the price of the band it lands in/,
    );
  });
});

describe('smeLabel', () => {
  it('spells out SME', () => {
    expect(smeLabel(true)).toBe('Small or medium-sized enterprise (SME)');
    expect(smeLabel(false)).toBe('Not an SME');
  });
});

describe('framework status labels', () => {
  it('names each status in one word', () => {
    expect(Object.values(frameworkStatusLabels)).toEqual(['Published', 'Expired', 'Withdrawn', 'Draft']);
  });
});

describe('standards labels', () => {
  it('names every area in plain English, in the catalogue’s order', () => {
    expect(standardCategoryOrder).toHaveLength(10);
    expect(standardCategoryOrder[0]).toBe('ACCESSIBILITY');
    expect(standardCategoryLabels.INTEROPERABILITY_API).toBe('Interoperability through APIs');
    for (const label of Object.values(standardCategoryLabels)) expect(label).not.toMatch(/_/);
    // The server sorts by the enum's name: groups come in the same order as the labels.
    expect([...standardCategoryOrder].sort()).toEqual(standardCategoryOrder);
  });

  it('gives each area and status a unique address slug', () => {
    expect(standardCategorySlugs.CLINICAL_SAFETY).toBe('clinical-safety');
    expect(new Set(Object.values(standardCategorySlugs)).size).toBe(10);
    expect(standardStatusSlugs).toEqual({ EFFECTIVE: 'effective', DRAFT: 'draft', RETIRED: 'retired' });
  });

  it('says who declares and where the standard is in its life', () => {
    expect(appliesToLabels.BOTH).toBe('Products and organisations');
    expect(standardStatusLabels.EFFECTIVE).toBe('In force');
  });
});

describe('levelLabel', () => {
  it('reads levels recorded as codes as words, and leaves typed words alone', () => {
    expect(levelLabel('STANDARDS_NOT_MET')).toBe('Standards not met');
    expect(levelLabel('BASIC')).toBe('Basic');
    expect(levelLabel('Level 2')).toBe('Level 2');
    expect(levelLabel('ISO')).toBe('ISO');
    expect(levelLabel('AA')).toBe('AA');
  });
});
