// Properties of the calculator over thousands of generated cases (fast-check): what holds for every
// input, beside the worked examples in calculator.test.ts and normalise.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charge, PricingError, quote, quoteAll, type BillingPeriod, type PriceTerms } from './calculator.ts';
import { Decimal } from './decimal.ts';
import { ceilingAnnualUnitPrice, normaliseLine, termMonths, type LineTerms } from './normalise.ts';
import { tierProblems, unitPriceProblem, type Tier } from './tiers.ts';

const RUNS = 3000;
const MONEY = /^\d+\.\d{2}$/;
const UNIT = /^\d+\.\d{4}$/;
const DECIMAL = /^\d+(\.\d+)?$/;

const period = fc.constantFrom<BillingPeriod>('MONTHLY', 'ANNUAL', 'ONE_OFF');
/** A price as the register holds it: up to 10 digits, up to 4 decimal places, leading zeros and all. */
const price = fc.stringMatching(/^\d{1,10}(\.\d{1,4})?$/);
const positivePrice = price.filter((p) => new Decimal(p).gt(0));
/** Up to 2 decimal places, as quantities and discounts are typed. */
const quantityText = fc.stringMatching(/^\d{1,7}(\.\d{1,2})?$/);
const discount = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, hundredths]) => (whole === 100 ? '100' : `${whole}.${String(hundredths).padStart(2, '0')}`));
const quantity = fc.oneof(fc.nat({ max: 5000 }), fc.nat({ max: 10_000_000 }));
const months = fc.integer({ min: 1, max: 600 });

/** Contiguous bands from 1, the last open or closed: `tierProblems` finds nothing in them. */
const validTiers = fc
  .record({
    bands: fc.array(fc.tuple(fc.integer({ min: 1, max: 2000 }), positivePrice), {
      minLength: 1,
      maxLength: 6,
    }),
    openEnded: fc.boolean(),
  })
  .map(({ bands, openEnded }) => {
    let from = 1;
    return bands.map(([width, unitPrice], i): Tier => {
      const tier = { from, to: openEnded && i === bands.length - 1 ? null : from + width - 1, unitPrice };
      from += width;
      return tier;
    });
  });

const flatTerms = fc.record({
  billingPeriod: period,
  perUnit: fc.boolean(),
  unitPrice: price,
});
const bandedTerms = fc.record({
  billingPeriod: period,
  perUnit: fc.constant(true),
  unitPrice: price,
  tiers: validTiers,
  tierCalculation: fc.constantFrom('CUMULATIVE' as const, 'SINGLE_FIXED' as const),
});
const anyTerms: fc.Arbitrary<PriceTerms> = fc.oneof(flatTerms, bandedTerms);

/** Text that is not a decimal amount: every kind of string, and the near misses people type. */
const notADecimal = fc
  .oneof(
    fc.constantFrom(
      '',
      ' ',
      '-1',
      '1e3',
      '0x10',
      'NaN',
      'Infinity',
      '£12.50',
      '1,000',
      '12.',
      '.5',
      '1 000',
      '١٢',
      '12.5%',
    ),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  )
  .filter((s) => !DECIMAL.test(s.trim()));

/** Runs `f`; a thrown error must be a PricingError (any other is a bug), and is returned. */
function outcome<T>(f: () => T): T | PricingError {
  try {
    return f();
  } catch (error) {
    expect(error).toBeInstanceOf(PricingError);
    return error as PricingError;
  }
}

const round2 = (d: Decimal) => d.toDecimalPlaces(2).toFixed(2);
const bandPrice = (tiers: readonly Tier[], unit: number) =>
  new Decimal(tiers.find((t) => unit >= t.from && (t.to === null || unit <= t.to))!.unitPrice);
const lastUnit = (tiers: readonly Tier[]) => tiers.at(-1)!.to ?? Number.POSITIVE_INFINITY;

