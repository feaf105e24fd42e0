import { tierProblems, unitPriceProblem, type Tier } from '@concord/pricing';
import { put, type Problem, type Problems } from '../../shared/forms/field-messages';
import { graphql } from '../../gql';
import type { BillingPeriod, PricingUnit, TierCalculation } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { toDateParts, emptyDate, readDate, type DateParts } from '../../shared/forms/dates';

/**
 * Awards, prices and volume bands as the forms hold them: every value as typed (strings), each item
 * with a `key` that stays put while items around it come and go, so messages and focus stay on it.
 * Shared by the draft editor and the amendment form (adding a supplier, changing a price).
 */
export type TierDraft = { key: string; from: string; to: string; unitPrice: string };

export type PriceTermsDraft = {
  /** Only used without bands; with bands the first band's price is the ceiling. */
  ceilingUnitPrice: string;
  tiers: TierDraft[];
  tierCalculation: TierCalculation | '';
};

export type PriceDraft = PriceTermsDraft & {
  key: string;
  id: string | null;
  productVersionId: string;
  /** "Ember PAS 9.4": what the person chose, for summaries and messages. */
  productLabel: string;
  pricingUnit: PricingUnit | '';
  billingPeriod: BillingPeriod | '';
  role: string;
  grade: string;
  validFrom: DateParts;
  validTo: DateParts;
  /** Shown as a form (true) or as a one-line summary with "Change" (false). */
  open: boolean;
};

export type AwardDraft = {
  key: string;
  id: string | null;
  supplierId: string;
  supplierName: string;
  awardedOn: DateParts;
  prices: PriceDraft[];
};

// The form's field messages are shared (shared/forms/field-messages.ts); the editor's modules take them from here.
export { put, type Problem, type Problems };

export type KeySource = () => string;

/** Keys for items added on the page; loaded items have positional keys (`l1`, `l1a2`, …). */
let added = 0;
export const newKey: KeySource = () => `n${++added}`;

/** `2045.0000` → `2045.00`, `0.0150` → `0.015`: as a person would type the amount. */
export function amountForInput(amount: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  return significant.length <= 2 ? `${whole}.${significant.padEnd(2, '0')}` : `${whole}.${significant}`;
}

// --- From the API ------------------------------------------------------------------------------

/** What the editor loads of a price to edit it or to amend it (`priceFromLoaded`). */
export const PriceDraft_price = graphql(`
  fragment PriceDraft_price on CataloguePrice {
    id
    productVersion {
      id
      version
      product {
        id
        name
      }
    }
    pricingUnit
    billingPeriod
    role
    grade
    ceilingUnitPrice {
      amount
      currency
    }
    tiers {
      from
      to
      unitPrice {
        amount
        currency
      }
    }
    tierCalculation
    validFrom
    validTo
  }
`);

export type LoadedPrice = {
  id: string;
  productVersion: { id: string; version: string; product: { name: string } };
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  role: string | null;
  grade: string | null;
  ceilingUnitPrice: { amount: string };
  tiers: readonly { from: number; to: number | null; unitPrice: { amount: string } }[] | null;
  tierCalculation: TierCalculation | null;
  validFrom: string;
  validTo: string | null;
};

export type LoadedAward = {
  id: string;
  awardedOn: string | null;
  supplier: { id: string; name: string };
  prices: readonly LoadedPrice[];
};

export const productLabel = (version: LoadedPrice['productVersion']) =>
  `${version.product.name} ${version.version}`;

export function termsFromPrice(price: LoadedPrice, key: string): PriceTermsDraft {
  return {
    ceilingUnitPrice: amountForInput(price.ceilingUnitPrice.amount),
    tiers: (price.tiers ?? []).map((tier, index) => ({
      key: `${key}t${index + 1}`,
      from: String(tier.from),
      to: tier.to === null ? '' : String(tier.to),
      unitPrice: amountForInput(tier.unitPrice.amount),
    })),
    tierCalculation: price.tierCalculation ?? '',
  };
}

