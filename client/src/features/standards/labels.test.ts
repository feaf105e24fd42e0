import { describe, expect, it } from 'vitest';
import {
  appliesToLabels,
  levelLabel,
  standardCategoryLabels,
  standardCategoryOrder,
  standardCategorySlugs,
  statusLabels,
  statusSlugs,
} from './labels';

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
    expect(statusSlugs).toEqual({ EFFECTIVE: 'effective', DRAFT: 'draft', RETIRED: 'retired' });
  });

  it('says who declares and where the standard is in its life', () => {
    expect(appliesToLabels.BOTH).toBe('Products and organisations');
    expect(statusLabels.EFFECTIVE).toBe('In force');
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
