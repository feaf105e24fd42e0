import type { ProductCategory } from '../../gql/graphql';
import { toDateParts, readDate, type DateParts } from '../../shared/forms/dates';
import { errorsFromServer, type FormErrors } from '../../shared/forms/form-errors';
import type { UserErrorLike } from '../../shared/graphql/mutation';
import {
  awardErrorKey,
  awardFieldOrder,
  awardFromLoaded,
  awardInput,
  awardProblems,
  newAward,
  newPrice,
  priceName,
  put,
  type AwardDraft,
  type FrameworkDates,
  type LoadedAward,
  type PriceDraft,
  type Problems,
} from './price-draft';

/**
 * The draft editor's state and everything done with it, without React: loading a framework into
 * form values, the edits (a reducer), the checks the server makes, the `UpdateFrameworkInput` the
 * whole draft becomes, and where each of the server's `userErrors` lands.
 *
 * Field keys name a field by the keys of the items it sits in, not their positions:
 * `lots.l1.awards.l1a2.prices.n7.tiers.n8.from`. Removing an item then never moves another's
 * message, and each key maps to one element id on the page (`fieldId`).
 */
export type LotDraft = {
  key: string;
  id: string | null;
  number: string;
  title: string;
  scope: string;
  category: ProductCategory | '';
  standardCodes: string[];
  awards: AwardDraft[];
};

export type DraftState = {
  id: string;
  rowVersion: number;
  reference: string;
  title: string;
  description: string;
  startDate: DateParts;
  endDate: DateParts;
  lots: LotDraft[];
};

export type LoadedLot = {
  id: string;
  number: number;
  title: string;
  scope: string;
  category: ProductCategory;
  requiredStandards: readonly { code: string }[];
  awards: readonly LoadedAward[];
};

export type LoadedFramework = {
  id: string;
  rowVersion: number;
  reference: string;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  lots: readonly LoadedLot[];
};

/** The draft as the form shows it. Items get positional keys: lot `l2`, its awards `l2a1`, … */
export function draftFromFramework(framework: LoadedFramework): DraftState {
  return {
    id: framework.id,
    rowVersion: framework.rowVersion,
    reference: framework.reference,
    title: framework.title,
    description: framework.description,
    startDate: toDateParts(framework.startDate),
    endDate: toDateParts(framework.endDate),
    lots: framework.lots.map((lot, index) => lotFromLoaded(lot, `l${index + 1}`)),
  };
}

function lotFromLoaded(lot: LoadedLot, key: string): LotDraft {
  return {
    key,
    id: lot.id,
    number: String(lot.number),
    title: lot.title,
    scope: lot.scope,
    category: lot.category,
    standardCodes: lot.requiredStandards.map((standard) => standard.code),
    awards: lot.awards.map((award, index) => awardFromLoaded(award, `${key}a${index + 1}`)),
  };
}

export function newLot(key: string, lots: readonly LotDraft[]): LotDraft {
  const numbers = lots.map((lot) => Number(lot.number)).filter(Number.isInteger);
  return {
    key,
    id: null,
    number: String(Math.max(0, ...numbers) + 1),
    title: '',
    scope: '',
    category: '',
    standardCodes: [],
    awards: [],
  };
}

// --- Edits ----------------------------------------------------------------------------------------

export type LotFields = Pick<LotDraft, 'number' | 'title' | 'scope' | 'category' | 'standardCodes'>;

export type DraftAction =
  | { type: 'field'; field: 'reference' | 'title' | 'description'; value: string }
  | { type: 'date'; field: 'startDate' | 'endDate'; value: DateParts }
  | { type: 'addLot'; key: string }
  | { type: 'removeLot'; lot: string }
  | { type: 'lot'; lot: string; patch: Partial<LotFields> }
  | { type: 'addAward'; lot: string; key: string; supplier: { id: string; name: string } }
  | { type: 'removeAward'; lot: string; award: string }
  | { type: 'awardedOn'; lot: string; award: string; value: DateParts }
  | { type: 'addPrice'; lot: string; award: string; key: string }
  | { type: 'removePrice'; lot: string; award: string; price: string }
  /** Replaces one price with its edited copy (its bands are edited with the price-draft helpers). */
  | { type: 'price'; lot: string; award: string; price: PriceDraft }
  | { type: 'load'; state: DraftState }
  /** Saved: the ids of what was added (from the draft as saved) and the new row version. */
  | { type: 'saved'; rowVersion: number; draft: LoadedFramework | null };

