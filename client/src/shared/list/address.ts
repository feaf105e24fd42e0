// The common core of a list page's address. Each list keeps its whole view there, so a view can be
// bookmarked and shared: its own filters as readable slugs (not GraphQL enum names), the search as
// `q`, and the page as an opaque cursor (`after` forwards, `before` backwards), with a page size
// (`first` / `last`) where the list lets the address choose one. Defaults are left out. Reading
// never throws: what a list cannot use becomes a `problem`, in words for the person reading.

import { readDate } from '../forms/dates';

export const quoted = (value: string) => `“${value}”`;

/** A value of the address, trimmed; '' when missing. */
export const readText = (params: URLSearchParams, name: string): string => params.get(name)?.trim() ?? '';

/** The search text of an address or a form: trimmed, with runs of spaces made one. */
export const readSearch = (params: URLSearchParams, name = 'q'): string =>
  readText(params, name).replace(/\s+/g, ' ');

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date in the address (`ending-after=2027-03-31`), or '' with a problem when it is not one. */
export function readDay(params: URLSearchParams, name: string, problems: string[]): string {
  const text = readText(params, name);
  if (!text) return '';
  const match = isoDate.exec(text);
  const reading = match
    ? readDate({ year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' }, 'x')
    : null;
  if (reading?.kind === 'date') return reading.iso;
  problems.push(`${quoted(text)} (${name}) is not a date. Write dates like 2027-03-31.`);
  return '';
}

/**
 * Repeatable slugs (`category=epr&category=pas`) as values, once each, in the slugs' own order (so
 * the same choice gives the same variables and one cache entry). Slugs are read in any case; unknown
 * ones become `problems`, naming the ones that are known.
 */
export function readSlugs<T extends string>(
  params: URLSearchParams,
  name: string,
  slugs: Record<T, string>,
  what: string,
  problems: string[],
): T[] {
  const bySlug = new Map(Object.entries<string>(slugs).map(([value, slug]) => [slug, value as T]));
  const values = new Set<T>();
  for (const raw of params.getAll(name)) {
    const slug = raw.trim().toLowerCase();
    if (slug === '') continue;
    const value = bySlug.get(slug);
    if (value) values.add(value);
    else problems.push(`${quoted(raw)} is not ${what}. Use ${[...bySlug.keys()].join(', ')}.`);
  }
  const order = [...bySlug.values()];
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Writes repeatable slugs (`category=epr&category=pas`) for values, in the values' order. */
export function writeSlugs<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  slugs: Record<T, string>,
): void {
  for (const value of values) params.append(name, slugs[value]);
}

/** A sort order from the address (`sort=name-desc`), or `fallback` with a problem when it is not one of `sorts`. */
export function readSort<S extends string>(
  params: URLSearchParams,
  sorts: Record<S, unknown>,
  fallback: S,
  problems: string[],
): S {
  const text = readText(params, 'sort') || fallback;
  if (Object.hasOwn(sorts, text)) return text as S;
  problems.push(`${quoted(text)} is not a sort order. Use ${Object.keys(sorts).join(', ')}.`);
  return fallback;
}

/**
 * Which page of the list: a cursor, and the page size the address chose, if it may choose one
 * (null: the list's own size).
 */
export type ListPage = {
  first: number | null;
  last: number | null;
  after: string | null;
  before: string | null;
};

export const firstPage: ListPage = { first: null, last: null, after: null, before: null };

function readSize(params: URLSearchParams, name: 'first' | 'last', problems: string[]): number | null {
  const raw = readText(params, name);
  if (!raw) return null;
  // Only whole numbers are passed on; the server owns the allowed range and says so when it is wrong.
  if (!/^-?\d+$/.test(raw)) {
    problems.push(`The page size ${quoted(raw)} (${name}) is not a whole number.`);
    return null;
  }
  return Number(raw);
}

/** The page in the address: its cursors, and its page size when `sizes` lets the address choose one. */
export function readPage(params: URLSearchParams, problems: string[], { sizes = false } = {}): ListPage {
  return {
    first: sizes ? readSize(params, 'first', problems) : null,
    last: sizes ? readSize(params, 'last', problems) : null,
    after: params.get('after') || null,
    before: params.get('before') || null,
  };
}

export type PageVariables = { first?: number; last?: number; after?: string; before?: string };

/**
 * The connection arguments of a page: forwards from `after`, or the page that ends just before
 * `before`, `size` items long. Sizes given in the address go as they are, so the server can refuse a
 * bad one and say why.
 */
export function pageVariables(page: ListPage, size: number): PageVariables {
  const variables: PageVariables = {};
  if (page.first != null || page.last != null) {
    if (page.first != null) variables.first = page.first;
    if (page.last != null) variables.last = page.last;
  } else if (page.before != null && page.after == null) {
    variables.last = size;
  } else {
    variables.first = size;
  }
  if (page.after != null) variables.after = page.after;
  if (page.before != null) variables.before = page.before;
  return variables;
}

/** Writes a page into an address that holds the filters (after them). */
export function withPage(filters: URLSearchParams, page: Partial<ListPage> = {}): URLSearchParams {
  const params = new URLSearchParams(filters);
  if (page.first != null) params.set('first', String(page.first));
  if (page.last != null) params.set('last', String(page.last));
  if (page.after) params.set('after', page.after);
  if (page.before) params.set('before', page.before);
  return params;
}

/** The page size a view asked for, when it is not the list's own; kept as filters change. */
export function chosenSize(page: ListPage, size: number): number | null {
  const chosen = page.first ?? page.last;
  return chosen != null && chosen !== size ? chosen : null;
}

export type PageInfoLike = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

/**
 * Addresses (query strings) of the previous and next pages: the same filters, a new cursor, and a
 * chosen page size carried in the direction of travel; null where there is no page.
 */
export function pageLinks(
  filters: URLSearchParams,
  pageInfo: PageInfoLike,
  size: number | null = null,
): { previous: string | null; next: string | null } {
  return {
    previous:
      pageInfo.hasPreviousPage && pageInfo.startCursor
        ? withPage(filters, { before: pageInfo.startCursor, last: size }).toString()
        : null,
    next:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? withPage(filters, { after: pageInfo.endCursor, first: size }).toString()
        : null,
  };
}

/** The fields of a submitted filter form as an address (the form uses the address's names). */
export function formToParams(form: FormData): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of form) if (typeof value === 'string') params.append(name, value);
  return params;
}

