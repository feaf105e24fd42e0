import type { AmendFrameworkInput, PricingUnit } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { emptyDate, readDate, type DateParts } from '../../shared/forms/dates';
import {
  awardErrorKey,
  awardFieldOrder,
  awardInput,
  awardProblems,
  put,
  termsErrorKey,
  termsFieldOrder,
  termsFromPrice,
  termsInput,
  termsProblems,
  type AwardDraft,
  type LoadedAward,
  type LoadedPrice,
  type PriceTermsDraft,
  type Problems,
} from './price-draft';

/**
 * The amendment form without React: one recorded change to a published framework (add a supplier
 * to a lot, change a price, or extend the end date), its checks, its `AmendFrameworkInput` and
 * where the server's messages land. Field keys: `kind`, `reason`, `effectiveFrom`, `extend.endDate`,
 * `addAward.lotId`, `addAward.supplierId`, `addAward.prices.<key>.…`, `changePrice.priceId`,
 * `changePrice.tiers.<key>.from`, …
 */
export type AmendmentKind = 'addAward' | 'changePrice' | 'extend';

export type AmendmentState = {
  kind: AmendmentKind | '';
  reason: string;
  effectiveFrom: DateParts;
  lotId: string;
  /** The supplier to add, with its prices; null until one is chosen. */
  award: AwardDraft | null;
  priceId: string;
  /** The price's new terms, starting from its current ones. */
  terms: PriceTermsDraft;
  endDate: DateParts;
};

export type AmendedLot = { id: string; number: number; title: string; awards: readonly LoadedAward[] };

export type AmendedFramework = {
  id: string;
  rowVersion: number;
  startDate: string;
  endDate: string;
  lots: readonly AmendedLot[];
};

const noTerms: PriceTermsDraft = { ceilingUnitPrice: '', tiers: [], tierCalculation: '' };

export function newAmendment(effectiveFrom: DateParts): AmendmentState {
  return {
    kind: '',
    reason: '',
    effectiveFrom,
    lotId: '',
    award: null,
    priceId: '',
    terms: noTerms,
    endDate: emptyDate,
  };
}

/** Every price in force on the framework, with the lot and supplier it belongs to. */
export function pricesOf(framework: Pick<AmendedFramework, 'lots'>) {
  return framework.lots.flatMap((lot) =>
    lot.awards.flatMap((award) => award.prices.map((price) => ({ lot, award, price }))),
  );
}

/** Chooses the price to change; its current terms become the starting point of the new ones. */
export function withPriceChosen(
  state: AmendmentState,
  framework: Pick<AmendedFramework, 'lots'>,
  priceId: string,
): AmendmentState {
  const found = pricesOf(framework).find((entry) => entry.price.id === priceId);
  return { ...state, priceId, terms: found ? termsFromPrice(found.price, 'cp') : noTerms };
}

function chosenPrice(
  state: AmendmentState,
  framework: Pick<AmendedFramework, 'lots'>,
): LoadedPrice | undefined {
  return pricesOf(framework).find((entry) => entry.price.id === state.priceId)?.price;
}

