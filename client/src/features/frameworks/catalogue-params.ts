import type { FrameworkFilter, FrameworkOrder, FrameworkStatus, ProductCategory } from '../../gql/graphql';
import { productCategoryOrder, productCategorySlugs } from '../../shared/labels/catalogue';

// The catalogue keeps its whole view in the address, like the organisation directory:
//   q=cdx-2026  category=epr (repeatable)  status=expired (repeatable; published when none)
//   owner=X24  sort=title|reference|start|start-desc|end|end-desc  first / last  after / before
// Values are readable slugs rather than GraphQL enum names; defaults are left out.

export const PAGE_SIZE = 25;

export type CatalogueSort = 'title' | 'reference' | 'start-desc' | 'start' | 'end' | 'end-desc';

export type CatalogueFilters = {
  search: string;
  categories: ProductCategory[];
  /** Empty for the default: published frameworks only. */
  statuses: FrameworkStatus[];
  ownerOdsCode: string;
  sort: CatalogueSort;
};

export type CataloguePage = {
  first: number | null;
  last: number | null;
  after: string | null;
  before: string | null;
};

export type CatalogueView = {
  filters: CatalogueFilters;
  page: CataloguePage;
  /** Parts of the address that mean nothing to the catalogue, in words for the person reading. */
  problems: string[];
};

export type CatalogueVariables = {
  filter: FrameworkFilter;
  orderBy: FrameworkOrder;
  first?: number;
  last?: number;
  after?: string;
  before?: string;
};

export const defaultFilters: CatalogueFilters = {
  search: '',
  categories: [],
  statuses: [],
  ownerOdsCode: '',
  sort: 'title',
};

/** Statuses in the order the filter lists them; PUBLISHED is what the server shows by default. */
export const statusOrder: FrameworkStatus[] = ['PUBLISHED', 'EXPIRED', 'WITHDRAWN', 'DRAFT'];
export const DEFAULT_STATUS: FrameworkStatus = 'PUBLISHED';

export const statusSlugs: Record<FrameworkStatus, string> = {
  PUBLISHED: 'published',
  EXPIRED: 'expired',
  WITHDRAWN: 'withdrawn',
  DRAFT: 'draft',
};

export const sortOptions: Record<CatalogueSort, { label: string; order: FrameworkOrder }> = {
  title: { label: 'Title (A to Z)', order: { field: 'TITLE', direction: 'ASC' } },
  reference: { label: 'Reference', order: { field: 'REFERENCE', direction: 'ASC' } },
  'start-desc': { label: 'Start date (newest first)', order: { field: 'START_DATE', direction: 'DESC' } },
  start: { label: 'Start date (oldest first)', order: { field: 'START_DATE', direction: 'ASC' } },
  end: { label: 'End date (soonest first)', order: { field: 'END_DATE', direction: 'ASC' } },
  'end-desc': { label: 'End date (latest first)', order: { field: 'END_DATE', direction: 'DESC' } },
};

function invert<T extends string>(slugs: Record<T, string>, order: readonly T[]): Map<string, T> {
  return new Map(order.map((value) => [slugs[value], value]));
}
const categoryBySlug = invert(productCategorySlugs, productCategoryOrder);
const statusBySlug = invert(statusSlugs, statusOrder);

const quoted = (value: string) => `“${value}”`;

