import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import type { ListLinkState } from './address';

/** Router state of the pagination links: the new page moves focus to the result count. */
export type PageTurnState = { focus: 'results' };
export const pageTurn: PageTurnState = { focus: 'results' };
const isPageTurn = (state: unknown): state is PageTurnState =>
  typeof state === 'object' && state !== null && (state as PageTurnState).focus === 'results';

/** Router state of a navigation made by submitting a list's filter form. */
type FilterSubmitState = { from: 'filters' };
const isFilterSubmit = (state: unknown): state is FilterSubmitState =>
  typeof state === 'object' && state !== null && (state as FilterSubmitState).from === 'filters';

/**
 * What a list page needs from its address:
 * - `formKey` changes when the address changes from outside the filter form (back and forward,
 *   links), so the form's fields show the address again, but not after the form's own submission,
 *   so focus stays in the search box or on the button;
 * - `applyFilters` goes to a new address from the form;
 * - `statusRef` for the result count, which takes focus after a page turn.
 */
export function useListAddress() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const search = searchParams.toString();
  const fromForm = navigationType !== 'POP' && isFilterSubmit(location.state);

  const [seen, setSeen] = useState({ search, key: 0 });
  let formKey = seen.key;
  if (seen.search !== search) {
    formKey = fromForm ? seen.key : seen.key + 1;
    setSeen({ search, key: formKey });
  }

  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isPageTurn(location.state)) statusRef.current?.focus();
  }, [location.key, location.state]);

  const submitted: FilterSubmitState = { from: 'filters' };
  return {
    searchParams,
    formKey,
    statusRef,
    /** Router state for links to the list's items, so their back links return to this view. */
    linkState: { listSearch: location.search } satisfies ListLinkState,
    applyFilters: (params: URLSearchParams) => setSearchParams(params, { state: submitted }),
  };
}
