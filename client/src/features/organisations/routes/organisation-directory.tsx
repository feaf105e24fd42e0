import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { OrganisationDirectoryQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { describeError, retry, type RequestProblem } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Pagination } from '../../../shared/ui/pagination';
import { OrganisationFilters } from '../components/organisation-filters';
import { OrganisationTable } from '../components/organisation-table';
import {
  applyFilters,
  filtersFromForm,
  pageLinks,
  parseDirectoryParams,
  toQueryVariables,
  type DirectoryView,
} from '../directory-params';
import type { OrganisationLinkState } from './organisation-page';

const DIRECTORY_QUERY = graphql(`
  query OrganisationDirectory(
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    organisations(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      ...OrganisationTable_organisations
    }
    regions {
      code
      ...OrganisationFilters_regions
    }
    icbs {
      code
      ...OrganisationFilters_icbs
    }
  }
`);

/** Router state of the pagination links: the new page moves focus to the result count. */
type PageTurnState = { focus: 'results' };
const isPageTurn = (state: unknown): state is PageTurnState =>
  typeof state === 'object' && state !== null && (state as PageTurnState).focus === 'results';

/** Router state of a navigation made by submitting the filter form. */
type FilterSubmitState = { from: 'filters' };
const isFilterSubmit = (state: unknown): state is FilterSubmitState =>
  typeof state === 'object' && state !== null && (state as FilterSubmitState).from === 'filters';

/**
 * A key for the filter form that changes when the address changes from outside the form (back and
 * forward, links), so its fields show the address again; but not after the form's own submission,
 * whose fields already match, so focus stays in the search box or on the button.
 */
function useFilterFormKey(search: string, fromForm: boolean): number {
  const [seen, setSeen] = useState({ search, key: 0 });
  if (seen.search === search) return seen.key;
  const next = { search, key: fromForm ? seen.key : seen.key + 1 };
  setSeen(next);
  return next.key;
}

/** `/organisations`: search, filter, sort and page through every organisation, all in the address. */
export function OrganisationDirectory() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const formKey = useFilterFormKey(
    searchParams.toString(),
    navigationType !== 'POP' && isFilterSubmit(location.state),
  );
  const view = useMemo(() => parseDirectoryParams(searchParams), [searchParams]);
  const variables = useMemo(() => toQueryVariables(view), [view]);

  const { data, previousData, loading, error, refetch } = useQuery(
    DIRECTORY_QUERY,
    // An address the directory cannot read is explained, not half-obeyed.
    view.problems.length > 0 ? skipToken : { variables },
  );

  const problem: RequestProblem | null =
    view.problems.length > 0
      ? { kind: 'bad-input', messages: view.problems }
      : error
        ? describeError(error)
        : null;
  usePageTitle('Organisations', { error: problem !== null });

  // While the next page loads, the last table stays on screen (marked busy) instead of flickering
  // away; its count, links and empty state belong to the old address, so only the rows are kept.
  const stale = problem !== null || data !== undefined ? undefined : previousData;
  const lists = data ?? previousData;

  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isPageTurn(location.state)) status.current?.focus();
  }, [location.key, location.state]);

  const linkState: OrganisationLinkState = { directorySearch: location.search };

  return (
    <>
      {problem && <Problem problem={problem} onRetry={() => retry(refetch)} />}

      <h1>Organisations</h1>
      <p className="nhsuk-lede-text">
        NHS trusts, integrated care boards and the central bodies that publish framework deals.
      </p>

      <OrganisationFilters
        key={formKey}
        filters={view.filters}
        regions={lists?.regions ?? []}
        icbs={lists?.icbs ?? []}
        onSubmit={(form) => {
          const submitted: FilterSubmitState = { from: 'filters' };
          setSearchParams(applyFilters(view, filtersFromForm(form)), { state: submitted });
        }}
      />

      {!problem && (
        <div aria-busy={loading}>
          <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status" tabIndex={-1} ref={status}>
            {data ? countLine(data.organisations.totalCount, view.filters.search) : 'Loading organisations…'}
          </p>
          {data && <Results view={view} data={data} linkState={linkState} />}
          {stale && stale.organisations.edges.length > 0 && (
            <OrganisationTable caption="Organisations" organisations={stale.organisations} />
          )}
        </div>
      )}
    </>
  );
}

function Results({
  view,
  data,
  linkState,
}: {
  view: DirectoryView;
  data: OrganisationDirectoryQuery;
  linkState: OrganisationLinkState;
}) {
  const { organisations } = data;
  if (organisations.totalCount === 0) return <NoMatches view={view} />;
  if (organisations.edges.length === 0) {
    // A cursor at either end of the list, or a page size of 0: the list has items, this page none.
    return (
      <p>
        There are no organisations on this page.{' '}
        <Link to={{ search: applyFilters(view, view.filters).toString() }}>Go to the first page</Link>.
      </p>
    );
  }
  const links = pageLinks(view, organisations.pageInfo);
  const pageTurn: PageTurnState = { focus: 'results' };
  return (
    <>
      <OrganisationTable
        caption={countLine(organisations.totalCount, view.filters.search)}
        organisations={organisations}
        linkState={linkState}
      />
      <Pagination
        previous={links.previous && { search: links.previous.toString() }}
        next={links.next && { search: links.next.toString() }}
        state={pageTurn}
      />
    </>
  );
}

function countLine(total: number, search: string): string {
  const count = formatCount(total, 'organisation');
  return search ? `${count} ${total === 1 ? 'matches' : 'match'} “${search}”` : count;
}

function NoMatches({ view }: { view: DirectoryView }) {
  const { filters } = view;
  const narrowed =
    filters.kinds.length > 0 ||
    filters.trustTypes.length > 0 ||
    filters.regionCode !== '' ||
    filters.icbCode !== '';
  const widened = { ...filters, kinds: [], trustTypes: [], regionCode: '', icbCode: '' };
  return (
    <>
      <h2 className="nhsuk-heading-m">
        {filters.search
          ? `No organisations match “${filters.search}”`
          : 'No organisations match these filters'}
      </h2>
      <p>You could:</p>
      <ul>
        {filters.search && <li>check the spelling, or search for fewer words</li>}
        {filters.search && (
          <li>type the start of a word (royal finds Royal Free), or an ODS code such as RAL</li>
        )}
        {!filters.includeClosed && (
          <li>include closed organisations, which are hidden unless you ask for them</li>
        )}
        {narrowed && (
          <li>
            <Link to={{ search: applyFilters(view, widened).toString() }}>
              remove the kind, type, region and ICB filters
            </Link>
          </li>
        )}
      </ul>
    </>
  );
}

function Problem({ problem, onRetry }: { problem: RequestProblem; onRetry: () => void }) {
  if (problem.kind === 'bad-input') {
    return (
      <ErrorSummary errors={problem.messages.map((text) => ({ text }))}>
        <p>
          If you changed the address of this page, check it, or{' '}
          <Link to="/organisations">start a new search</Link>.
        </p>
      </ErrorSummary>
    );
  }
  return (
    <ErrorSummary title="Sorry, there is a problem with the service" errors={[]}>
      <p>The list of organisations could not be loaded. Try again later.</p>
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        type="button"
        onClick={onRetry}
      >
        Try again
      </button>
    </ErrorSummary>
  );
}