function readSlugs<T extends string>(
  params: URLSearchParams,
  name: string,
  bySlug: Map<string, T>,
  what: string,
  problems: string[],
): T[] {
  const values = new Set<T>();
  for (const raw of params.getAll(name)) {
    const slug = raw.trim().toLowerCase();
    if (slug === '') continue;
    const value = bySlug.get(slug);
    if (value) values.add(value);
    else problems.push(`${quoted(raw)} is not ${what}. Use ${[...bySlug.keys()].join(', ')}.`);
  }
  // A fixed order, so the same choice gives the same variables (and one cache entry).
  const order = [...bySlug.values()];
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function readSize(params: URLSearchParams, name: 'first' | 'last', problems: string[]): number | null {
  const raw = params.get(name)?.trim();
  if (!raw) return null;
  // Only whole numbers are passed on; the server owns the allowed range and says so when it is wrong.
  if (!/^-?\d+$/.test(raw)) {
    problems.push(`The page size ${quoted(raw)} (${name}) is not a whole number.`);
    return null;
  }
  return Number(raw);
}

const text = (params: URLSearchParams, name: string) => params.get(name)?.trim() ?? '';

/** Only the default status chosen is the same as none: the address leaves it out. */
function normalStatuses(statuses: FrameworkStatus[]): FrameworkStatus[] {
  return statuses.length === 1 && statuses[0] === DEFAULT_STATUS ? [] : statuses;
}

/** Reads the catalogue's view from the address. Never throws: unusable values become `problems`. */
export function parseCatalogueParams(params: URLSearchParams): CatalogueView {
  const problems: string[] = [];
  const categories = readSlugs(params, 'category', categoryBySlug, 'a product category', problems);
  const statuses = readSlugs(params, 'status', statusBySlug, 'a framework status', problems);

  const sortText = text(params, 'sort') || 'title';
  const sort = Object.hasOwn(sortOptions, sortText) ? (sortText as CatalogueSort) : 'title';
  if (sort !== sortText) {
    problems.push(`${quoted(sortText)} is not a sort order. Use ${Object.keys(sortOptions).join(', ')}.`);
  }

  return {
    filters: {
      search: text(params, 'q').replace(/\s+/g, ' '),
      categories,
      statuses: normalStatuses(statuses),
      ownerOdsCode: text(params, 'owner').toUpperCase(),
      sort,
    },
    page: {
      first: readSize(params, 'first', problems),
      last: readSize(params, 'last', problems),
      after: params.get('after') || null,
      before: params.get('before') || null,
    },
    problems,
  };
}

/** The statuses a view shows: those chosen, or the default. */
export function shownStatuses(filters: Pick<CatalogueFilters, 'statuses'>): FrameworkStatus[] {
  return filters.statuses.length > 0 ? filters.statuses : [DEFAULT_STATUS];
}

/** The variables of the catalogue query for a view. Empty filters are left out. */
export function toQueryVariables({
  filters,
  page,
}: Pick<CatalogueView, 'filters' | 'page'>): CatalogueVariables {
  const filter: FrameworkFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.categories.length) filter.categories = filters.categories;
  if (filters.statuses.length) filter.statuses = filters.statuses;
  if (filters.ownerOdsCode) filter.ownerOdsCodes = [filters.ownerOdsCode];

  const variables: CatalogueVariables = { filter, orderBy: sortOptions[filters.sort].order };
  if (page.first != null || page.last != null) {
    // Sizes given in the address go as they are, so the server can refuse a bad one and say why.
    if (page.first != null) variables.first = page.first;
    if (page.last != null) variables.last = page.last;
  } else if (page.before != null && page.after == null) {
    variables.last = PAGE_SIZE; // paging backwards: the page that ends just before the cursor
  } else {
    variables.first = PAGE_SIZE;
  }
  if (page.after != null) variables.after = page.after;
  if (page.before != null) variables.before = page.before;
  return variables;
}

/** The address of a view; defaults are left out, so the plain catalogue is just `/frameworks`. */
export function toSearchParams(
  filters: CatalogueFilters,
  page: Partial<CataloguePage> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  for (const category of filters.categories) params.append('category', productCategorySlugs[category]);
  for (const status of normalStatuses(filters.statuses)) params.append('status', statusSlugs[status]);
  if (filters.ownerOdsCode) params.set('owner', filters.ownerOdsCode);
  if (filters.sort !== 'title') params.set('sort', filters.sort);
  if (page.first != null) params.set('first', String(page.first));
  if (page.last != null) params.set('last', String(page.last));
  if (page.after) params.set('after', page.after);
  if (page.before) params.set('before', page.before);
  return params;
}

/** The page size a view asked for, when it is not the default; kept as filters change. */
function chosenSize(page: CataloguePage): number | null {
  const size = page.first ?? page.last;
  return size != null && size !== PAGE_SIZE ? size : null;
}

/**
 * The address after new filters are applied: back to the first page (a cursor belongs to one
 * filter and order), keeping a page size the view asked for.
 */
export function applyFilters(view: Pick<CatalogueView, 'page'>, filters: CatalogueFilters): URLSearchParams {
  return toSearchParams(filters, { first: chosenSize(view.page) });
}

export type PageInfoLike = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

/** Addresses of the previous and next pages, or null where there is none. */
export function pageLinks(
  view: Pick<CatalogueView, 'filters' | 'page'>,
  pageInfo: PageInfoLike,
): { previous: URLSearchParams | null; next: URLSearchParams | null } {
  const size = chosenSize(view.page);
  return {
    previous:
      pageInfo.hasPreviousPage && pageInfo.startCursor
        ? toSearchParams(view.filters, { before: pageInfo.startCursor, last: size })
        : null,
    next:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? toSearchParams(view.filters, { after: pageInfo.endCursor, first: size })
        : null,
  };
}

/** Whether anything beyond the search narrows or reorders the list (the filter panel opens then). */
export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return (
    filters.categories.length > 0 ||
    filters.statuses.length > 0 ||
    filters.ownerOdsCode !== '' ||
    filters.sort !== defaultFilters.sort
  );
}

/** The filters in a submitted filter form, which uses the same names as the address. */
export function filtersFromForm(form: FormData): CatalogueFilters {
  const params = new URLSearchParams();
  for (const [name, value] of form) if (typeof value === 'string') params.append(name, value);
  return parseCatalogueParams(params).filters;
}