export function priceFromLoaded(price: LoadedPrice, key: string): PriceDraft {
  return {
    key,
    id: price.id,
    productVersionId: price.productVersion.id,
    productLabel: productLabel(price.productVersion),
    pricingUnit: price.pricingUnit,
    billingPeriod: price.billingPeriod,
    role: price.role ?? '',
    grade: price.grade ?? '',
    ...termsFromPrice(price, key),
    validFrom: toDateParts(price.validFrom),
    validTo: toDateParts(price.validTo),
    open: false,
  };
}

export function awardFromLoaded(award: LoadedAward, key: string): AwardDraft {
  return {
    key,
    id: award.id,
    supplierId: award.supplier.id,
    supplierName: award.supplier.name,
    awardedOn: toDateParts(award.awardedOn),
    prices: award.prices.map((price, index) => priceFromLoaded(price, `${key}p${index + 1}`)),
  };
}

// --- New items ----------------------------------------------------------------------------------

export function newPrice(key: string, validFrom: DateParts): PriceDraft {
  return {
    key,
    id: null,
    productVersionId: '',
    productLabel: '',
    pricingUnit: '',
    billingPeriod: '',
    role: '',
    grade: '',
    ceilingUnitPrice: '',
    tiers: [],
    tierCalculation: '',
    validFrom,
    validTo: emptyDate,
    open: true,
  };
}

export function newAward(key: string, supplier: { id: string; name: string }): AwardDraft {
  return {
    key,
    id: null,
    supplierId: supplier.id,
    supplierName: supplier.name,
    awardedOn: emptyDate,
    prices: [],
  };
}

// --- Volume bands -------------------------------------------------------------------------------

const wholeNumber = /^\d+$/;
const whole = (text: string): number | null => (wholeNumber.test(text.trim()) ? Number(text.trim()) : null);

/** Where the band after one ending at `to` starts: `to + 1`, or blank while `to` is not a number. */
const after = (to: string) => {
  const end = whole(to);
  return end === null ? '' : String(end + 1);
};

/**
 * Adds a band. The first time, two: the first from 1 at the ceiling price typed so far, and the next
 * to fill in. Later bands start one past the end of the band before.
 */
export function withBandAdded<T extends PriceTermsDraft>(terms: T, newKeyFor: KeySource): T {
  if (terms.tiers.length === 0) {
    return {
      ...terms,
      tiers: [
        { key: newKeyFor(), from: '1', to: '', unitPrice: terms.ceilingUnitPrice },
        { key: newKeyFor(), from: '', to: '', unitPrice: '' },
      ],
    };
  }
  const last = terms.tiers.at(-1);
  return {
    ...terms,
    tiers: [...terms.tiers, { key: newKeyFor(), from: last ? after(last.to) : '', to: '', unitPrice: '' }],
  };
}

/**
 * Changes a band. When its end changes, the next band's start follows (one past it) as long as the
 * person has not set that start to something else themselves.
 */
export function withBandChanged<T extends PriceTermsDraft>(
  terms: T,
  tierKey: string,
  patch: Partial<Omit<TierDraft, 'key'>>,
): T {
  const index = terms.tiers.findIndex((tier) => tier.key === tierKey);
  const tier = terms.tiers[index];
  if (!tier) return terms;
  const tiers = terms.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t));
  const next = tiers[index + 1];
  if (patch.to !== undefined && next && (next.from.trim() === '' || next.from.trim() === after(tier.to))) {
    tiers[index + 1] = { ...next, from: after(patch.to) };
  }
  return { ...terms, tiers };
}

/**
 * Removes a band; the band after it then starts where the removed one did. Removing the last band
 * goes back to one price at any volume, that of the first band.
 */
export function withBandRemoved<T extends PriceTermsDraft>(terms: T, tierKey: string): T {
  const index = terms.tiers.findIndex((tier) => tier.key === tierKey);
  const removed = terms.tiers[index];
  if (!removed) return terms;
  const tiers = terms.tiers.filter((_, i) => i !== index);
  const next = tiers[index];
  if (next && next.from.trim() === after(removed.to)) tiers[index] = { ...next, from: removed.from };
  if (tiers.length === 0) {
    return {
      ...terms,
      tiers,
      tierCalculation: '',
      ceilingUnitPrice: removed.unitPrice || terms.ceilingUnitPrice,
    };
  }
  return { ...terms, tiers };
}