const mapLot = (state: DraftState, key: string, change: (lot: LotDraft) => LotDraft): DraftState => ({
  ...state,
  lots: state.lots.map((lot) => (lot.key === key ? change(lot) : lot)),
});

const mapAward = (lot: LotDraft, key: string, change: (award: AwardDraft) => AwardDraft): LotDraft => ({
  ...lot,
  awards: lot.awards.map((award) => (award.key === key ? change(award) : award)),
});

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'field':
      return { ...state, [action.field]: action.value };
    case 'date':
      return { ...state, [action.field]: action.value };
    case 'addLot':
      return { ...state, lots: [...state.lots, newLot(action.key, state.lots)] };
    case 'removeLot':
      return { ...state, lots: state.lots.filter((lot) => lot.key !== action.lot) };
    case 'lot':
      return mapLot(state, action.lot, (lot) => ({ ...lot, ...action.patch }));
    case 'addAward':
      return mapLot(state, action.lot, (lot) => ({
        ...lot,
        awards: [...lot.awards, newAward(action.key, action.supplier)],
      }));
    case 'removeAward':
      return mapLot(state, action.lot, (lot) => ({
        ...lot,
        awards: lot.awards.filter((award) => award.key !== action.award),
      }));
    case 'awardedOn':
      return mapLot(state, action.lot, (lot) =>
        mapAward(lot, action.award, (award) => ({ ...award, awardedOn: action.value })),
      );
    case 'addPrice':
      // A new price applies from the framework's start unless the person says otherwise.
      return mapLot(state, action.lot, (lot) =>
        mapAward(lot, action.award, (award) => ({
          ...award,
          prices: [...award.prices, newPrice(action.key, state.startDate)],
        })),
      );
    case 'removePrice':
      return mapLot(state, action.lot, (lot) =>
        mapAward(lot, action.award, (award) => ({
          ...award,
          prices: award.prices.filter((price) => price.key !== action.price),
        })),
      );
    case 'price':
      return mapLot(state, action.lot, (lot) =>
        mapAward(lot, action.award, (award) => ({
          ...award,
          prices: award.prices.map((price) => (price.key === action.price.key ? action.price : price)),
        })),
      );
    case 'load':
      return action.state;
    case 'saved':
      return afterSave(state, action.rowVersion, action.draft);
  }
}

// --- To the API -------------------------------------------------------------------------------------

const isoOrEmpty = (parts: DateParts) => {
  const reading = readDate(parts, 'Date');
  return reading.kind === 'date' ? reading.iso : '';
};

/** The framework's own fields as `CreateFrameworkInput` needs them. */
export function detailsInput(
  details: Pick<DraftState, 'reference' | 'title' | 'description' | 'startDate' | 'endDate'>,
) {
  return {
    reference: details.reference.trim().toUpperCase(),
    title: details.title.trim(),
    description: details.description.trim(),
    startDate: isoOrEmpty(details.startDate),
    endDate: isoOrEmpty(details.endDate),
  };
}

/**
 * The whole draft as `UpdateFrameworkInput` (saved whole: whatever is left out is removed). Items
 * loaded from the server keep their ids so they are updated rather than replaced.
 */
export function draftInput(state: DraftState) {
  return {
    id: state.id,
    expectedRowVersion: state.rowVersion,
    ...detailsInput(state),
    lots: state.lots.map((lot) => ({
      ...(lot.id ? { id: lot.id } : {}),
      number: Number(lot.number.trim()),
      title: lot.title.trim(),
      scope: lot.scope.trim(),
      category: lot.category as ProductCategory,
      requiredStandardCodes: lot.standardCodes,
      awards: lot.awards.map(awardInput),
    })),
  };
}

