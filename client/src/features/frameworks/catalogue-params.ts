import type { FrameworkFilter, FrameworkOrder, FrameworkStatus, ProductCategory } from '../../gql/graphql';
import { productCategorySlugs } from '../../shared/labels/catalogue';
import {
  formToParams,
  pageVariables,
  readPage,
  readSearch,
  readSlugs,
  readSort,
  readText,
  sizedList,
  withPage,
  type ListPage,
  type PageVariables,
} from '../../shared/list/address';

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

export type CataloguePage = ListPage;

export type CatalogueView = {
  filters: CatalogueFilters;
  page: CataloguePage;
  /** Parts of the address that mean nothing to the catalogue, in words for the person reading. */
  problems: string[];
};

export type CatalogueVariables = { filter: FrameworkFilter; orderBy: FrameworkOrder } & PageVariables;

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

/** Only the default status chosen is the same as none: the address leaves it out. */
function normalStatuses(statuses: FrameworkStatus[]): FrameworkStatus[] {
  return statuses.length === 1 && statuses[0] === DEFAULT_STATUS ? [] : statuses;
}

/** Reads the catalogue's view from the address. Never throws: unusable values become `problems`. */
export function parseCatalogueParams(params: URLSearchParams): CatalogueView {
  const problems: string[] = [];
  const categories = readSlugs(params, 'category', productCategorySlugs, 'a product category', problems);
  const statuses = readSlugs(params, 'status', statusSlugs, 'a framework status', problems);
  const sort = readSort(params, sortOptions, 'title', problems);
  return {
    filters: {
      search: readSearch(params),
      categories,
      statuses: normalStatuses(statuses),
      ownerOdsCode: readText(params, 'owner').toUpperCase(),
      sort,
    },
    page: readPage(params, problems, { sizes: true }),
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

  return { filter, orderBy: sortOptions[filters.sort].order, ...pageVariables(page, PAGE_SIZE) };
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
  return withPage(params, page);
}

/**
 * The address after new filters are applied (back to the first page, keeping a chosen page size),
 * and the addresses of the previous and next pages, or null where there is none.
 */
export const { applyFilters, pageLinks } = sizedList(toSearchParams, PAGE_SIZE);

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
  return parseCatalogueParams(formToParams(form)).filters;
}
