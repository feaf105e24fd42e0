import { PricingError, quote, type PriceTerms, type Quote } from '@concord/pricing';
import type { BillingPeriod, PricingUnit, TierCalculation } from '../../gql/graphql';
import { formatInteger } from '../../shared/format/count';
import { type BandLike } from '../../shared/format/prices';
import { isPerUnit, pricingUnitNouns } from '../../shared/labels/catalogue';

// The price calculator's rules, apart from the form: what the person typed becomes either a quote
// (worked out by @concord/pricing, the same code the server runs) or a message per field.

/** What the calculator needs of a catalogue price. */
export type CalculatorPrice = {
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  ceilingUnitPrice: { amount: string };
  tiers: readonly BandLike[] | null;
  tierCalculation: TierCalculation | null;
};

export type CalculatorInput = { quantity: string; termMonths: string };

export type CalculatorErrors = { quantity?: string; termMonths?: string; price?: string };

export type CalculatorResult =
  | { kind: 'quote'; quantity: number; termMonths: number; quote: Quote }
  | { kind: 'invalid'; errors: CalculatorErrors };

/** The longest term the calculator (and the server's quote) accepts: 50 years. */
export const MAX_TERM_MONTHS = 600;
/** A quantity beyond any NHS purchase, and well inside the server's 32-bit Int. */
export const MAX_QUANTITY = 1_000_000_000;

/** What the calculator starts with: one unit over three years, or one day over a year for day rates. */
export function defaultInput(unit: PricingUnit): CalculatorInput {
  return { quantity: '1', termMonths: unit === 'PER_DAY' ? '12' : '36' };
}

type WholeNumber = { kind: 'empty' } | { kind: 'not-whole' } | { kind: 'number'; value: number };

/** Reads a whole number as people type it: "1200", "1,200" and "1 200" are all 1200. */
export function readWholeNumber(text: string): WholeNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = /^(-?)(\d[\d,\s]*)$/.exec(trimmed);
  if (!match) return { kind: 'not-whole' };
  const digits = (match[2] ?? '').replace(/[,\s]/g, '');
  // Long enough to be past any limit, without losing precision on the way.
  const value = digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
  return { kind: 'number', value: match[1] ? -value : value };
}

function quantityError(price: CalculatorPrice, text: string): string | number {
  if (!isPerUnit(price.pricingUnit)) return 1; // a fixed charge: the quantity changes nothing
  const units = pricingUnitNouns[price.pricingUnit].many;
  const read = readWholeNumber(text);
  if (read.kind === 'empty') return `Enter the number of ${units}`;
  if (read.kind === 'not-whole') return `The number of ${units} must be a whole number`;
  if (read.value < 1) return `The number of ${units} must be 1 or more`;
  const last = price.tiers?.at(-1);
  if (last && last.to !== null && read.value > last.to) {
    return `The number of ${units} must be ${formatInteger(last.to)} or fewer: the price’s last band ends there`;
  }
  if (read.value > MAX_QUANTITY)
    return `The number of ${units} must be ${formatInteger(MAX_QUANTITY)} or fewer`;
  return read.value;
}

function termError(text: string): string | number {
  const read = readWholeNumber(text);
  if (read.kind === 'empty') return 'Enter the term in months';
  if (read.kind === 'not-whole') return 'The term must be a whole number of months';
  if (read.value < 1) return 'The term must be at least 1 month';
  if (read.value > MAX_TERM_MONTHS) return `The term must be ${MAX_TERM_MONTHS} months (50 years) or less`;
  return read.value;
}

/** The calculator's terms for a catalogue price. */
export function priceTerms(price: CalculatorPrice): PriceTerms {
  const tiers = price.tiers ?? [];
  return {
    billingPeriod: price.billingPeriod,
    perUnit: isPerUnit(price.pricingUnit),
    unitPrice: price.ceilingUnitPrice.amount,
    tiers:
      tiers.length > 0 ? tiers.map((t) => ({ from: t.from, to: t.to, unitPrice: t.unitPrice.amount })) : null,
    tierCalculation: price.tierCalculation,
  };
}

/** What `input` costs at `price`, or why it cannot be worked out. Never throws. */
export function calculate(price: CalculatorPrice, input: CalculatorInput): CalculatorResult {
  const quantity = quantityError(price, input.quantity);
  const termMonths = termError(input.termMonths);
  if (typeof quantity === 'string' || typeof termMonths === 'string') {
    const errors: CalculatorErrors = {};
    if (typeof quantity === 'string') errors.quantity = quantity;
    if (typeof termMonths === 'string') errors.termMonths = termMonths;
    return { kind: 'invalid', errors };
  }
  try {
    return { kind: 'quote', quantity, termMonths, quote: quote(priceTerms(price), quantity, termMonths) };
  } catch (error) {
    // The input is checked above, so this is the price itself (bands the server should not have sent).
    if (error instanceof PricingError) {
      return { kind: 'invalid', errors: { price: `This price cannot be worked out. ${error.message}` } };
    }
    throw error;
  }
}