/** Everything the server would refuse, by field key. */
export function amendmentProblems(state: AmendmentState, framework: AmendedFramework): Problems {
  const problems: Problems = {};
  const window = `${formatDate(framework.startDate)} to ${formatDate(framework.endDate)}`;
  if (!state.kind) put(problems, 'kind', 'Choose what kind of change to make', true);

  if (state.kind === 'addAward') {
    const lot = framework.lots.find((l) => l.id === state.lotId);
    if (!state.lotId) put(problems, 'addAward.lotId', 'Choose the lot to add the supplier to', true);
    if (!state.award) put(problems, 'addAward.supplierId', 'Choose the supplier to add', true);
    else {
      if (lot?.awards.some((award) => award.supplier.id === state.award?.supplierId)) {
        put(problems, 'addAward.supplierId', `${state.award.supplierName} is already approved on this lot`);
      }
      if (state.award.prices.length === 0)
        put(problems, 'addAward.prices', 'Add at least one price for the supplier', true);
      awardProblems(
        state.award,
        'addAward',
        { start: framework.startDate, end: framework.endDate },
        problems,
      );
    }
  }

  const effective = readDate(state.effectiveFrom, 'The date it takes effect');
  if (effective.kind === 'empty')
    put(problems, 'effectiveFrom', 'Enter the day the change takes effect', true);
  else if (effective.kind === 'invalid') put(problems, 'effectiveFrom', effective.message);
  else if (effective.iso < framework.startDate || effective.iso > framework.endDate) {
    put(problems, 'effectiveFrom', `The change must take effect while the framework is in force (${window})`);
  }

  if (state.kind === 'changePrice') {
    const price = chosenPrice(state, framework);
    if (!price) put(problems, 'changePrice.priceId', 'Choose the price to change', true);
    else {
      termsProblems(state.terms, 'changePrice', price.pricingUnit as PricingUnit, problems);
      if (effective.kind === 'date' && effective.iso <= price.validFrom) {
        put(
          problems,
          'effectiveFrom',
          `A price change must take effect after the price began (${formatDate(price.validFrom)})`,
        );
      }
    }
  }

  if (state.kind === 'extend') {
    const end = readDate(state.endDate, 'The new end date');
    if (end.kind === 'empty') put(problems, 'extend.endDate', 'Enter the new end date', true);
    else if (end.kind === 'invalid') put(problems, 'extend.endDate', end.message);
    else if (end.iso <= framework.endDate) {
      put(
        problems,
        'extend.endDate',
        `The new end date must be after the current one, ${formatDate(framework.endDate)}`,
      );
    }
  }

  const reason = state.reason.trim();
  if (!reason) put(problems, 'reason', 'Say why the change is made', true);
  else if (reason.length > 2000) put(problems, 'reason', 'The reason must be 2,000 characters or fewer');
  return problems;
}

/** A checked amendment as `AmendFrameworkInput`: exactly one of its three changes. */
export function amendmentInput(
  state: AmendmentState,
  framework: Pick<AmendedFramework, 'id' | 'rowVersion'>,
): AmendFrameworkInput {
  const effective = readDate(state.effectiveFrom, 'Date');
  const base = {
    id: framework.id,
    expectedRowVersion: framework.rowVersion,
    reason: state.reason.trim(),
    effectiveFrom: effective.kind === 'date' ? effective.iso : null,
  };
  if (state.kind === 'addAward' && state.award) {
    return { ...base, addAward: { lotId: state.lotId, award: awardInput(state.award) } };
  }
  if (state.kind === 'changePrice') {
    return { ...base, changePrice: { priceId: state.priceId, ...termsInput(state.terms) } };
  }
  const end = readDate(state.endDate, 'Date');
  return { ...base, extend: { endDate: end.kind === 'date' ? end.iso : '' } };
}

/** Field keys in page order, for the error summary. */
export function amendmentFieldOrder(state: AmendmentState): string[] {
  const change =
    state.kind === 'addAward'
      ? [
          'addAward.lotId',
          ...(state.award
            ? awardFieldOrder(state.award, 'addAward')
            : ['addAward.supplierId', 'addAward.prices']),
        ]
      : state.kind === 'changePrice'
        ? ['changePrice.priceId', ...termsFieldOrder(state.terms, 'changePrice')]
        : state.kind === 'extend'
          ? ['extend.endDate']
          : [];
  return ['kind', ...change, 'reason', 'effectiveFrom'];
}

/** The key of the field a server path names: `["addAward","award","prices","0","validFrom"]` → `addAward.prices.<key>.validFrom`. */
export function amendmentFieldKey(path: readonly string[], state: AmendmentState): string | undefined {
  const [head, next, ...rest] = path;
  if (head === 'reason' || head === 'effectiveFrom') return head;
  if (head === 'extend') return 'extend.endDate';
  if (head === 'addAward') {
    if (next === 'lotId') return 'addAward.lotId';
    if (next === 'award' && state.award) return awardErrorKey(rest, state.award, 'addAward');
    return 'addAward.supplierId';
  }
  if (head === 'changePrice') {
    if (next === 'priceId' || next === undefined) return 'changePrice.priceId';
    return termsErrorKey([next, ...rest], state.terms, 'changePrice') ?? 'changePrice.priceId';
  }
  return undefined;
}

/** The withdrawal form's one field. */
export function withdrawalProblems(reason: string): Problems {
  const problems: Problems = {};
  const text = reason.trim();
  if (!text) put(problems, 'reason', 'Say why the framework is withdrawn', true);
  else if (text.length > 2000) put(problems, 'reason', 'The reason must be 2,000 characters or fewer');
  return problems;
}
