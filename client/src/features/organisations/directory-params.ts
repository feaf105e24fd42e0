import type { OrganisationFilter, OrganisationKind, OrganisationOrder, TrustType } from '../../gql/graphql';
import {
  formToParams,
  pageVariables,
  quoted,
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

// The directory keeps its whole view in the address, so a view can be bookmarked and shared:
//   q=royal+free  kind=trust (repeatable)  type=acute (repeatable)  region=Y56  icb=QMF
//   closed=include  sort=name|name-desc|code  first / last (page size)  after / before (cursors)
// Values are readable slugs rather than GraphQL enum names; defaults are left out.

export const PAGE_SIZE = 25;

export type DirectorySort = 'name' | 'name-desc' | 'code';

export type DirectoryFilters = {
  search: string;
  kinds: OrganisationKind[];
  trustTypes: TrustType[];
  regionCode: string;
  icbCode: string;
  includeClosed: boolean;
  sort: DirectorySort;
};

export type DirectoryPage = ListPage;

export type DirectoryView = {
  filters: DirectoryFilters;
  page: DirectoryPage;
  /** Parts of the address that mean nothing to the directory, in words for the person reading. */
  problems: string[];
};

export type DirectoryVariables = { filter: OrganisationFilter; orderBy: OrganisationOrder } & PageVariables;

export const defaultFilters: DirectoryFilters = {
  search: '',
  kinds: [],
  trustTypes: [],
  regionCode: '',
  icbCode: '',
  includeClosed: false,
  sort: 'name',
};

export const kindSlugs: Record<OrganisationKind, string> = {
  TRUST: 'trust',
  ICB: 'icb',
  CENTRAL_BODY: 'central-body',
};

export const trustTypeSlugs: Record<TrustType, string> = {
  ACUTE: 'acute',
  AMBULANCE: 'ambulance',
  COMMUNITY: 'community',
  MENTAL_HEALTH: 'mental-health',
  SPECIALIST: 'specialist',
  NOT_ESTABLISHED: 'not-established',
};

export const sortOptions: Record<DirectorySort, { label: string; order: OrganisationOrder }> = {
  name: { label: 'Name (A to Z)', order: { field: 'NAME', direction: 'ASC' } },
  'name-desc': { label: 'Name (Z to A)', order: { field: 'NAME', direction: 'DESC' } },
  code: { label: 'ODS code', order: { field: 'ODS_CODE', direction: 'ASC' } },
};

const INCLUDE_CLOSED = 'include';

/** Reads the directory's view from the address. Never throws: unusable values become `problems`. */
export function parseDirectoryParams(params: URLSearchParams): DirectoryView {
  const problems: string[] = [];

  const kinds = readSlugs(params, 'kind', kindSlugs, 'a kind of organisation', problems);
  const trustTypes = readSlugs(params, 'type', trustTypeSlugs, 'a type of trust', problems);

  const closed = readText(params, 'closed');
  if (closed !== '' && closed !== INCLUDE_CLOSED) {
    problems.push(`${quoted(closed)} is not a choice for closed organisations. Use ${INCLUDE_CLOSED}.`);
  }

  const sort = readSort(params, sortOptions, 'name', problems);

  return {
    filters: {
      search: readSearch(params),
      kinds,
      trustTypes,
      regionCode: readText(params, 'region').toUpperCase(),
      icbCode: readText(params, 'icb').toUpperCase(),
      includeClosed: closed === INCLUDE_CLOSED,
      sort,
    },
    page: readPage(params, problems, { sizes: true }),
    problems,
  };
}

/** The variables of the directory query for a view. Empty filters are left out. */
export function toQueryVariables({
  filters,
  page,
}: Pick<DirectoryView, 'filters' | 'page'>): DirectoryVariables {
  const filter: OrganisationFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.kinds.length) filter.kinds = filters.kinds;
  if (filters.trustTypes.length) filter.trustTypes = filters.trustTypes;
  if (filters.regionCode) filter.regionCodes = [filters.regionCode];
  if (filters.icbCode) filter.icbCodes = [filters.icbCode];
  if (filters.includeClosed) filter.includeClosed = true;

  return { filter, orderBy: sortOptions[filters.sort].order, ...pageVariables(page, PAGE_SIZE) };
}

/** The address of a view; defaults are left out, so the plain directory is just `/organisations`. */
export function toSearchParams(
  filters: DirectoryFilters,
  page: Partial<DirectoryPage> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  for (const kind of filters.kinds) params.append('kind', kindSlugs[kind]);
  for (const type of filters.trustTypes) params.append('type', trustTypeSlugs[type]);
  if (filters.regionCode) params.set('region', filters.regionCode);
  if (filters.icbCode) params.set('icb', filters.icbCode);
  if (filters.includeClosed) params.set('closed', INCLUDE_CLOSED);
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  return withPage(params, page);
}

/**
 * The address after new filters are applied (back to the first page, keeping a chosen page size),
 * and the addresses of the previous and next pages, or null where there is none.
 */
export const { applyFilters, pageLinks } = sizedList(toSearchParams, PAGE_SIZE);

/** Whether anything beyond the search narrows or reorders the list (the filter panel opens then). */
export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.trustTypes.length > 0 ||
    filters.regionCode !== '' ||
    filters.icbCode !== '' ||
    filters.includeClosed ||
    filters.sort !== defaultFilters.sort
  );
}

/** The filters in a submitted filter form, which uses the same names as the address. */
export function filtersFromForm(form: FormData): DirectoryFilters {
  return parseDirectoryParams(formToParams(form)).filters;
}
