import type { OrganisationFilter, OrganisationKind, OrganisationOrder, TrustType } from '../../gql/graphql';
import { quoted, readSlugs, readText, writeSlugs } from '../../shared/list/address';
import { defineListParams, type ListView, type SortOptions } from '../../shared/list/list-params';

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

export type DirectoryView = ListView<DirectoryFilters>;

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

export const sortOptions: SortOptions<DirectorySort, OrganisationOrder> = {
  name: { label: 'Name (A to Z)', order: { field: 'NAME', direction: 'ASC' } },
  'name-desc': { label: 'Name (Z to A)', order: { field: 'NAME', direction: 'DESC' } },
  code: { label: 'ODS code', order: { field: 'ODS_CODE', direction: 'ASC' } },
};

const INCLUDE_CLOSED = 'include';

/** `closed=include`, or '' with a problem when the address says something else. */
function readClosed(params: URLSearchParams, problems: string[]): boolean {
  const closed = readText(params, 'closed');
  if (closed !== '' && closed !== INCLUDE_CLOSED) {
    problems.push(`${quoted(closed)} is not a choice for closed organisations. Use ${INCLUDE_CLOSED}.`);
  }
  return closed === INCLUDE_CLOSED;
}

const directory = defineListParams(defaultFilters, sortOptions, PAGE_SIZE, {
  read: (params, problems) => ({
    kinds: readSlugs(params, 'kind', kindSlugs, 'a kind of organisation', problems),
    trustTypes: readSlugs(params, 'type', trustTypeSlugs, 'a type of trust', problems),
    regionCode: readText(params, 'region').toUpperCase(),
    icbCode: readText(params, 'icb').toUpperCase(),
    includeClosed: readClosed(params, problems),
  }),
  write: (filters, params) => {
    writeSlugs(params, 'kind', filters.kinds, kindSlugs);
    writeSlugs(params, 'type', filters.trustTypes, trustTypeSlugs);
    if (filters.regionCode) params.set('region', filters.regionCode);
    if (filters.icbCode) params.set('icb', filters.icbCode);
    if (filters.includeClosed) params.set('closed', INCLUDE_CLOSED);
  },
  filter: (filters) => {
    const filter: OrganisationFilter = {};
    if (filters.kinds.length) filter.kinds = filters.kinds;
    if (filters.trustTypes.length) filter.trustTypes = filters.trustTypes;
    if (filters.regionCode) filter.regionCodes = [filters.regionCode];
    if (filters.icbCode) filter.icbCodes = [filters.icbCode];
    if (filters.includeClosed) filter.includeClosed = true;
    return filter;
  },
});

// Reading and writing the address (`/organisations` when nothing is chosen), the query's variables,
// the addresses of new filters and of the pages either side, whether the filter panel opens, and the
// filters in a submitted filter form.
export const { parse: parseDirectoryParams, toSearchParams, toQueryVariables } = directory;
export const { applyFilters, pageLinks, hasActiveFilters, filtersFromForm } = directory;
