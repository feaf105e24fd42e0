import type { ContractFilter, ContractOrder, ContractStatus, ProductCategory } from '../../gql/graphql';
import { addMonths, readDate, type DateParts } from '../../shared/forms/dates';
import { formatDate } from '../../shared/format/date';
import { contractStatusSlugs } from '../../shared/labels/contracts';
import { productCategorySlugs } from '../../shared/labels/catalogue';
import { formToParams, quoted, readDay, readSlugs, readText, writeSlugs } from '../../shared/list/address';
import { defineListParams, type ListView, type SortOptions } from '../../shared/list/list-params';

// The register keeps its whole view in the address, like the framework catalogue:
//   q=ember  status=active (repeatable)  framework=on|off  category=epr (repeatable)  buyer=RAL
//   ending-after=2026-12-02  ending-before=2027-12-02  sort=end|end-desc|…  first / last  after / before
// Values are readable slugs rather than GraphQL enum names; defaults are left out.

export const PAGE_SIZE = 25;

export type RegisterSort =
  | 'end'
  | 'end-desc'
  | 'start-desc'
  | 'start'
  | 'reference'
  | 'title'
  | 'value-desc'
  | 'value'
  | 'updated-desc';

/** Call-offs from a framework lot, off-framework contracts, or both. */
export type FrameworkChoice = '' | 'on' | 'off';

export type RegisterFilters = {
  search: string;
  /** Empty for every status. */
  statuses: ContractStatus[];
  framework: FrameworkChoice;
  categories: ProductCategory[];
  /** Central users only: one trust's register. */
  buyerOdsCode: string;
  /** `YYYY-MM-DD`, or '' for no limit. */
  endingAfter: string;
  endingBefore: string;
  sort: RegisterSort;
};

export type RegisterView = ListView<RegisterFilters>;

export const defaultFilters: RegisterFilters = {
  search: '',
  statuses: [],
  framework: '',
  categories: [],
  buyerOdsCode: '',
  endingAfter: '',
  endingBefore: '',
  sort: 'end',
};

export const sortOptions: SortOptions<RegisterSort, ContractOrder> = {
  end: { label: 'End date (soonest first)', order: { field: 'END_DATE', direction: 'ASC' } },
  'end-desc': { label: 'End date (latest first)', order: { field: 'END_DATE', direction: 'DESC' } },
  'start-desc': { label: 'Start date (newest first)', order: { field: 'START_DATE', direction: 'DESC' } },
  start: { label: 'Start date (oldest first)', order: { field: 'START_DATE', direction: 'ASC' } },
  reference: { label: 'Reference', order: { field: 'REFERENCE', direction: 'ASC' } },
  title: { label: 'Title (A to Z)', order: { field: 'TITLE', direction: 'ASC' } },
  'value-desc': { label: 'Total value (highest first)', order: { field: 'TOTAL_VALUE', direction: 'DESC' } },
  value: { label: 'Total value (lowest first)', order: { field: 'TOTAL_VALUE', direction: 'ASC' } },
  'updated-desc': { label: 'Last changed (newest first)', order: { field: 'UPDATED_AT', direction: 'DESC' } },
};

export const frameworkChoices: Record<Exclude<FrameworkChoice, ''>, string> = {
  on: 'Called off from a framework',
  off: 'Off-framework',
};

/** `framework=on|off`, or '' (with a problem when the address says something else). */
function readFramework(params: URLSearchParams, problems: string[]): FrameworkChoice {
  const framework = readText(params, 'framework').toLowerCase();
  if (framework === 'on' || framework === 'off') return framework;
  if (framework) problems.push(`${quoted(framework)} is not a choice of framework. Use on or off.`);
  return '';
}

