/** Router state of links from a list, so the page's back link returns to the same search. */
export type ListLinkState = { listSearch: string };

/** The list to go back to: the one the person came from (its query string only), or the plain list. */
export function backToList(state: unknown, listPath: string): string {
  const search = (state as Partial<ListLinkState> | null)?.listSearch;
  // Only a query string is taken from history state: never a path to somewhere else.
  return typeof search === 'string' && (search === '' || search.startsWith('?'))
    ? `${listPath}${search}`
    : listPath;
}
