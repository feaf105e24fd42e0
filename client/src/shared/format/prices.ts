import type { TierCalculation } from '../../gql/graphql';
import { pricingUnitNouns, type CountedUnit } from '../labels/catalogue';
import { formatInteger } from './count';
import { formatMoney } from './money';

// Catalogue prices in plain English: "1,200 users", "1 to 250 users: £2,045.00 each". Ranges use
// "to", not a dash, as the NHS style guide asks. How a price is charged ("per user per year") is
// an enum phrase: `chargeLabel` in shared/labels/catalogue.ts.

/** "1,200 users", "1 user". */
export function countOf(unit: CountedUnit, quantity: number): string {
  const noun = pricingUnitNouns[unit];
  return `${formatInteger(quantity)} ${quantity === 1 ? noun.one : noun.many}`;
}

/** The role and grade of a day rate in one phrase: "Delivery manager (Senior)". */
export function roleAndGrade(role: string | null, grade: string | null): string | null {
  if (role && grade) return `${role} (${grade})`;
  return role || grade || null;
}

export type BandLike = { from: number; to: number | null; unitPrice: { amount: string } };

/** A band's range: "1 to 250", "251 and above", or "1" for a one-unit band. */
export function bandRange(band: Pick<BandLike, 'from' | 'to'>): string {
  if (band.to === null) return `${formatInteger(band.from)} and above`;
  if (band.to === band.from) return formatInteger(band.from);
  return `${formatInteger(band.from)} to ${formatInteger(band.to)}`;
}

/** Every band in one line: "1 to 250 users: £2,045.00 each; 251 and above: £1,920.00 each". */
export function bandsInOneLine(unit: CountedUnit, bands: readonly BandLike[]): string {
  return bands
    .map((band, index) => {
      const range = index === 0 ? `${bandRange(band)} ${pricingUnitNouns[unit].many}` : bandRange(band);
      return `${range}: ${formatMoney(band.unitPrice.amount)} each`;
    })
    .join('; ');
}

/**
 * A worked example of the bands, with a quantity in the second band: "For example, 300 users cost
 * 250 × £1,685.00 + 50 × £1,430.00." or "For example, 300 users are all charged at £1,430.00 each."
 * Null with fewer than two bands, where there is nothing to explain.
 */
export function bandExample(
  unit: CountedUnit,
  calculation: TierCalculation,
  bands: readonly BandLike[],
): string | null {
  const second = bands[1];
  if (!second) return null;
  const quantity = second.to ?? second.from + 49;
  const count = countOf(unit, quantity);
  if (calculation === 'SINGLE_FIXED') {
    return `For example, ${count} are all charged at ${formatMoney(second.unitPrice.amount)} each.`;
  }
  const parts = bands
    .filter((band) => band.from <= quantity)
    .map((band) => {
      const units = Math.min(quantity, band.to ?? quantity) - band.from + 1;
      return `${formatInteger(units)} × ${formatMoney(band.unitPrice.amount)}`;
    });
  return `For example, ${count} cost ${parts.join(' + ')}.`;
}
