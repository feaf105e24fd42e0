import { describe, expect, it } from 'vitest';
import { comparePathFor } from './compare-links';
import { parseCompareParams, toBenchmarkInput } from './compare-params';

const inputFor = (path: string) =>
  toBenchmarkInput(parseCompareParams(new URLSearchParams(path.split('?')[1])));

describe('comparePathFor', () => {
  it('compares a product line in its own unit', () => {
    const path = comparePathFor({ productId: 'p1', serviceRole: null, grade: null, pricingUnit: 'PER_BED' });
    expect(path).toBe('/compare?product=p1&unit=per-bed');
    expect(inputFor(path!)).toEqual({ productId: 'p1', pricingUnit: 'PER_BED' });
  });

  it('leaves the default unit out of the address', () => {
    expect(comparePathFor({ productId: 'p1', serviceRole: null, grade: null, pricingUnit: 'PER_USER' })).toBe(
      '/compare?product=p1',
    );
  });

  it('compares a day rate by its role and grade', () => {
    const path = comparePathFor({
      productId: null,
      serviceRole: 'Clinical safety officer',
      grade: 'Senior',
      pricingUnit: 'PER_DAY',
    });
    expect(inputFor(path!)).toEqual({
      serviceRole: 'Clinical safety officer',
      grade: 'Senior',
      pricingUnit: 'PER_DAY',
    });
  });

  it('has nothing to compare a line with neither product nor role', () => {
    expect(
      comparePathFor({ productId: null, serviceRole: null, grade: null, pricingUnit: 'FIXED' }),
    ).toBeNull();
  });
});
