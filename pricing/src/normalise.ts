import { charge, decimalOf, PricingError, type BillingPeriod, type PriceTerms } from './calculator.ts';
import { Decimal } from './decimal.ts';

/**
 * A contract line as the normaliser needs it. Money and quantities are decimal strings.
 * The unit price is before the discount; the discount is a percentage (0–100).
 */
export type LineTerms = {
  billingPeriod: BillingPeriod;
  /** false for FIXED lines: one charge whatever the quantity. */
  perUnit: boolean;
  quantity: string;
  unitPrice: string;
  discountPercent?: string | null;
};

/** What a contract line costs, on the footing every comparison uses. */
export type NormalisedLine = {
  /** The unit price after the discount, 4 decimal places. */
  netUnitPrice: string;
  /**
   * The comparable figure: a year's price of one unit. Recurring lines: the net unit price per
   * year. One-off lines: the net unit price spread evenly over the contract term.
   */
  annualUnitPrice: string;
  /** One-off lines only: the net unit price charged once (reported apart from recurring prices). */
  oneOffUnitPrice: string | null;
  /** A year's cost of the whole line (annual unit price × quantity; FIXED: × 1), in pence. */
  annualCost: string;
  /** The line's cost over the whole term, in pence. */
  totalCost: string;
  /** The contract term in months, 4 decimal places. */
  termMonths: string;
};

const unit = (d: Decimal) => d.toDecimalPlaces(4).toFixed(4);
const money = (d: Decimal) => d.toDecimalPlaces(2).toFixed(2);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Ymd = { y: number; m: number; d: number };

// setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
const utc = (y: number, monthIndex: number, d: number) => new Date(0).setUTCFullYear(y, monthIndex, d);
const dayNumber = ({ y, m, d }: Ymd) => utc(y, m - 1, d) / 86_400_000;
const daysInMonth = (y: number, m: number) => new Date(utc(y, m, 0)).getUTCDate();

function parseDate(value: string): Ymd {
  const match = ISO_DATE.exec(value);
  const [y, m, d] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  // 2026-02-30 is not 2 March: a day the calendar does not have is refused, not rolled over.
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    throw new PricingError(`Not a date: ${value}.`);
  return { y, m, d };
}

/** `months` calendar months after `from`, the day clamped to the month's end (31 Jan + 1 → 28 Feb). */
function addMonths(from: Ymd, months: number): Ymd {
  const total = from.y * 12 + (from.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(from.d, daysInMonth(y, m)) };
}

/**
 * The length of a term from `startDate` to `endDate`, both days included, in months: whole
 * calendar months counted from the start day, then the days left over as a fraction of the
 * month they fall in. 1 Apr 2026 – 31 Mar 2029 is 36; 1 Apr – 15 Jun 2026 is 2.5.
 */
export function termMonths(startDate: string, endDate: string): string {
  const start = parseDate(startDate);
  const afterEnd = dayNumber(parseDate(endDate)) + 1;
  if (afterEnd <= dayNumber(start)) throw new PricingError('The end date is before the start date.');
  let whole = Math.max(0, Math.floor((afterEnd - dayNumber(start)) / 31) - 1);
  while (dayNumber(addMonths(start, whole + 1)) <= afterEnd) whole += 1;
  const from = addMonths(start, whole);
  const next = addMonths(start, whole + 1);
  const fraction = new Decimal(afterEnd - dayNumber(from)).dividedBy(dayNumber(next) - dayNumber(from));
  return unit(fraction.plus(whole));
}

/** A year's cost and the whole term's cost of one period's charge, by how often it is charged. */
function annualAndTotal(perPeriod: Decimal, period: BillingPeriod, months: Decimal): [Decimal, Decimal] {
  switch (period) {
    case 'MONTHLY':
      return [perPeriod.times(12), perPeriod.times(months)];
    case 'ANNUAL':
      return [perPeriod, perPeriod.times(months).dividedBy(12)];
    case 'ONE_OFF':
      return [perPeriod.times(12).dividedBy(months), perPeriod];
  }
}

/**
 * Normalises a contract line over a term (see docs/price-normalisation.md): the discount comes
 * off the unit price, recurring prices become a year's price, one-off prices are kept apart and
 * also spread over the term so they can be compared year on year.
 */
export function normaliseLine(line: LineTerms, term: { startDate: string; endDate: string }): NormalisedLine {
  const months = new Decimal(termMonths(term.startDate, term.endDate));
  const quantity = line.perUnit ? decimalOf(line.quantity, 'quantity') : new Decimal(1);
  const discount = decimalOf(line.discountPercent ?? '0', 'discount');
  if (discount.gt(100)) throw new PricingError('The discount cannot be more than 100%.');
  const net = decimalOf(line.unitPrice, 'unit price')
    .times(new Decimal(100).minus(discount))
    .dividedBy(100)
    .toDecimalPlaces(4);
  const [annualUnit] = annualAndTotal(net, line.billingPeriod, months);
  const [annualCost, totalCost] = annualAndTotal(net.times(quantity), line.billingPeriod, months);
  return {
    netUnitPrice: unit(net),
    annualUnitPrice: unit(annualUnit),
    oneOffUnitPrice: line.billingPeriod === 'ONE_OFF' ? unit(net) : null,
    annualCost: money(annualCost),
    totalCost: money(totalCost),
    termMonths: unit(months),
  };
}

/**
 * The framework ceiling on the same footing as a line: what one unit may cost a year at the
 * line's quantity (volume bands applied; a fractional quantity is priced at the next whole unit)
 * over the line's term. Compare it with the line's `annualUnitPrice`.
 */
export function ceilingAnnualUnitPrice(
  ceiling: PriceTerms,
  quantity: string,
  term: { startDate: string; endDate: string },
): string {
  const months = new Decimal(termMonths(term.startDate, term.endDate));
  let perUnit: Decimal;
  if (!ceiling.perUnit || !ceiling.tiers?.length)
    perUnit = decimalOf(ceiling.unitPrice, 'ceiling unit price');
  else {
    const units = Math.max(1, Math.ceil(decimalOf(quantity, 'quantity').toNumber()));
    perUnit = charge(ceiling, units).dividedBy(units);
  }
  const [annual] = annualAndTotal(perUnit, ceiling.billingPeriod, months);
  return unit(annual);
}