/** Whether the form holds changes not yet saved, compared with what was loaded or last saved. */
export function hasChanges(state: DraftState, saved: DraftState): boolean {
  const comparable = (s: DraftState) => JSON.stringify({ ...draftInput(s), expectedRowVersion: 0 });
  return comparable(state) !== comparable(saved);
}

// --- After a save -----------------------------------------------------------------------------------

const priceSameness = (p: {
  productVersionId: string;
  pricingUnit: string;
  billingPeriod: string;
  role: string | null;
  grade: string | null;
}) =>
  [p.productVersionId, p.pricingUnit, p.billingPeriod, p.role?.trim() ?? '', p.grade?.trim() ?? ''].join('|');

/**
 * The form after a successful save: the same values, with the ids the server gave new lots, awards
 * and prices (found by lot number, supplier, and product-unit-period-role-grade) and the new row
 * version, so the next save updates them instead of adding them again. An item that cannot be
 * matched keeps no id: the next save sends it as new, which replaces the saved copy (same draft).
 */
export function withSavedIds(state: DraftState, saved: LoadedFramework): DraftState {
  const lots = state.lots.map((lot) => {
    const savedLot = saved.lots.find((l) =>
      lot.id ? l.id === lot.id : String(l.number) === lot.number.trim(),
    );
    if (!savedLot) return lot;
    const awards = lot.awards.map((award) => {
      const savedAward = savedLot.awards.find((a) =>
        award.id ? a.id === award.id : a.supplier.id === award.supplierId,
      );
      if (!savedAward) return award;
      const taken = new Set(award.prices.map((price) => price.id).filter(Boolean));
      const prices = award.prices.map((price) => {
        if (price.id) return price;
        const same = priceSameness(priceInputLike(price));
        const match = savedAward.prices.find(
          (p) => !taken.has(p.id) && priceSameness({ ...p, productVersionId: p.productVersion.id }) === same,
        );
        if (!match) return price;
        taken.add(match.id);
        return { ...price, id: match.id };
      });
      return { ...award, id: savedAward.id, prices };
    });
    return { ...lot, id: savedLot.id, awards };
  });
  return { ...state, rowVersion: saved.rowVersion, lots };
}

/** The form once saved: ids from the saved draft if it is the version just saved, else only the new row version. */
export function afterSave(state: DraftState, rowVersion: number, draft: LoadedFramework | null): DraftState {
  return draft && draft.rowVersion === rowVersion ? withSavedIds(state, draft) : { ...state, rowVersion };
}

const priceInputLike = (price: PriceDraft) => ({
  productVersionId: price.productVersionId,
  pricingUnit: price.pricingUnit,
  billingPeriod: price.billingPeriod,
  role: price.pricingUnit === 'PER_DAY' ? price.role : null,
  grade: price.pricingUnit === 'PER_DAY' ? price.grade : null,
});

// --- Checks ------------------------------------------------------------------------------------------

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9./-]{1,39}$/;

/** The framework's own fields: reference, title, description and dates. Shared with the new-framework form. */
export function detailsProblems(
  details: Pick<DraftState, 'reference' | 'title' | 'description' | 'startDate' | 'endDate'>,
  problems: Problems = {},
): Problems {
  const reference = details.reference.trim();
  if (!reference) put(problems, 'reference', 'Enter the framework’s reference', true);
  else if (!REFERENCE.test(reference)) {
    put(
      problems,
      'reference',
      'Enter a reference of 2 to 40 letters, digits, hyphens, dots or slashes, like RM6221',
    );
  }
  const title = details.title.trim();
  if (!title) put(problems, 'title', 'Enter the framework’s title', true);
  else if (title.length > 300) put(problems, 'title', 'The title must be 300 characters or fewer');
  if (details.description.length > 20000) {
    put(problems, 'description', 'The description must be 20,000 characters or fewer');
  }
  const start = readDate(details.startDate, 'Start date');
  const end = readDate(details.endDate, 'End date');
  if (start.kind === 'empty') put(problems, 'startDate', 'Enter the start date', true);
  if (start.kind === 'invalid') put(problems, 'startDate', start.message);
  if (end.kind === 'empty') put(problems, 'endDate', 'Enter the end date', true);
  if (end.kind === 'invalid') put(problems, 'endDate', end.message);
  if (start.kind === 'date' && end.kind === 'date' && end.iso <= start.iso) {
    put(problems, 'endDate', 'The end date must be after the start date');
  }
  return problems;
}

