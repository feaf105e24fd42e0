import type { FrameworkFilter, FrameworkOrder, FrameworkStatus, ProductCategory } from '../../gql/graphql';
import { productCategorySlugs } from '../../shared/labels/catalogue';
import { readSlugs, readText, writeSlugs } from '../../shared/list/address';
import { defineListParams, type ListView, type SortOptions } from '../../shared/list/list-params';

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

export type CatalogueView = ListView<CatalogueFilters>;

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

export const sortOptions: SortOptions<CatalogueSort, FrameworkOrder> = {
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

const catalogue = defineListParams(defaultFilters, sortOptions, PAGE_SIZE, {
  read: (params, problems) => ({
    categories: readSlugs(params, 'category', productCategorySlugs, 'a product category', problems),
    statuses: normalStatuses(readSlugs(params, 'status', statusSlugs, 'a framework status', problems)),
    ownerOdsCode: readText(params, 'owner').toUpperCase(),
  }),
  write: (filters, params) => {
    writeSlugs(params, 'category', filters.categories, productCategorySlugs);
    writeSlugs(params, 'status', normalStatuses(filters.statuses), statusSlugs);
    if (filters.ownerOdsCode) params.set('owner', filters.ownerOdsCode);
  },
  filter: (filters) => {
    const filter: FrameworkFilter = {};
    if (filters.categories.length) filter.categories = filters.categories;
    if (filters.statuses.length) filter.statuses = filters.statuses;
    if (filters.ownerOdsCode) filter.ownerOdsCodes = [filters.ownerOdsCode];
    return filter;
  },
});

// Reading and writing the address (`/frameworks` when nothing is chosen), the query's variables, the
// addresses of new filters and of the pages either side, whether the filter panel opens, and the
// filters in a submitted filter form.
export const { parse: parseCatalogueParams, toSearchParams, toQueryVariables } = catalogue;
export const { applyFilters, pageLinks, hasActiveFilters, filtersFromForm } = catalogue;

/** The statuses a view shows: those chosen, or the default. */
export function shownStatuses(filters: Pick<CatalogueFilters, 'statuses'>): FrameworkStatus[] {
  return filters.statuses.length > 0 ? filters.statuses : [DEFAULT_STATUS];
}