/** The ceiling unit price sent: with bands, always the first band's (the API requires it). */
export const ceilingOf = (terms: PriceTermsDraft): string =>
  (terms.tiers[0]?.unitPrice ?? terms.ceilingUnitPrice).trim();

// --- Checks (mirroring the server's, for messages before it is asked) -----------------------------

/** The shared check, with a plainer word for a negative amount than "enter a price in pounds". */
export function amountProblem(value: string): string | null {
  if (/^\s*-\s*\d+(\.\d+)?\s*$/.test(value)) return 'The price must be more than £0';
  return unitPriceProblem(value);
}

/** The ceiling price and bands, under `prefix` (`….prices.<key>` or `changePrice`). */
export function termsProblems(
  terms: PriceTermsDraft,
  prefix: string,
  pricingUnit: PricingUnit | '',
  problems: Problems = {},
): Problems {
  if (terms.tiers.length === 0) {
    if (!terms.ceilingUnitPrice.trim())
      put(problems, `${prefix}.ceilingUnitPrice`, 'Enter the ceiling unit price', true);
    else {
      const problem = amountProblem(terms.ceilingUnitPrice);
      if (problem) put(problems, `${prefix}.ceilingUnitPrice`, problem);
    }
    return problems;
  }
  if (pricingUnit === 'FIXED') {
    put(
      problems,
      `${prefix}.tiers`,
      'A fixed price has no volume bands: remove the bands or choose another unit',
    );
  }
  const at = (tier: TierDraft, field: keyof Omit<TierDraft, 'key'>) => `${prefix}.tiers.${tier.key}.${field}`;
  const last = terms.tiers.length - 1;
  terms.tiers.forEach((tier, index) => {
    if (!tier.from.trim()) put(problems, at(tier, 'from'), 'Enter the first unit of the band', true);
    else if (whole(tier.from) === null)
      put(problems, at(tier, 'from'), 'Enter the first unit as a whole number, like 251');
    if (!tier.to.trim()) {
      if (index < last) {
        put(
          problems,
          at(tier, 'to'),
          'Enter the last unit of the band: only the last band can be open-ended',
          true,
        );
      }
    } else if (whole(tier.to) === null) {
      put(
        problems,
        at(tier, 'to'),
        'Enter the last unit as a whole number, or leave it empty for “and above”',
      );
    }
    if (!tier.unitPrice.trim()) put(problems, at(tier, 'unitPrice'), 'Enter the band’s unit price', true);
    else {
      const problem = amountProblem(tier.unitPrice);
      if (problem) put(problems, at(tier, 'unitPrice'), problem);
    }
  });
  // The shared rules: starts at 1, no gaps or overlaps, prices above £0 with at most 4 decimal places.
  const parsed: Tier[] = terms.tiers.map((tier) => ({
    from: whole(tier.from) ?? Number.NaN,
    to: tier.to.trim() ? (whole(tier.to) ?? Number.NaN) : null,
    unitPrice: tier.unitPrice,
  }));
  for (const problem of tierProblems(parsed)) {
    const tier = terms.tiers[problem.index];
    if (!tier) continue;
    const before = terms.tiers[problem.index - 1];
    // A band after one whose end is missing or wrong is reported there, not again here.
    if (problem.field === 'from' && before && problems[at(before, 'to')]) continue;
    if (problem.field === 'from' && before && !before.to.trim()) continue;
    put(problems, at(tier, problem.field), problem.message);
  }
  if (!terms.tierCalculation) {
    put(
      problems,
      `${prefix}.tierCalculation`,
      'Choose how the bands apply: cumulative or single fixed',
      true,
    );
  }
  return problems;
}

export type FrameworkDates = { start: string | null; end: string | null };