export function frameworkDates(state: Pick<DraftState, 'startDate' | 'endDate'>): FrameworkDates {
  const start = readDate(state.startDate, 'Start date');
  const end = readDate(state.endDate, 'End date');
  return { start: start.kind === 'date' ? start.iso : null, end: end.kind === 'date' ? end.iso : null };
}

export const lotPrefix = (lot: LotDraft) => `lots.${lot.key}`;
export const awardPrefix = (lot: LotDraft, award: AwardDraft) => `lots.${lot.key}.awards.${award.key}`;
export const pricePrefix = (lot: LotDraft, award: AwardDraft, price: PriceDraft) =>
  `${awardPrefix(lot, award)}.prices.${price.key}`;

/** Everything the server would refuse in `updateFramework`, by field key. */
export function draftProblems(state: DraftState): Problems {
  const problems = detailsProblems(state);
  const dates = frameworkDates(state);
  const numbers = new Set<number>();
  for (const lot of state.lots) {
    const at = lotPrefix(lot);
    const number = lot.number.trim();
    if (!number) put(problems, `${at}.number`, 'Enter the lot number', true);
    else if (!/^\d+$/.test(number) || Number(number) < 1 || Number(number) > 999) {
      put(problems, `${at}.number`, 'Lot numbers run from 1 to 999');
    } else if (numbers.has(Number(number))) {
      put(
        problems,
        `${at}.number`,
        `Lot number ${Number(number)} is used twice: give each lot its own number`,
      );
    }
    numbers.add(Number(number));
    if (!lot.title.trim()) put(problems, `${at}.title`, 'Enter the lot’s title', true);
    else if (lot.title.trim().length > 300)
      put(problems, `${at}.title`, 'The title must be 300 characters or fewer');
    if (!lot.category) put(problems, `${at}.category`, 'Choose the kind of product the lot covers', true);
    const suppliers = new Set<string>();
    for (const award of lot.awards) {
      const prefix = awardPrefix(lot, award);
      if (suppliers.has(award.supplierId)) {
        put(problems, `${prefix}.supplierId`, `${award.supplierName} is already approved on this lot`);
      }
      suppliers.add(award.supplierId);
      awardProblems(award, prefix, dates, problems);
    }
  }
  return problems;
}

/**
 * What publishing also needs (the server refuses otherwise): at least one lot, a supplier on every
 * lot, a price for every supplier, and an end date still to come.
 */
export function publishProblems(state: DraftState, today: string): Problems {
  const problems: Problems = {};
  if (state.lots.length === 0) put(problems, 'lots', 'Add at least one lot before publishing');
  for (const lot of state.lots) {
    if (lot.awards.length === 0) {
      put(
        problems,
        `${lotPrefix(lot)}.awards`,
        'Approve at least one supplier on this lot before publishing',
      );
    }
    for (const award of lot.awards) {
      if (award.prices.length === 0) {
        put(
          problems,
          `${awardPrefix(lot, award)}.prices`,
          'Add at least one price for this supplier before publishing',
        );
      }
    }
  }
  const { end } = frameworkDates(state);
  if (end && end < today) put(problems, 'endDate', 'The end date has passed: change it before publishing');
  return problems;
}

// --- The page: keys, ids, order and names of fields ------------------------------------------------------

/** The element id of a field key: `lots.l1.title` → `fe-lots-l1-title`. */
export const fieldId = (key: string) => `fe-${key.replaceAll('.', '-')}`;

