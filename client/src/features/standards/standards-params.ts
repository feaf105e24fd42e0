import type { StandardCategory, StandardFilter, StandardStatus } from '../../gql/graphql';
import {
  appliesToSlugs,
  standardCategorySlugs,
  standardStatusSlugs,
  type AppliesToChoice,
} from '../../shared/labels/catalogue';
import {
  pageVariables,
  readPage,
  readSearch,
  readSlugs,
  withPage,
  type ListPage,
} from '../../shared/list/address';

// The standards catalogue's view in the address:
//   q=fhir  category=interoperability-api (repeatable)  applies=product|organisation (repeatable)
//   status=effective|draft|retired (repeatable; none means draft and in force, as the server does)
//   after / before (cursors; a page holds the whole catalogue today)

export const STANDARDS_PAGE_SIZE = 100;

export type StandardFilters = {
  search: string;
  categories: StandardCategory[];
  appliesTo: AppliesToChoice[];
  statuses: StandardStatus[];
};
export type StandardsView = { filters: StandardFilters; page: ListPage; problems: string[] };

export const noStandardFilters: StandardFilters = { search: '', categories: [], appliesTo: [], statuses: [] };

export function parseStandardsParams(params: URLSearchParams): StandardsView {
  const problems: string[] = [];
  return {
    filters: {
      search: readSearch(params),
      categories: readSlugs(params, 'category', standardCategorySlugs, 'an area of standards', problems),
      appliesTo: readSlugs(
        params,
        'applies',
        appliesToSlugs,
        'a choice for what standards apply to',
        problems,
      ),
      statuses: readSlugs(params, 'status', standardStatusSlugs, 'a status of a standard', problems),
    },
    page: readPage(params, problems),
    problems,
  };
}

export function toStandardsParams(filters: StandardFilters, page?: ListPage): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  for (const category of filters.categories) params.append('category', standardCategorySlugs[category]);
  for (const choice of filters.appliesTo) params.append('applies', appliesToSlugs[choice]);
  for (const status of filters.statuses) params.append('status', standardStatusSlugs[status]);
  return withPage(params, page);
}

export function toStandardsVariables({ filters, page }: Pick<StandardsView, 'filters' | 'page'>) {
  const filter: StandardFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.categories.length) filter.categories = filters.categories;
  if (filters.appliesTo.length) filter.appliesTo = filters.appliesTo;
  if (filters.statuses.length) filter.statuses = filters.statuses;
  return { filter, ...pageVariables(page, STANDARDS_PAGE_SIZE) };
}

/** Whether anything beyond the search narrows the catalogue (the filter panel opens then). */
export const hasStandardFilters = (filters: StandardFilters) =>
  filters.categories.length > 0 || filters.appliesTo.length > 0 || filters.statuses.length > 0;
