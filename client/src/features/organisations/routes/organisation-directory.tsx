import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { OrganisationDirectoryQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { countLine, type ListLinkState } from '../../../shared/list/address';
import {
  NothingMatches,
  NothingOnThisPage,
  ListPagination,
  ListProblem,
  ListResults,
} from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
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
        ...ListPagination_pageInfo
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

/** `/organisations`: search, filter, sort and page through every organisation, all in the address. */
export function OrganisationDirectory() {
  const list = useListPage({
    title: 'Organisations',
    query: DIRECTORY_QUERY,
    parse: parseDirectoryParams,
    variables: toQueryVariables,
  });
  const { view, data, previousData, loading, problem, formKey, statusRef, linkState } = list;

  // While the next page loads, the last table stays on screen (marked busy) instead of flickering
  // away; its count, links and empty state belong to the old address, so only the rows are kept.
  const stale = problem !== null || data !== undefined ? undefined : previousData;
  const lists = data ?? previousData;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The list of organisations"
          onRetry={list.retry}
          listPath="/organisations"
          startAgain="start a new search"
        />
      )}

      <h1>Organisations</h1>
      <p className="nhsuk-lede-text">
        NHS trusts, integrated care boards and the central bodies that publish framework deals.
      </p>

      <OrganisationFilters
        key={formKey}
        filters={view.filters}
        regions={lists?.regions ?? []}
        icbs={lists?.icbs ?? []}
        onSubmit={(form) => list.applyFilters(applyFilters(view, filtersFromForm(form)))}
      />

      {!problem && (
        <ListResults
          busy={loading}
          count={
            data
              ? organisationCount(data.organisations.totalCount, view.filters.search)
              : 'Loading organisations…'
          }
          statusRef={statusRef}
        >
          {data && <Results view={view} data={data} linkState={linkState} />}
          {stale && stale.organisations.edges.length > 0 && (
            <OrganisationTable caption="Organisations" organisations={stale.organisations} />
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
  view: DirectoryView;
  data: OrganisationDirectoryQuery;
  linkState: ListLinkState;
}) {
  const { organisations } = data;
  if (organisations.totalCount === 0) return <NoMatches view={view} />;
  if (organisations.edges.length === 0) {
    // A cursor at either end of the list, or a page size of 0: the list has items, this page none.
    return (
      <NothingOnThisPage plural="organisations" firstPage={applyFilters(view, view.filters).toString()} />
    );
  }
  const links = pageLinks(view, organisations.pageInfo);
  return (
    <>
      <OrganisationTable
        caption={organisationCount(organisations.totalCount, view.filters.search)}
        organisations={organisations}
        linkState={linkState}
      />
      <ListPagination links={links} />
    </>
  );
}

function organisationCount(total: number, search: string): string {
  return countLine(formatCount(total, 'organisation'), total, search);
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
    <NothingMatches plural="organisations" search={filters.search}>
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
    </NothingMatches>
  );
}