const register = defineListParams(defaultFilters, sortOptions, PAGE_SIZE, {
  read: (params, problems) => ({
    statuses: readSlugs(params, 'status', contractStatusSlugs, 'a contract status', problems),
    framework: readFramework(params, problems),
    categories: readSlugs(params, 'category', productCategorySlugs, 'a product category', problems),
    buyerOdsCode: readText(params, 'buyer').toUpperCase(),
    endingAfter: readDay(params, 'ending-after', problems),
    endingBefore: readDay(params, 'ending-before', problems),
  }),
  write: (filters, params) => {
    writeSlugs(params, 'status', filters.statuses, contractStatusSlugs);
    if (filters.framework) params.set('framework', filters.framework);
    writeSlugs(params, 'category', filters.categories, productCategorySlugs);
    if (filters.buyerOdsCode) params.set('buyer', filters.buyerOdsCode);
    if (filters.endingAfter) params.set('ending-after', filters.endingAfter);
    if (filters.endingBefore) params.set('ending-before', filters.endingBefore);
  },
  filter: (filters) => {
    const filter: ContractFilter = {};
    if (filters.statuses.length) filter.statuses = filters.statuses;
    if (filters.framework) filter.onFramework = filters.framework === 'on';
    if (filters.categories.length) filter.categories = filters.categories;
    if (filters.buyerOdsCode) filter.buyerOdsCodes = [filters.buyerOdsCode];
    if (filters.endingAfter) filter.endingAfter = filters.endingAfter;
    if (filters.endingBefore) filter.endingBefore = filters.endingBefore;
    return filter;
  },
});

// Reading and writing the address (`/contracts` when nothing is chosen), the query's variables, the
// addresses of new filters and of the pages either side, and whether the filter panel opens.
export const { parse: parseRegisterParams, toSearchParams, toQueryVariables } = register;
export const { applyFilters, pageLinks, hasActiveFilters } = register;

/** Whether nothing narrows the register at all: an empty answer then means no contracts yet. */
export function isWholeRegister(filters: RegisterFilters): boolean {
  return !filters.search && !hasActiveFilters({ ...filters, sort: defaultFilters.sort });
}

// --- The "ending in the next 12 months" view ----------------------------------------------------

/** Active contracts ending from today to a year from today: those to renew or re-procure. */
export function endingSoonFilters(today: string, base: Partial<RegisterFilters> = {}): RegisterFilters {
  return {
    ...defaultFilters,
    ...base,
    statuses: ['ACTIVE'],
    endingAfter: today,
    endingBefore: addMonths(today, 12),
  };
}

/** Whether a view is exactly the "ending in the next 12 months" view (a central user's trust aside). */
export function isEndingSoon(filters: RegisterFilters, today: string): boolean {
  const soon = endingSoonFilters(today, { buyerOdsCode: filters.buyerOdsCode, sort: filters.sort });
  return toSearchParams(filters).toString() === toSearchParams(soon).toString();
}

// --- The filter form ---------------------------------------------------------------------------------

/** The date boxes of the filter form: `ends-from`, `ends-from-month`, `ends-from-year`. */
export const endDateBoxes = { endingAfter: 'ends-from', endingBefore: 'ends-to' } as const;

function datePartsIn(form: URLSearchParams, id: string): DateParts {
  return {
    day: form.get(id) ?? '',
    month: form.get(`${id}-month`) ?? '',
    year: form.get(`${id}-year`) ?? '',
  };
}

/**
 * The address a submitted filter form describes (its fields share the address's names, but for the
 * dates, typed in three boxes). A date that is not a real one goes into the address as typed, so the
 * page says what is wrong with it instead of dropping it.
 */
export function formToRegisterParams(form: FormData): URLSearchParams {
  const params = formToParams(form);
  for (const [name, id] of [
    ['ending-after', endDateBoxes.endingAfter],
    ['ending-before', endDateBoxes.endingBefore],
  ] as const) {
    const parts = datePartsIn(params, id);
    for (const box of [id, `${id}-month`, `${id}-year`]) params.delete(box);
    const reading = readDate(parts, 'Date');
    if (reading.kind === 'date') params.set(name, reading.iso);
    else if (reading.kind === 'invalid') params.set(name, [parts.day, parts.month, parts.year].join('/'));
  }
  return params;
}

/** The filters in a submitted filter form, and the problems with them. */
export function filtersFromForm(form: FormData): RegisterView {
  return parseRegisterParams(formToRegisterParams(form));
}

// --- Words -------------------------------------------------------------------------------------------

/** "ending from 2 Dec 2026 to 2 Dec 2027", "ending by 31 Mar 2027", or '' without dates. */
export function endingWords(filters: Pick<RegisterFilters, 'endingAfter' | 'endingBefore'>): string {
  const { endingAfter: after, endingBefore: before } = filters;
  if (after && before) return `ending from ${formatDate(after)} to ${formatDate(before)}`;
  if (after) return `ending on or after ${formatDate(after)}`;
  if (before) return `ending by ${formatDate(before)}`;
  return '';
}