describe('quote over generated prices', () => {
  it('prices any valid terms with well-formed figures, refusing only a quantity beyond the last band', () => {
    fc.assert(
      fc.property(anyTerms, quantity, months, (terms, q, term) => {
        const result = outcome(() => quote(terms, q, term));
        const beyondBands = terms.perUnit && !!terms.tiers?.length && q > lastUnit(terms.tiers);
        expect(result instanceof PricingError).toBe(beyondBands);
        if (result instanceof PricingError) return;
        expect(result.chargePerPeriod).toMatch(MONEY);
        expect(result.totalCost).toMatch(MONEY);
        expect(result.annualCost).toMatch(MONEY);
        expect(result.effectiveAnnualUnitPrice).toMatch(UNIT);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses a quantity that is not a whole number of 0 or more, and a term outside 1–600 months, with PricingError', () => {
    const badQuantity = fc.oneof(
      fc.double().filter((n) => !(Number.isInteger(n) && n >= 0)),
      fc.integer({ max: -1 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0.5, 1.5),
    );
    const badTerm = fc.oneof(
      fc.double().filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 600)),
      fc.integer({ min: 601 }),
      fc.integer({ max: 0 }),
    );
    fc.assert(
      fc.property(
        anyTerms,
        fc.oneof(fc.tuple(badQuantity, months), fc.tuple(quantity, badTerm), fc.tuple(badQuantity, badTerm)),
        (terms, [q, term]) => {
          expect(() => quote(terms, q, term)).toThrow(PricingError);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a unit price that is not a decimal amount with PricingError, never a figure of NaN or Infinity', () => {
    fc.assert(
      fc.property(flatTerms, notADecimal, quantity, months, (terms, unitPrice, q, term) => {
        expect(() => quote({ ...terms, unitPrice }, q, term)).toThrow(PricingError);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses bands that tierProblems finds fault with, with PricingError', () => {
    const anyTier = fc.record({
      from: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double()),
      to: fc.option(fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double())),
      unitPrice: fc.oneof(price, notADecimal),
    });
    fc.assert(
      fc.property(
        fc.array(anyTier, { minLength: 1, maxLength: 5 }).filter((t) => tierProblems(t).length > 0),
        fc.constantFrom('CUMULATIVE' as const, 'SINGLE_FIXED' as const),
        quantity,
        (tiers, tierCalculation, q) => {
          const terms: PriceTerms = {
            billingPeriod: 'MONTHLY',
            perUnit: true,
            unitPrice: '1',
            tiers,
            tierCalculation,
          };
          expect(() => quote(terms, q, 12)).toThrow(PricingError);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('charges each further unit at the price of the band it falls in (CUMULATIVE), so charges never fall as quantity rises', () => {
    fc.assert(
      fc.property(validTiers, quantity, (tiers, q) => {
        fc.pre(q + 1 <= lastUnit(tiers));
        const terms: PriceTerms = {
          billingPeriod: 'MONTHLY',
          perUnit: true,
          unitPrice: '1',
          tiers,
          tierCalculation: 'CUMULATIVE',
        };
        const step = charge(terms, q + 1).minus(charge(terms, q));
        expect(step.eq(bandPrice(tiers, q + 1))).toBe(true);
        expect(step.gt(0)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('charges the whole quantity at its band’s price (SINGLE_FIXED), and never more than the dearest band', () => {
    fc.assert(
      fc.property(validTiers, quantity, (tiers, q) => {
        fc.pre(q >= 1 && q <= lastUnit(tiers));
        const terms: PriceTerms = {
          billingPeriod: 'MONTHLY',
          perUnit: true,
          unitPrice: '1',
          tiers,
          tierCalculation: 'SINGLE_FIXED',
        };
        const dearest = Decimal.max(...tiers.map((t) => t.unitPrice));
        expect(charge(terms, q).eq(bandPrice(tiers, q).times(q))).toBe(true);
        expect(charge(terms, q).lte(dearest.times(q))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('costs a monthly price p the same as an annual price 12 × p, over any term', () => {
    fc.assert(
      fc.property(price, fc.boolean(), quantity, months, (p, perUnit, q, term) => {
        const monthly = quote({ billingPeriod: 'MONTHLY', perUnit, unitPrice: p }, q, term);
        const annual = quote(
          { billingPeriod: 'ANNUAL', perUnit, unitPrice: new Decimal(p).times(12).toFixed() },
          q,
          term,
        );
        expect({ ...monthly, chargePerPeriod: null }).toEqual({ ...annual, chargePerPeriod: null });
      }),
      { numRuns: RUNS },
    );
  });

  it('costs a recurring price no less over a longer term, with the same annual cost; a one-off costs the same whatever the term', () => {
    fc.assert(
      fc.property(anyTerms, quantity, months, months, (terms, q, a, b) => {
        fc.pre(!terms.tiers?.length || q <= lastUnit(terms.tiers));
        const [shorter, longer] = [quote(terms, q, Math.min(a, b)), quote(terms, q, Math.max(a, b))];
        if (terms.billingPeriod === 'ONE_OFF') {
          expect(longer.totalCost).toBe(shorter.totalCost);
          expect(new Decimal(longer.annualCost).lte(shorter.annualCost)).toBe(true);
        } else {
          expect(new Decimal(longer.totalCost).gte(shorter.totalCost)).toBe(true);
          expect(longer.annualCost).toBe(shorter.annualCost);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('charges a flat per-unit price in proportion to the quantity, and a FIXED price whatever the quantity', () => {
    fc.assert(
      fc.property(flatTerms, quantity, quantity, months, (terms, q, r, term) => {
        if (terms.perUnit) {
          expect(charge(terms, q).eq(new Decimal(terms.unitPrice).times(q))).toBe(true);
          expect(quote(terms, q, term).chargePerPeriod).toBe(round2(new Decimal(terms.unitPrice).times(q)));
        } else {
          expect(quote(terms, q, term)).toEqual(quote(terms, r, term));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('adds several prices for one purchase: quoteAll’s totals are the sums of the quotes', () => {
    fc.assert(
      fc.property(
        fc.array(flatTerms, { minLength: 1, maxLength: 5 }),
        quantity,
        months,
        (prices, q, term) => {
          const quotes = prices.map((p) => quote(p, q, term));
          const sum = (pick: (x: (typeof quotes)[number]) => string) =>
            round2(quotes.reduce((s, x) => s.plus(pick(x)), new Decimal(0)));
          const all = quoteAll(prices, q, term);
          expect(all.totalCost).toBe(sum((x) => x.totalCost));
          expect(all.annualCost).toBe(sum((x) => x.annualCost));
          expect(all.effectiveAnnualUnitPrice).toMatch(UNIT);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** A calendar day in the years 0000–9000, as `{ y, m, d }`, and as the `YYYY-MM-DD` the code reads. */
type Ymd = { y: number; m: number; d: number };
const daysIn = (y: number, m: number) =>
  m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const day = fc
  .record({ y: fc.integer({ min: 0, max: 9000 }), m: fc.integer({ min: 1, max: 12 }), d: fc.nat() })
  .map(({ y, m, d }): Ymd => ({ y, m, d: (d % daysIn(y, m)) + 1 }));
const iso = ({ y, m, d }: Ymd) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** `k` months on, the day clamped to the month's end (31 Jan + 1 month is 28 or 29 Feb): the doc's rule. */
function plusMonths({ y, m, d }: Ymd, k: number): Ymd {
  const total = y * 12 + (m - 1) + k;
  const [ny, nm] = [Math.floor(total / 12), (total % 12) + 1];
  return { y: ny, m: nm, d: Math.min(d, daysIn(ny, nm)) };
}
function plusDays(date: Ymd, n: number): Ymd {
  let { y, m, d } = date;
  for (let i = 0; i < n; i++) {
    d += 1;
    if (d > daysIn(y, m)) [y, m, d] = m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1];
  }
  for (let i = 0; i > n; i--) {
    d -= 1;
    if (d < 1) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
    if (d < 1) d = daysIn(y, m);
  }
  return { y, m, d };
}
const term = fc
  .tuple(day, fc.integer({ min: 0, max: 4000 }))
  .map(([start, length]) => ({ startDate: iso(start), endDate: iso(plusDays(start, length)) }));

describe('termMonths over generated dates', () => {
  it('is exactly k months from a day to the day before the same day k months on (clamped to the month’s end)', () => {
    fc.assert(
      fc.property(day, months, (start, k) => {
        expect(termMonths(iso(start), iso(plusDays(plusMonths(start, k), -1)))).toBe(`${k}.0000`);
      }),
      { numRuns: RUNS },
    );
  });

  it('grows with every day added to the end, and lies between days ÷ 31 and days ÷ 28', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), (start, length) => {
        const end = plusDays(start, length);
        const months = new Decimal(termMonths(iso(start), iso(end)));
        const next = new Decimal(termMonths(iso(start), iso(plusDays(end, 1))));
        const days = length + 1;
        expect(next.gt(months)).toBe(true);
        expect(months.gte(new Decimal(days).dividedBy(31).minus(0.00005))).toBe(true);
        expect(months.lte(new Decimal(days).dividedBy(28).plus(0.00005))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses an end before the start, an impossible date, and text that is not a date, with PricingError', () => {
    const impossible = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 0, max: 99 }),
        d: fc.integer({ min: 0, max: 99 }),
      })
      .filter(({ y, m, d }) => m < 1 || m > 12 || d < 1 || d > daysIn(y, m))
      .map(iso);
    const notADate = fc.oneof(
      impossible,
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2026-4-1', '01/04/2026', '2026-04-01T00:00:00Z', ''),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(day, fc.integer({ min: 1, max: 4000 }))
            .map(([end, back]) => [iso(plusDays(end, back)), iso(end)]),
          fc.tuple(notADate, day.map(iso)),
          fc.tuple(day.map(iso), notADate),
        ),
        ([start, end]) => {
          expect(() => termMonths(start, end)).toThrow(PricingError);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const line: fc.Arbitrary<LineTerms> = fc.record({
  billingPeriod: period,
  perUnit: fc.boolean(),
  quantity: quantityText,
  unitPrice: price,
  discountPercent: fc.option(discount),
});

describe('normaliseLine over generated lines', () => {
  it('normalises any valid line over any term with well-formed figures, the net price no more than the price', () => {
    fc.assert(
      fc.property(line, term, (l, t) => {
        const result = normaliseLine(l, t);
        for (const figure of [result.netUnitPrice, result.annualUnitPrice, result.termMonths]) {
          expect(figure).toMatch(UNIT);
        }
        expect(result.annualCost).toMatch(MONEY);
        expect(result.totalCost).toMatch(MONEY);
        expect(result.oneOffUnitPrice).toBe(l.billingPeriod === 'ONE_OFF' ? result.netUnitPrice : null);
        expect(new Decimal(result.netUnitPrice).lte(l.unitPrice)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the unit price exactly, to 4 places, without a discount; a larger discount never gives a dearer net price', () => {
    fc.assert(
      fc.property(line, discount, discount, term, (l, a, b, t) => {
        const plain = normaliseLine({ ...l, discountPercent: null }, t);
        expect(plain.netUnitPrice).toBe(new Decimal(l.unitPrice).toFixed(4));
        const [low, high] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const lessOff = normaliseLine({ ...l, discountPercent: low }, t);
        const moreOff = normaliseLine({ ...l, discountPercent: high }, t);
        expect(new Decimal(moreOff.netUnitPrice).lte(lessOff.netUnitPrice)).toBe(true);
        expect(new Decimal(moreOff.totalCost).lte(lessOff.totalCost)).toBe(true);
        const free = normaliseLine({ ...l, discountPercent: '100' }, t);
        expect([free.netUnitPrice, free.annualCost, free.totalCost]).toEqual(['0.0000', '0.00', '0.00']);
      }),
      { numRuns: RUNS },
    );
  });

  it('compares a monthly price p equal to an annual price 12 × p, and costs a line over exactly a year its annual cost', () => {
    fc.assert(
      fc.property(price, fc.boolean(), quantityText, day, (p, perUnit, q, start) => {
        const year = { startDate: iso(start), endDate: iso(plusDays(plusMonths(start, 12), -1)) };
        const monthly = normaliseLine({ billingPeriod: 'MONTHLY', perUnit, quantity: q, unitPrice: p }, year);
        const twelve = new Decimal(p).times(12).toFixed();
        const annual = normaliseLine(
          { billingPeriod: 'ANNUAL', perUnit, quantity: q, unitPrice: twelve },
          year,
        );
        expect(monthly.annualUnitPrice).toBe(annual.annualUnitPrice);
        expect(monthly.annualCost).toBe(annual.annualCost);
        expect(monthly.totalCost).toBe(annual.totalCost);
        expect(monthly.totalCost).toBe(monthly.annualCost);
        const once = normaliseLine({ billingPeriod: 'ONE_OFF', perUnit, quantity: q, unitPrice: p }, year);
        expect(once.totalCost).toBe(once.annualCost);
      }),
      { numRuns: RUNS },
    );
  });

  it('ignores the quantity of a FIXED line, whatever is written there', () => {
    fc.assert(
      fc.property(line, fc.oneof(quantityText, notADecimal), term, (l, q, t) => {
        const fixed = { ...l, perUnit: false };
        expect(normaliseLine({ ...fixed, quantity: q }, t)).toEqual(normaliseLine(fixed, t));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a quantity, price or discount that is not a decimal amount, or a discount over 100%, with PricingError', () => {
    const overHundred = fc.stringMatching(/^\d{1,5}(\.\d{1,2})?$/).filter((d) => new Decimal(d).gt(100));
    fc.assert(
      fc.property(
        line,
        term,
        fc.oneof(
          notADecimal.map((quantity) => ({ quantity, perUnit: true })),
          notADecimal.map((unitPrice) => ({ unitPrice })),
          fc.oneof(notADecimal, overHundred).map((discountPercent) => ({ discountPercent })),
        ),
        (l, t, bad) => {
          expect(() => normaliseLine({ ...l, ...bad }, t)).toThrow(PricingError);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('ceilingAnnualUnitPrice over generated ceilings', () => {
  it('agrees with quote’s effective annual unit price for a whole quantity over whole months', () => {
    fc.assert(
      fc.property(anyTerms, fc.integer({ min: 1, max: 100_000 }), day, months, (ceiling, q, start, k) => {
        fc.pre(!ceiling.tiers?.length || q <= lastUnit(ceiling.tiers));
        const t = { startDate: iso(start), endDate: iso(plusDays(plusMonths(start, k), -1)) };
        expect(ceilingAnnualUnitPrice(ceiling, String(q), t)).toBe(
          quote(ceiling, q, k).effectiveAnnualUnitPrice,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('prices a fractional quantity at the next whole unit', () => {
    fc.assert(
      fc.property(
        bandedTerms,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 99 }),
        term,
        (ceiling, whole, hundredths, t) => {
          fc.pre(whole + 1 <= lastUnit(ceiling.tiers));
          const fractional = `${whole}.${String(hundredths).padStart(2, '0')}`;
          expect(ceilingAnnualUnitPrice(ceiling, fractional, t)).toBe(
            ceilingAnnualUnitPrice(ceiling, String(whole + 1), t),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a ceiling price or a banded quantity that is not a decimal amount with PricingError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(flatTerms, notADecimal)
            .map(([c, unitPrice]) => ({ ceiling: { ...c, unitPrice }, quantity: '1' })),
          fc.tuple(bandedTerms, notADecimal).map(([ceiling, quantity]) => ({ ceiling, quantity })),
        ),
        term,
        ({ ceiling, quantity }, t) => {
          expect(() => ceilingAnnualUnitPrice(ceiling, quantity, t)).toThrow(PricingError);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('price and band validation over generated input', () => {
  it('accepts a unit price exactly when it is a decimal above £0 with at most 4 decimal places, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          price,
          fc.stringMatching(/^\s{0,2}\d{1,6}(\.\d{1,8})?\s{0,2}$/),
          notADecimal,
          fc.string({ unit: 'grapheme', maxLength: 30 }),
        ),
        (value) => {
          const trimmed = value.trim();
          const fraction = (trimmed.split('.')[1] ?? '').replace(/0+$/, '');
          const acceptable = DECIMAL.test(trimmed) && /[1-9]/.test(trimmed) && fraction.length <= 4;
          expect(unitPriceProblem(value) === null).toBe(acceptable);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('finds nothing wrong with contiguous bands, and names each fault of any other bands by index and field, never throwing', () => {
    const anyTier = fc.record({
      from: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double()),
      to: fc.option(fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double())),
      unitPrice: fc.oneof(price, notADecimal, fc.string()),
    });
    fc.assert(
      fc.property(validTiers, fc.array(anyTier, { maxLength: 6 }), (valid, any) => {
        expect(tierProblems(valid)).toEqual([]);
        for (const problem of tierProblems(any)) {
          expect(problem.index).toBeGreaterThanOrEqual(0);
          expect(problem.index).toBeLessThan(any.length);
          expect(['from', 'to', 'unitPrice']).toContain(problem.field);
          expect(problem.message).not.toBe('');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
