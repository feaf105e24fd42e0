import type { PricingUnit, SavingsTarget } from '../../gql/graphql';
import { pricingUnitNouns, slugsOf } from '../../shared/labels/catalogue';

// The words of the Compare page: what a price is "for", and the targets a saving is measured at.

/**
 * What one compared price is: "a user a year" (a year's price of one unit), "a day" (day rates are
 * compared as the net price of a day), "a year" (a fixed charge).
 */
export function priceBasis(unit: PricingUnit): string {
  if (unit === 'FIXED') return 'a year';
  if (unit === 'PER_DAY') return 'a day';
  return `a ${pricingUnitNouns[unit].one} a year`;
}

/** A column heading for a compared price: "Price a user a year". */
export const priceHeading = (unit: PricingUnit) => `Price ${priceBasis(unit)}`;

/** The targets in the order a procurement lead reads them: the usual price first, the ceiling last. */
export const savingsTargetOrder: readonly SavingsTarget[] = ['MEDIAN', 'LOWER_QUARTILE', 'BEST', 'CEILING'];

/** Address slugs of the targets: `LOWER_QUARTILE` → `lower-quartile`. */
export const savingsTargetSlugs = slugsOf(savingsTargetOrder);

export const savingsTargetLabels: Record<SavingsTarget, string> = {
  MEDIAN: 'Median',
  LOWER_QUARTILE: 'Lower quartile',
  BEST: 'Best price',
  CEILING: 'Framework ceiling',
};

/** A decimal amount above zero (amounts are decimal strings, never negative here). */
export const isPositive = (amount: string) => Number(amount) > 0;
