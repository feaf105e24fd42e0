import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { RequestProblem } from '../graphql/describe-error';
import { LoadProblem } from '../ui/load-problem';
import { Pagination } from '../ui/pagination';
import { quoted } from './address';
import { pageTurn } from './use-list-address';

/**
 * Why a list is not shown: its address asks for something it cannot do ("“robots” is not a product
 * category…"), with a way to start again; or the service failed, with a way to try again.
 */
export function ListProblem({
  problem,
  what,
  onRetry,
  listPath,
  startAgain,
}: {
  problem: RequestProblem;
  /** What could not be loaded: "The list of suppliers". */
  what: string;
  onRetry: () => void;
  /** The list with nothing chosen, and the words of the link to it: "see every supplier". */
  listPath: string;
  startAgain: string;
}) {
  return (
    <LoadProblem problem={problem} what={what} onRetry={onRetry}>
      <p>
        If you changed the address of this page, check it, or <Link to={listPath}>{startAgain}</Link>.
      </p>
    </LoadProblem>
  );
}

/** The problem of a list page: its address's problems first, then the request's. */
export function listProblem(addressProblems: readonly string[], requestProblem: RequestProblem | null) {
  return addressProblems.length > 0
    ? ({ kind: 'bad-input', messages: [...addressProblems] } satisfies RequestProblem)
    : requestProblem;
}

/**
 * A list's results: the count line (a status, which takes focus after a page turn) and what follows
 * it, marked busy while the next page loads.
 */
export function ListResults({
  busy,
  count,
  statusRef,
  children,
}: {
  busy: boolean;
  count: string;
  statusRef: Ref<HTMLParagraphElement>;
  children: ReactNode;
}) {
  return (
    <div aria-busy={busy}>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status" tabIndex={-1} ref={statusRef}>
        {count}
      </p>
      {children}
    </div>
  );
}

/** What a list's pagination needs of its connection's page: every list query spreads it. */
export const ListPagination_pageInfo = graphql(`
  fragment ListPagination_pageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

/** Previous and next links of a list (query strings from `pageLinks`); the new page's count takes focus. */
export function ListPagination({ links }: { links: { previous: string | null; next: string | null } }) {
  return (
    <Pagination
      previous={links.previous != null ? { search: links.previous } : null}
      next={links.next != null ? { search: links.next } : null}
      state={pageTurn}
    />
  );
}

/**
 * Said when nothing matches: "No suppliers match “zzz”" (or "…match these filters" without a
 * search), then the ways to widen the search (`children`, list items).
 */
export function NothingMatches({
  plural,
  search,
  filtered = 'these filters',
  children,
}: {
  /** What the list holds: "suppliers". */
  plural: string;
  search: string;
  /** What narrows the list when there is no search: "this filter". */
  filtered?: string;
  children: ReactNode;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">
        {search ? `No ${plural} match ${quoted(search)}` : `No ${plural} match ${filtered}`}
      </h2>
      <p>You could:</p>
      <ul>{children}</ul>
    </>
  );
}

/** Said when a cursor points past either end of a list that has items (or a page size of 0 was asked). */
export function NothingOnThisPage({ plural, firstPage }: { plural: string; firstPage: string }) {
  return (
    <p>
      There are no {plural} on this page. <Link to={{ search: firstPage }}>Go to the first page</Link>.
    </p>
  );
}
