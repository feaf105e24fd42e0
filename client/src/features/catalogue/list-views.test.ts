import { describe, expect, it } from 'vitest';
import { parseProductsParams, toProductsParams, toProductsVariables } from './products-params';
import { parseSuppliersParams, toSuppliersParams, toSuppliersVariables } from './suppliers-params';

const params = (search: string) => new URLSearchParams(search);

describe('the supplier list’s address', () => {
  it('reads the search, the SME choice and the cursor', () => {
    const view = parseSuppliersParams(params('q=%20meridian%20%20clinical&sme=yes&after=c'));
    expect(view).toEqual({
      filters: { search: 'meridian clinical', sme: 'yes' },
      page: { first: null, last: null, after: 'c', before: null },
      problems: [],
    });
    expect(toSuppliersVariables(view)).toEqual({
      filter: { search: 'meridian clinical', sme: true },
      first: 25,
      after: 'c',
    });
    expect(toSuppliersVariables(parseSuppliersParams(params('sme=no'))).filter).toEqual({ sme: false });
  });

  it('explains an SME choice it cannot read', () => {
    expect(parseSuppliersParams(params('sme=maybe')).problems).toEqual([
      '“maybe” is not a choice for SMEs. Use yes or no.',
    ]);
  });

  it('leaves defaults out of the address', () => {
    expect(toSuppliersParams({ search: '', sme: 'all' }).toString()).toBe('');
    expect(toSuppliersParams({ search: 'a b', sme: 'no' }).toString()).toBe('q=a+b&sme=no');
  });
});

describe('the product list’s address', () => {
  it('round-trips the search, categories and CPV code', () => {
    const filters = { search: 'bed', categories: ['EPR', 'PATIENT_FLOW'] as const, cpvCode: '48814000-7' };
    const address = toProductsParams({ ...filters, categories: [...filters.categories] });
    expect(address.toString()).toBe('q=bed&category=epr&category=patient-flow&cpv=48814000-7');
    const view = parseProductsParams(address);
    expect(view.filters).toEqual({ ...filters, categories: ['EPR', 'PATIENT_FLOW'] });
    expect(toProductsVariables(view)).toEqual({
      filter: { search: 'bed', categories: ['EPR', 'PATIENT_FLOW'], cpvCode: '48814000-7' },
      first: 25,
    });
  });
});
