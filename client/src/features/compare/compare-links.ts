import type { PricingUnit } from '../../gql/graphql';
import { parseCompareParams, toCompareParams } from './compare-params';

/** What a line buys, as far as comparing it goes: a product, or a role (and grade) at a day rate. */
export type Comparable = {
  productId: string | null;
  serviceRole: string | null;
  grade: string | null;
  pricingUnit: PricingUnit;
};

/**
 * The Compare page's address for what a line buys, in the line's unit: `/compare?product=…`, or
 * `/compare?by=role&role=…&grade=…` for a day rate. Null when there is nothing to compare it by.
 */
export function comparePathFor(line: Comparable): string | null {
  const blank = parseCompareParams(new URLSearchParams());
  if (line.productId) {
    return `/compare?${toCompareParams({ ...blank, productId: line.productId, unit: line.pricingUnit })}`;
  }
  if (line.serviceRole && line.pricingUnit === 'PER_DAY') {
    const params = toCompareParams({ ...blank, by: 'role', role: line.serviceRole, grade: line.grade ?? '' });
    return `/compare?${params}`;
  }
  return null;
}
