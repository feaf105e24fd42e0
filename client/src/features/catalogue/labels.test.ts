import { describe, expect, it } from 'vitest';
import {
  chargeLabel,
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
  smeLabel,
} from './labels';

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
  it('says per what and how often', () => {
    expect(chargeLabel('PER_USER', 'ANNUAL')).toBe('per user per year');
    expect(chargeLabel('PER_TRANSACTION', 'MONTHLY')).toBe('per transaction per month');
    expect(chargeLabel('PER_SITE', 'ONE_OFF')).toBe('per site, one-off');
    expect(chargeLabel('PER_REGISTERED_PATIENT', 'ANNUAL')).toBe('per registered patient per year');
  });

  it('calls a fixed price a fixed charge', () => {
    expect(chargeLabel('FIXED', 'ANNUAL')).toBe('fixed charge per year');
    expect(chargeLabel('FIXED', 'ONE_OFF')).toBe('one-off fixed charge');
  });
});

describe('smeLabel', () => {
  it('spells out SME', () => {
    expect(smeLabel(true)).toBe('Small or medium-sized enterprise (SME)');
    expect(smeLabel(false)).toBe('Not an SME');
  });
});