/** Every problem with one price, under `prefix`. */
export function priceProblems(
  price: PriceDraft,
  prefix: string,
  dates: FrameworkDates,
  problems: Problems = {},
): Problems {
  if (!price.productVersionId)
    put(problems, `${prefix}.productVersionId`, 'Choose the product version', true);
  if (!price.pricingUnit) put(problems, `${prefix}.pricingUnit`, 'Choose what one unit is', true);
  if (!price.billingPeriod) put(problems, `${prefix}.billingPeriod`, 'Choose how often it is charged', true);
  if (price.pricingUnit === 'PER_DAY') {
    if (!price.role.trim()) put(problems, `${prefix}.role`, 'Name the role this day rate is for', true);
    if (!price.grade.trim()) put(problems, `${prefix}.grade`, 'Name the grade this day rate is for', true);
  }
  termsProblems(price, prefix, price.pricingUnit, problems);
  const from = readDate(price.validFrom, 'Valid from');
  if (from.kind === 'empty')
    put(problems, `${prefix}.validFrom`, 'Enter the day the price applies from', true);
  else if (from.kind === 'invalid') put(problems, `${prefix}.validFrom`, from.message);
  // Only against dates that make sense: an end before the start is reported on the end date.
  else if (
    dates.start &&
    dates.end &&
    dates.start < dates.end &&
    (from.iso < dates.start || from.iso > dates.end)
  ) {
    put(
      problems,
      `${prefix}.validFrom`,
      `The price must start while the framework is in force (${formatDate(dates.start)} to ${formatDate(dates.end)})`,
    );
  }
  const to = readDate(price.validTo, 'Valid to');
  if (to.kind === 'invalid') put(problems, `${prefix}.validTo`, to.message);
  else if (to.kind === 'date' && from.kind === 'date' && to.iso < from.iso) {
    put(problems, `${prefix}.validTo`, 'A price cannot end before it starts');
  }
  return problems;
}

/** What makes two prices of one supplier on one lot the same price (the server refuses both). */
const sameness = (price: PriceDraft) =>
  [
    price.productVersionId,
    price.pricingUnit,
    price.billingPeriod,
    price.pricingUnit === 'PER_DAY' ? price.role.trim() : '',
    price.pricingUnit === 'PER_DAY' ? price.grade.trim() : '',
  ].join('|');

/** Every problem with an award and its prices, under `prefix` (`lots.<key>.awards.<key>` or `addAward`). */
export function awardProblems(
  award: AwardDraft,
  prefix: string,
  dates: FrameworkDates,
  problems: Problems = {},
): Problems {
  const awardedOn = readDate(award.awardedOn, 'Date approved');
  if (awardedOn.kind === 'invalid') put(problems, `${prefix}.awardedOn`, awardedOn.message);
  const seen = new Set<string>();
  for (const price of award.prices) {
    const at = `${prefix}.prices.${price.key}`;
    priceProblems(price, at, dates, problems);
    const same = sameness(price);
    if (price.productVersionId && price.pricingUnit && price.billingPeriod && seen.has(same)) {
      put(problems, `${at}.pricingUnit`, 'This product already has a price for this unit and billing period');
    }
    seen.add(same);
  }
  return problems;
}

/** The key order of a price's fields on the page, for the error summary. */
export function priceFieldOrder(price: PriceDraft, prefix: string): string[] {
  return [
    `${prefix}.productVersionId`,
    `${prefix}.pricingUnit`,
    `${prefix}.billingPeriod`,
    `${prefix}.role`,
    `${prefix}.grade`,
    ...termsFieldOrder(price, prefix),
    `${prefix}.validFrom`,
    `${prefix}.validTo`,
  ];
}

export function termsFieldOrder(terms: PriceTermsDraft, prefix: string): string[] {
  return [
    `${prefix}.ceilingUnitPrice`,
    ...terms.tiers.flatMap((tier) =>
      ['from', 'to', 'unitPrice'].map((f) => `${prefix}.tiers.${tier.key}.${f}`),
    ),
    `${prefix}.tiers`,
    `${prefix}.tierCalculation`,
  ];
}

export function awardFieldOrder(award: AwardDraft, prefix: string): string[] {
  return [
    `${prefix}.supplierId`,
    `${prefix}.awardedOn`,
    ...award.prices.flatMap((price) => priceFieldOrder(price, `${prefix}.prices.${price.key}`)),
    `${prefix}.prices`,
  ];
}

