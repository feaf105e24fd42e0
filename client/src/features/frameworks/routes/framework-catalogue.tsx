import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { FrameworkCatalogueQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { countLine as sharedCountLine, type ListLinkState } from '../../../shared/list/address';
import {
  NothingMatches,
  NothingOnThisPage,
  ListPagination,
  ListProblem,
  ListResults,
} from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
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
import { ButtonLink } from '../../../shared/ui/button-link';

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
        ...ListPagination_pageInfo
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
  }
`);

/** `/frameworks`: the framework catalogue, searched, filtered, sorted and paged, all in the address. */
export function FrameworkCatalogue() {
  const list = useListPage({
    title: 'Frameworks',
    query: CATALOGUE_QUERY,
    parse: parseCatalogueParams,
    variables: toQueryVariables,
  });
  const { view, data, previousData, loading, problem, formKey, statusRef, linkState } = list;

  // While the next page loads, the last table stays on screen (marked busy) instead of flickering
  // away; its count, links and empty state belong to the old address, so only the rows are kept.
  const stale = problem !== null || data !== undefined ? undefined : previousData;
  const latest = data ?? previousData;
  // Those who may create frameworks are the central teams that can see drafts.
  const creator = viewerCan(useViewer(), 'viewerCanCreateFrameworks');

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The list of frameworks"
          onRetry={list.retry}
          listPath="/frameworks"
          startAgain="start a new search"
        />
      )}

      <h1>Frameworks</h1>
      <p className="nhsuk-lede-text">
        Framework agreements that central NHS bodies negotiated for the whole NHS: their lots, approved
        suppliers and ceiling prices.
      </p>

      {creator && <ButtonLink to="/frameworks/new">Create a framework</ButtonLink>}

      <FrameworkFilters
        key={formKey}
        filters={view.filters}
        owners={latest?.centralBodies.edges.map((edge) => edge.node) ?? []}
        offerDrafts={creator}
        onSubmit={(form) => list.applyFilters(applyFilters(view, filtersFromForm(form)))}
      />

      {!problem && (
        <ListResults
          busy={loading}
          count={data ? countLine(data.frameworks.totalCount, view) : 'Loading frameworks…'}
          statusRef={statusRef}
        >
          {data && <Results view={view} data={data} linkState={linkState} />}
          {stale && stale.frameworks.edges.length > 0 && (
            <FrameworkTable caption="Frameworks" frameworks={stale.frameworks} />
          )}
        </ListResults>
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
  linkState: ListLinkState;
}) {
  const { frameworks } = data;
  if (frameworks.totalCount === 0) return <NoMatches view={view} />;
  if (frameworks.edges.length === 0) {
    // A cursor at either end of the list, or a page size of 0: the list has items, this page none.
    return <NothingOnThisPage plural="frameworks" firstPage={applyFilters(view, view.filters).toString()} />;
  }
  const links = pageLinks(view, frameworks.pageInfo);
  return (
    <>
      <FrameworkTable
        caption={countLine(frameworks.totalCount, view)}
        frameworks={frameworks}
        linkState={linkState}
      />
      <ListPagination links={links} />
    </>
  );
}

/** "7 published frameworks", "2 published or expired frameworks match “cloud”". */
export function countLine(total: number, view: Pick<CatalogueView, 'filters'>): string {
  const statuses = shownStatuses(view.filters).map((status) => frameworkStatusLabels[status].toLowerCase());
  const which =
    statuses.length > 1 ? `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}` : (statuses[0] ?? '');
  return sharedCountLine(
    formatCount(total, `${which} framework`, `${which} frameworks`),
    total,
    view.filters.search,
  );
}

function NoMatches({ view }: { view: CatalogueView }) {
  const { filters } = view;
  const narrowed = filters.categories.length > 0 || filters.ownerOdsCode !== '';
  const onlyPublished = filters.statuses.length === 0;
  const widened = { ...filters, categories: [], ownerOdsCode: '' };
  return (
    <NothingMatches plural="frameworks" search={filters.search}>
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
    </NothingMatches>
  );
}
