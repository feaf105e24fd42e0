import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { FrameworkCatalogueQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { describeError, retry, type RequestProblem } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Pagination } from '../../../shared/ui/pagination';
import {
  applyFilters,
  defaultFilters,
  filtersFromForm,
  pageLinks,
  parseCatalogueParams,
  shownStatuses,
  toQueryVariables,
  type CatalogueView,
} from '../catalogue-params';
import { FrameworkFilters } from '../components/framework-filters';
import { FrameworkTable } from '../components/framework-table';
import type { FrameworkLinkState } from './framework-page';

const CATALOGUE_QUERY = graphql(`
  query FrameworkCatalogue(
    $filter: FrameworkFilter
    $orderBy: FrameworkOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    frameworks(
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
      ...FrameworkTable_frameworks
    }
    centralBodies: organisations(filter: { kinds: [CENTRAL_BODY] }, first: 100) {
      edges {
        node {
          id
          ...FrameworkFilters_owners
        }
      }
    }
    me {
      activeMembership {
        id
        role
      }
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

/**
 * Whether the viewer works for a central body, which may create frameworks.
 * A guess from the role until the server offers `viewerCanCreateFrameworks`.
 */
function isCentralCommercial(data: FrameworkCatalogueQuery | undefined): boolean {
  return data?.me?.activeMembership?.role === 'CENTRAL_COMMERCIAL';
}

/** `/frameworks`: the framework catalogue, searched, filtered, sorted and paged, all in the address. */
export function FrameworkCatalogue() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const formKey = useFilterFormKey(
    searchParams.toString(),
    navigationType !== 'POP' && isFilterSubmit(location.state),
  );
  const view = useMemo(() => parseCatalogueParams(searchParams), [searchParams]);
  const variables = useMemo(() => toQueryVariables(view), [view]);

  const { data, previousData, loading, error, refetch } = useQuery(
    CATALOGUE_QUERY,
    // An address the catalogue cannot read is explained, not half-obeyed.
    view.problems.length > 0 ? skipToken : { variables },
  );

  const problem: RequestProblem | null =
    view.problems.length > 0
      ? { kind: 'bad-input', messages: view.problems }
      : error
        ? describeError(error)
        : null;
  usePageTitle('Frameworks', { error: problem !== null });

  // While the next page loads, the last table stays on screen (marked busy) instead of flickering
  // away; its count, links and empty state belong to the old address, so only the rows are kept.
  const stale = problem !== null || data !== undefined ? undefined : previousData;
  const latest = data ?? previousData;
  const central = isCentralCommercial(latest);

  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isPageTurn(location.state)) status.current?.focus();
  }, [location.key, location.state]);

  const linkState: FrameworkLinkState = { catalogueSearch: location.search };

  return (
    <>
      {problem && <Problem problem={problem} onRetry={() => retry(refetch)} />}

      <h1>Frameworks</h1>
      <p className="nhsuk-lede-text">
        Framework agreements that central NHS bodies negotiated for the whole NHS: their lots, approved
        suppliers and ceiling prices.
      </p>

      {central && (
        <Link className="nhsuk-button" to="/frameworks/new" role="button" draggable="false">
          Create a framework
        </Link>
      )}

      <FrameworkFilters
        key={formKey}
        filters={view.filters}
        owners={latest?.centralBodies.edges.map((edge) => edge.node) ?? []}
        offerDrafts={central}
        onSubmit={(form) => {
          const submitted: FilterSubmitState = { from: 'filters' };
          setSearchParams(applyFilters(view, filtersFromForm(form)), { state: submitted });
        }}
      />

      {!problem && (
        <div aria-busy={loading}>
          <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status" tabIndex={-1} ref={status}>
            {data ? countLine(data.frameworks.totalCount, view) : 'Loading frameworks…'}
          </p>
          {data && <Results view={view} data={data} linkState={linkState} />}
          {stale && stale.frameworks.edges.length > 0 && (
            <FrameworkTable caption="Frameworks" frameworks={stale.frameworks} />
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
  view: CatalogueView;
  data: FrameworkCatalogueQuery;
  linkState: FrameworkLinkState;
}) {
  const { frameworks } = data;
  if (frameworks.totalCount === 0) return <NoMatches view={view} />;
  if (frameworks.edges.length === 0) {
    // A cursor at either end of the list, or a page size of 0: the list has items, this page none.
    return (
      <p>
        There are no frameworks on this page.{' '}
        <Link to={{ search: applyFilters(view, view.filters).toString() }}>Go to the first page</Link>.
      </p>
    );
  }
  const links = pageLinks(view, frameworks.pageInfo);
  const pageTurn: PageTurnState = { focus: 'results' };
  return (
    <>
      <FrameworkTable
        caption={countLine(frameworks.totalCount, view)}
        frameworks={frameworks}
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

/** "7 published frameworks", "2 published or expired frameworks match “cloud”". */
export function countLine(total: number, view: Pick<CatalogueView, 'filters'>): string {
  const statuses = shownStatuses(view.filters).map((status) => frameworkStatusLabels[status].toLowerCase());
  const which =
    statuses.length > 1 ? `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}` : (statuses[0] ?? '');
  const count = formatCount(total, `${which} framework`, `${which} frameworks`);
  const search = view.filters.search;
  return search ? `${count} ${total === 1 ? 'matches' : 'match'} “${search}”` : count;
}

function NoMatches({ view }: { view: CatalogueView }) {
  const { filters } = view;
  const narrowed = filters.categories.length > 0 || filters.ownerOdsCode !== '';
  const onlyPublished = filters.statuses.length === 0;
  const widened = { ...filters, categories: [], ownerOdsCode: '' };
  return (
    <>
      <h2 className="nhsuk-heading-m">
        {filters.search ? `No frameworks match “${filters.search}”` : 'No frameworks match these filters'}
      </h2>
      <p>You could:</p>
      <ul>
        {filters.search && <li>check the spelling, or search for fewer words</li>}
        {filters.search && <li>search for part of a reference, such as CDX-2026</li>}
        {onlyPublished && (
          <li>
            <Link
              to={{
                search: applyFilters(view, {
                  ...filters,
                  statuses: ['PUBLISHED', 'EXPIRED', 'WITHDRAWN'],
                }).toString(),
              }}
            >
              include expired and withdrawn frameworks
            </Link>
          </li>
        )}
        {narrowed && (
          <li>
            <Link to={{ search: applyFilters(view, widened).toString() }}>
              remove the category and owner filters
            </Link>
          </li>
        )}
        {!filters.search && !narrowed && !onlyPublished && (
          <li>
            <Link to={{ search: applyFilters(view, defaultFilters).toString() }}>
              see all published frameworks
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
          <Link to="/frameworks">start a new search</Link>.
        </p>
      </ErrorSummary>
    );
  }
  return (
    <ErrorSummary title="Sorry, there is a problem with the service" errors={[]}>
      <p>The list of frameworks could not be loaded. Try again later.</p>
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
