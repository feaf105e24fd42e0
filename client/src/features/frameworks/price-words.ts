import type { BillingPeriod, PricingUnit, TierCalculation } from '../../gql/graphql';
import { formatInteger } from '../../shared/format/count';
import { formatMoney } from '../../shared/format/money';

// Catalogue prices in plain English: "£209.00 per user per year", "£950.00 per day, one-off",
// "1 to 250 users: £2,045.00 each". Ranges use "to", not a dash, as the NHS style guide asks.

export type CountedUnit = Exclude<PricingUnit, 'FIXED'>;

/** What one unit is called, singular and plural. */
export const unitNouns: Record<CountedUnit, { one: string; many: string }> = {
  PER_BED: { one: 'bed', many: 'beds' },
  PER_DAY: { one: 'day', many: 'days' },
  PER_DEVICE: { one: 'device', many: 'devices' },
  PER_LICENCE: { one: 'licence', many: 'licences' },
  PER_REGISTERED_PATIENT: { one: 'registered patient', many: 'registered patients' },
  PER_SITE: { one: 'site', many: 'sites' },
  PER_TRANSACTION: { one: 'transaction', many: 'transactions' },
  PER_USER: { one: 'user', many: 'users' },
};

export const isPerUnit = (unit: PricingUnit): unit is CountedUnit => unit !== 'FIXED';

const periodWords: Record<BillingPeriod, string> = {
  ANNUAL: 'per year',
  MONTHLY: 'per month',
  ONE_OFF: 'one-off',
};

/**
 * How a price is charged, to follow the amount: "per user per year", "per transaction per month",
 * "per site, one-off", "fixed charge per year", "one-off fixed charge".
 */
export function chargeLabel(unit: PricingUnit, period: BillingPeriod): string {
  if (!isPerUnit(unit))
    return period === 'ONE_OFF' ? 'one-off fixed charge' : `fixed charge ${periodWords[period]}`;
  const each = `per ${unitNouns[unit].one}`;
  return period === 'ONE_OFF' ? `${each}, one-off` : `${each} ${periodWords[period]}`;
}

/** "1,200 users", "1 user", or for a fixed charge nothing but the number. */
export function countOf(unit: CountedUnit, quantity: number): string {
  const noun = unitNouns[unit];
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
      const range = index === 0 ? `${bandRange(band)} ${unitNouns[unit].many}` : bandRange(band);
      return `${range}: ${formatMoney(band.unitPrice.amount)} each`;
    })
    .join('; ');
}

/** How the bands apply, in a sentence. */
export const calculationRules: Record<TierCalculation, string> = {
  CUMULATIVE: 'Each band at its own price: the units in each band are charged at that band’s price.',
  SINGLE_FIXED:
    'The whole quantity at the price of the band it lands in: every unit is charged at that band’s price.',
};

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