// --- To the API ---------------------------------------------------------------------------------

const dateOrNull = (parts: DateParts) => {
  const reading = readDate(parts, 'Date');
  return reading.kind === 'date' ? reading.iso : null;
};

export function termsInput(terms: PriceTermsDraft) {
  const banded = terms.tiers.length > 0;
  return {
    ceilingUnitPrice: ceilingOf(terms),
    tiers: banded
      ? terms.tiers.map((tier) => ({
          from: Number(tier.from.trim()),
          to: tier.to.trim() ? Number(tier.to.trim()) : null,
          unitPrice: tier.unitPrice.trim(),
        }))
      : null,
    tierCalculation: banded && terms.tierCalculation ? terms.tierCalculation : null,
  };
}

/** A checked price as `PriceInput`: role and grade only for day rates. */
export function priceInput(price: PriceDraft) {
  const perDay = price.pricingUnit === 'PER_DAY';
  return {
    ...(price.id ? { id: price.id } : {}),
    productVersionId: price.productVersionId,
    pricingUnit: price.pricingUnit as PricingUnit,
    billingPeriod: price.billingPeriod as BillingPeriod,
    role: perDay ? price.role.trim() : null,
    grade: perDay ? price.grade.trim() : null,
    ...termsInput(price),
    validFrom: dateOrNull(price.validFrom) ?? '',
    validTo: dateOrNull(price.validTo),
  };
}

export function awardInput(award: AwardDraft) {
  return {
    ...(award.id ? { id: award.id } : {}),
    supplierId: award.supplierId,
    awardedOn: dateOrNull(award.awardedOn),
    prices: award.prices.map(priceInput),
  };
}

// --- The server's field paths -------------------------------------------------------------------

const priceLeaves = new Set([
  'productVersionId',
  'pricingUnit',
  'billingPeriod',
  'role',
  'grade',
  'tierCalculation',
  'validFrom',
  'validTo',
]);
const tierLeaves = new Set(['from', 'to', 'unitPrice']);

/** The key of the terms field a server path below a price (or `changePrice`) names, if any. */
export function termsErrorKey(
  rest: readonly string[],
  terms: PriceTermsDraft,
  prefix: string,
): string | undefined {
  const [head, index, leaf] = rest;
  if (head === 'ceilingUnitPrice') {
    const first = terms.tiers[0];
    return first ? `${prefix}.tiers.${first.key}.unitPrice` : `${prefix}.ceilingUnitPrice`;
  }
  if (head === 'tierCalculation') return `${prefix}.tierCalculation`;
  if (head !== 'tiers') return undefined;
  const tier = index === undefined ? undefined : terms.tiers[Number(index)];
  if (!tier) return `${prefix}.tiers`;
  return `${prefix}.tiers.${tier.key}.${leaf && tierLeaves.has(leaf) ? leaf : 'from'}`;
}

/** The key of the field a server path below a price names: `["tiers","2","from"]` → `….tiers.<key>.from`. */
export function priceErrorKey(rest: readonly string[], price: PriceDraft, prefix: string): string {
  const head = rest[0];
  if (head && priceLeaves.has(head)) return `${prefix}.${head}`;
  return termsErrorKey(rest, price, prefix) ?? `${prefix}.productVersionId`;
}

/** The key of the field a server path below an award names. */
export function awardErrorKey(rest: readonly string[], award: AwardDraft, prefix: string): string {
  const [head, index, ...below] = rest;
  if (head === 'awardedOn') return `${prefix}.awardedOn`;
  if (head !== 'prices') return `${prefix}.supplierId`;
  const price = index === undefined ? undefined : award.prices[Number(index)];
  if (!price) return `${prefix}.prices`;
  return priceErrorKey(below, price, `${prefix}.prices.${price.key}`);
}

/** "price 2 (Ember PAS 9.4)" */
export function priceName(award: Pick<AwardDraft, 'prices'>, price: PriceDraft): string {
  const position = award.prices.indexOf(price) + 1;
  return price.productLabel ? `price ${position} (${price.productLabel})` : `price ${position}`;
}