/** Every field key in the order the fields appear on the page, for the error summary. */
export function fieldOrder(state: DraftState): string[] {
  return [
    'reference',
    'title',
    'description',
    'startDate',
    'endDate',
    ...state.lots.flatMap((lot) => {
      const at = lotPrefix(lot);
      return [
        `${at}.number`,
        `${at}.title`,
        `${at}.category`,
        `${at}.scope`,
        `${at}.standards`,
        ...lot.awards.flatMap((award) => awardFieldOrder(award, awardPrefix(lot, award))),
        `${at}.awards`,
      ];
    }),
    'lots',
  ];
}

/**
 * Where a field sits, for the error summary, where the same message can occur in many places:
 * "Lot 2, Brightwater Ltd, price 1 (Ember PAS 9.4), band 3".
 */
export function fieldContext(key: string, state: DraftState): string | null {
  const [head, lotKey, , awardKey, , priceKey, tiers, tierKey] = key.split('.');
  if (head !== 'lots' || !lotKey) return null;
  const lot = state.lots.find((l) => l.key === lotKey);
  if (!lot) return null;
  const parts = [`Lot ${lot.number.trim() || state.lots.indexOf(lot) + 1}`];
  const award = awardKey ? lot.awards.find((a) => a.key === awardKey) : undefined;
  if (award) parts.push(award.supplierName);
  const price = priceKey ? award?.prices.find((p) => p.key === priceKey) : undefined;
  if (award && price) parts.push(priceName(award, price));
  const tierIndex =
    tiers === 'tiers' && tierKey ? (price?.tiers.findIndex((t) => t.key === tierKey) ?? -1) : -1;
  if (tierIndex >= 0) parts.push(`band ${tierIndex + 1}`);
  return parts.join(', ');
}

// --- The server's answers ---------------------------------------------------------------------------------

const detailLeaves = new Set(['reference', 'title', 'description', 'startDate', 'endDate']);
const lotLeaves: Record<string, string> = {
  number: 'number',
  title: 'title',
  scope: 'scope',
  category: 'category',
  requiredStandardCodes: 'standards',
};

/**
 * The field key a server path names, against the lots as they were sent: `["lots","0","awards","1",
 * "prices","0","tiers","2","from"]` → `lots.l1.awards.l1a2.prices.l1a2p1.tiers.l1a2p1t3.from`.
 * Undefined for paths that name no field on the page (`["id"]`, `[]`).
 */
export function serverFieldKey(path: readonly string[], lots: readonly LotDraft[]): string | undefined {
  const [head, index, below, awardIndex, ...rest] = path;
  if (head === undefined) return undefined;
  if (path.length === 1) return detailLeaves.has(head) || head === 'lots' ? head : undefined;
  if (head !== 'lots') return undefined;
  const lot = lots[Number(index)];
  if (!lot) return 'lots';
  const at = lotPrefix(lot);
  if (below === 'awards') {
    const award = awardIndex === undefined ? undefined : lot.awards[Number(awardIndex)];
    if (!award) return `${at}.awards`;
    return awardErrorKey(rest, award, awardPrefix(lot, award));
  }
  return `${at}.${(below && lotLeaves[below]) ?? 'title'}`;
}

/** The server's `userErrors` for the draft sent with `lots`, each on the field its path names. */
export function serverErrors(
  userErrors: readonly UserErrorLike[],
  lots: readonly LotDraft[],
): FormErrors<string> {
  return errorsFromServer(userErrors, (path) => serverFieldKey(path, lots));
}

/**
 * The server's reasons for refusing to publish. Its paths below a lot (`["lots","1","awards"]`)
 * count lots and awards in an order the API does not list them in (not by number, not by supplier
 * name), so they cannot be placed on a field: they go in the summary, in the server's words (which
 * name the lot). The page checks the same things before publishing, so these are rare.
 */
export function publishErrors(
  userErrors: readonly UserErrorLike[],
  lots: readonly LotDraft[],
): FormErrors<string> {
  return errorsFromServer(userErrors, (path) => (path.length === 1 ? serverFieldKey(path, lots) : undefined));
}
