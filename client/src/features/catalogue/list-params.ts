// Helpers the catalogue's lists share (suppliers, products, standards). Each list keeps its whole
// view in the address, as the organisation directory does: filters as readable slugs, and the page
// as an opaque cursor (`after` forwards, `before` backwards). Defaults are left out.

export type CursorPage = { after: string | null; before: string | null };

export const firstPage: CursorPage = { after: null, before: null };

export type PageInfoLike = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

/** The cursor in the address, if any. */
export function readCursor(params: URLSearchParams): CursorPage {
  return { after: params.get('after') || null, before: params.get('before') || null };
}

/** The connection arguments of a page: forwards from `after`, or the page that ends before `before`. */
export function cursorVariables(
  page: CursorPage,
  size: number,
): { first: number; after?: string } | { last: number; before: string } {
  if (page.before && !page.after) return { last: size, before: page.before };
  return page.after ? { first: size, after: page.after } : { first: size };
}

/** Writes a cursor into an address that already holds the filters. */
export function withCursor(params: URLSearchParams, page: CursorPage): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page.after) next.set('after', page.after);
  if (page.before) next.set('before', page.before);
  return next;
}

/** Addresses of the previous and next pages (the same filters, a new cursor), or null where there is none. */
export function pageLinks(
  filters: URLSearchParams,
  pageInfo: PageInfoLike,
): { previous: string | null; next: string | null } {
  return {
    previous:
      pageInfo.hasPreviousPage && pageInfo.startCursor
        ? withCursor(filters, { after: null, before: pageInfo.startCursor }).toString()
        : null,
    next:
      pageInfo.hasNextPage && pageInfo.endCursor
        ? withCursor(filters, { after: pageInfo.endCursor, before: null }).toString()
        : null,
  };
}

/** The search text of an address or a form: trimmed, with runs of spaces made one. */
export const readSearch = (params: URLSearchParams, name = 'q'): string =>
  (params.get(name) ?? '').trim().replace(/\s+/g, ' ');

export const quoted = (value: string) => `“${value}”`;

/** Maps each value to its slug and back. */
export function invert<T extends string>(slugs: Record<T, string>): Map<string, T> {
  return new Map(Object.entries<string>(slugs).map(([value, slug]) => [slug, value as T]));
}

/**
 * Repeatable slugs (`category=epr&category=pas`) as values, once each, in the slugs' own order (so the
 * same choice gives the same variables and one cache entry). Unknown slugs become `problems`.
 */
export function readSlugs<T extends string>(
  params: URLSearchParams,
  name: string,
  slugs: Record<T, string>,
  what: string,
  problems: string[],
): T[] {
  const bySlug = invert(slugs);
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
