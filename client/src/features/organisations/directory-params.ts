import type { OrganisationFilter, OrganisationKind, OrganisationOrder, TrustType } from '../../gql/graphql';

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

export type DirectoryPage = {
  first: number | null;
  last: number | null;
  after: string | null;
  before: string | null;
};

export type DirectoryView = {
  filters: DirectoryFilters;
  page: DirectoryPage;
  /** Parts of the address that mean nothing to the directory, in words for the person reading. */
  problems: string[];
};

export type DirectoryVariables = {
  filter: OrganisationFilter;
  orderBy: OrganisationOrder;
  first?: number;
  last?: number;
  after?: string;
  before?: string;
};

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

function invert<T extends string>(slugs: Record<T, string>): Map<string, T> {
  return new Map(Object.entries<string>(slugs).map(([value, slug]) => [slug, value as T]));
}
const kindBySlug = invert(kindSlugs);
const trustTypeBySlug = invert(trustTypeSlugs);

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

/** Reads the directory's view from the address. Never throws: unusable values become `problems`. */
export function parseDirectoryParams(params: URLSearchParams): DirectoryView {
  const problems: string[] = [];

  const kinds = readSlugs(params, 'kind', kindBySlug, 'a kind of organisation', problems);
  const trustTypes = readSlugs(params, 'type', trustTypeBySlug, 'a type of trust', problems);

  const closed = text(params, 'closed');
  if (closed !== '' && closed !== INCLUDE_CLOSED) {
    problems.push(`${quoted(closed)} is not a choice for closed organisations. Use ${INCLUDE_CLOSED}.`);
  }

  const sortText = text(params, 'sort') || 'name';
  const sort = Object.hasOwn(sortOptions, sortText) ? (sortText as DirectorySort) : 'name';
  if (sort !== sortText) {
    problems.push(`${quoted(sortText)} is not a sort order. Use ${Object.keys(sortOptions).join(', ')}.`);
  }

  return {
    filters: {
      search: text(params, 'q').replace(/\s+/g, ' '),
      kinds,
      trustTypes,
      regionCode: text(params, 'region').toUpperCase(),
      icbCode: text(params, 'icb').toUpperCase(),
      includeClosed: closed === INCLUDE_CLOSED,
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

  const variables: DirectoryVariables = { filter, orderBy: sortOptions[filters.sort].order };
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
  if (page.first != null) params.set('first', String(page.first));
  if (page.last != null) params.set('last', String(page.last));
  if (page.after) params.set('after', page.after);
  if (page.before) params.set('before', page.before);
  return params;
}

/** The page size a view asked for, when it is not the default; kept as filters change. */
function chosenSize(page: DirectoryPage): number | null {
  const size = page.first ?? page.last;
  return size != null && size !== PAGE_SIZE ? size : null;
}

/**
 * The address after new filters are applied: back to the first page (a cursor belongs to one
 * filter and order), keeping a page size the view asked for.
 */
export function applyFilters(view: Pick<DirectoryView, 'page'>, filters: DirectoryFilters): URLSearchParams {
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
  view: Pick<DirectoryView, 'filters' | 'page'>,
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
  const params = new URLSearchParams();
  for (const [name, value] of form) if (typeof value === 'string') params.append(name, value);
  return parseDirectoryParams(params).filters;
}
