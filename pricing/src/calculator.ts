import { Decimal, isPlainDecimal } from './decimal.ts';
import { bandFor, tierProblems, type Tier } from './tiers.ts';

export type BillingPeriod = 'ONE_OFF' | 'MONTHLY' | 'ANNUAL';
export type TierCalculation = 'CUMULATIVE' | 'SINGLE_FIXED';

/** A catalogue price as the calculator needs it. Money is a decimal string in pounds. */
export type PriceTerms = {
  billingPeriod: BillingPeriod;
  /** FIXED: one charge whatever the quantity; otherwise charged per unit. */
  perUnit: boolean;
  /** The unit price when there are no tiers. */
  unitPrice: string;
  tiers?: readonly Tier[] | null;
  tierCalculation?: TierCalculation | null;
};

export type Quote = {
  /** What one billing period costs (the one charge, for ONE_OFF). */
  chargePerPeriod: string;
  /** Total over the term. */
  totalCost: string;
  /** Cost a year: recurring charges annualised, one-off charges spread over the term. */
  annualCost: string;
  /** Annual cost per unit (for FIXED: the annual cost). */
  effectiveAnnualUnitPrice: string;
};

export class PricingError extends Error {
  override name = 'PricingError';
}

const money = (d: Decimal) => d.toDecimalPlaces(2).toFixed(2);
const unit = (d: Decimal) => d.toDecimalPlaces(4).toFixed(4);

/** A decimal string of 0 or more (`12.50`, not `1e3`, `NaN` or `£12`), or a PricingError naming `what`. */
export function decimalOf(value: string, what: string): Decimal {
  if (!isPlainDecimal(value)) throw new PricingError(`The ${what} must be a number, 0 or more.`);
  return new Decimal(value.trim());
}

/** The charge for one billing period at `quantity` units. */
export function charge(terms: PriceTerms, quantity: number): Decimal {
  if (!terms.perUnit) return decimalOf(terms.unitPrice, 'unit price');
  const tiers = terms.tiers ?? [];
  if (tiers.length === 0) return decimalOf(terms.unitPrice, 'unit price').times(quantity);
  if (tierProblems(tiers).length) throw new PricingError('The volume bands are not valid.');
  if (quantity === 0) return new Decimal(0);
  const band = bandFor(tiers, quantity);
  if (!band)
    throw new PricingError(`No band covers ${quantity} units: the last ends at ${tiers.at(-1)?.to}.`);
  if (terms.tierCalculation === 'SINGLE_FIXED') return new Decimal(band.unitPrice).times(quantity);
  // CUMULATIVE: every band up to the quantity is charged at its own price.
  return tiers.reduce((sum, t) => {
    if (quantity < t.from) return sum;
    const upper = t.to === null ? quantity : Math.min(quantity, t.to);
    return sum.plus(new Decimal(t.unitPrice).times(upper - t.from + 1));
  }, new Decimal(0));
}

/**
 * Prices `quantity` units for `termMonths` months. Exact decimal arithmetic; costs are rounded to
 * pence and unit prices to 4 decimal places only in the result.
 */
export function quote(terms: PriceTerms, quantity: number, termMonths: number): Quote {
  if (!Number.isInteger(quantity) || quantity < 0)
    throw new PricingError('The quantity must be a whole number, 0 or more.');
  if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > 600) {
    throw new PricingError('The term must be a whole number of months from 1 to 600.');
  }
  const perPeriod = charge(terms, quantity);
  const months = new Decimal(termMonths);
  const [total, annual] =
    terms.billingPeriod === 'ONE_OFF'
      ? [perPeriod, perPeriod.times(12).dividedBy(months)]
      : terms.billingPeriod === 'MONTHLY'
        ? [perPeriod.times(months), perPeriod.times(12)]
        : [perPeriod.times(months).dividedBy(12), perPeriod];
  const perUnitAnnual = !terms.perUnit
    ? annual
    : quantity === 0
      ? new Decimal(0)
      : annual.dividedBy(quantity);
  return {
    chargePerPeriod: money(perPeriod),
    totalCost: money(total),
    annualCost: money(annual),
    effectiveAnnualUnitPrice: unit(perUnitAnnual),
  };
}

/** Several prices for one purchase (say a one-off implementation fee plus a monthly licence). */
export function quoteAll(
  prices: readonly PriceTerms[],
  quantity: number,
  termMonths: number,
): Omit<Quote, 'chargePerPeriod'> {
  const quotes = prices.map((p) => quote(p, quantity, termMonths));
  const sum = (pick: (q: Quote) => string) => quotes.reduce((s, q) => s.plus(pick(q)), new Decimal(0));
  const annual = sum((q) => q.annualCost);
  return {
    totalCost: money(sum((q) => q.totalCost)),
    annualCost: money(annual),
    effectiveAnnualUnitPrice: unit(quantity === 0 ? new Decimal(0) : annual.dividedBy(quantity)),
  };
}