/** A count line: "400 products", or "3 products match “cirrus”". */
export function countLine(count: string, total: number, search: string): string {
  return search ? `${count} ${total === 1 ? 'matches' : 'match'} ${quoted(search)}` : count;
}

/** Router state of links from a list to its items, so an item's back link returns to the same view. */
export type ListLinkState = { listSearch: string };

/** The list to go back to: the one the person came from (its query string only), or the plain list. */
export function backToList(state: unknown, listPath: string): string {
  const search = (state as Partial<ListLinkState> | null)?.listSearch;
  // Only a query string is taken from history state: never a path to somewhere else.
  return typeof search === 'string' && (search === '' || search.startsWith('?'))
    ? `${listPath}${search}`
    : listPath;
}

/**
 * For a list whose address may choose its page size (`first` / `last`): new filters go back to the
 * first page (a cursor belongs to one filter and order) keeping the size the view asked for, and the
 * links to the pages either side carry it.
 */
export function sizedList<F>(
  toParams: (filters: F, page?: Partial<ListPage>) => URLSearchParams,
  size: number,
) {
  return {
    applyFilters: (view: { page: ListPage }, filters: F) =>
      toParams(filters, { first: chosenSize(view.page, size) }),
    pageLinks: (view: { filters: F; page: ListPage }, pageInfo: PageInfoLike) =>
      pageLinks(toParams(view.filters), pageInfo, chosenSize(view.page, size)),
  };
}
