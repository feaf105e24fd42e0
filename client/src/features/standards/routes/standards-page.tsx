import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import {
  appliesToLabels,
  appliesToSlugs,
  standardCategoryLabels,
  standardCategoryOrder,
  standardCategorySlugs,
  standardStatusLabels,
  standardStatusOrder,
  standardStatusSlugs,
  type AppliesToChoice,
} from '../../../shared/labels/catalogue';
import { countLine, pageLinks } from '../../../shared/list/address';
import { NothingMatches, ListPagination, ListProblem, ListResults } from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
import { ListSearchForm, SlugCheckboxes } from '../../../shared/ui/filter-panel';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { StandardTables } from '../components/standard-table';
import {
  hasStandardFilters,
  noStandardFilters,
  parseStandardsParams,
  toStandardsParams,
  toStandardsVariables,
  type StandardsView,
} from '../standards-params';
import { ButtonLink } from '../../../shared/ui/button-link';

const STANDARDS_QUERY = graphql(`
  query StandardsPage($filter: StandardFilter, $first: Int, $after: String, $last: Int, $before: String) {
    standards(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      edges {
        node {
          id
          ...StandardTable_standards
        }
      }
    }
  }
`);

const appliesToChoices: AppliesToChoice[] = ['PRODUCT', 'ORGANISATION'];

/**
 * `/standards`: the standards catalogue, grouped by area; search, area, what they apply to and
 * status are all in the address.
 */
export function StandardsPage() {
  const list = useListPage({
    title: 'Standards',
    query: STANDARDS_QUERY,
    parse: parseStandardsParams,
    variables: toStandardsVariables,
  });
  const { view, data, loading, problem, formKey, statusRef, linkState } = list;
  const viewer = useViewer();

  const standards = list.shown?.standards;
  const count = data ? standardCount(data.standards.totalCount, view) : 'Loading standards…';
  const { filters } = view;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The standards catalogue"
          onRetry={list.retry}
          listPath="/standards"
          startAgain="see the whole catalogue"
        />
      )}
      <h1>Standards</h1>
      <p className="nhsuk-lede-text">
        The standards NHS buyers ask products and organisations to meet: clinical safety, interoperability,
        security, accessibility and more.
      </p>
      {viewerCan(viewer, 'viewerCanCurateCatalogue') && (
        <ButtonLink to="/standards/new">Add a standard</ButtonLink>
      )}

      <ListSearchForm
        key={formKey}
        label="Standards"
        search={{
          label: 'Search by code, name or publisher',
          hint: 'For example, DCB0129, FHIR or NHS England',
          value: filters.search,
        }}
        summary="Filter standards"
        open={hasStandardFilters(filters)}
        clearTo={{ search: toStandardsParams({ ...noStandardFilters, search: filters.search }).toString() }}
        onSubmit={(form) => list.submitForm(form, (submitted) => toStandardsParams(submitted.filters))}
      >
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <SlugCheckboxes
              name="category"
              legend="Area"
              order={standardCategoryOrder}
              slugs={standardCategorySlugs}
              labels={standardCategoryLabels}
              chosen={filters.categories}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <SlugCheckboxes
              name="applies"
              legend="Applies to"
              hint="Standards for both show under either"
              order={appliesToChoices}
              slugs={appliesToSlugs}
              labels={appliesToLabels}
              chosen={filters.appliesTo}
            />
            <SlugCheckboxes
              name="status"
              legend="Status"
              hint="In force and draft standards show when none is chosen"
              order={standardStatusOrder}
              slugs={standardStatusSlugs}
              labels={standardStatusLabels}
              chosen={filters.statuses}
            />
          </div>
        </div>
      </ListSearchForm>

      {!problem && (
        <ListResults busy={loading} count={count} statusRef={statusRef}>
          {data && data.standards.totalCount === 0 && <NoMatches view={view} />}
          {standards && standards.edges.length > 0 && (
            <>
              <StandardTables standards={standards.edges.map((edge) => edge.node)} linkState={linkState} />
              {data && (
                <ListPagination links={pageLinks(toStandardsParams(view.filters), data.standards.pageInfo)} />
              )}
            </>
          )}
        </ListResults>
      )}
    </>
  );
}

function standardCount(total: number, view: StandardsView): string {
  return countLine(formatCount(total, 'standard'), total, view.filters.search);
}

function NoMatches({ view }: { view: StandardsView }) {
  const { filters } = view;
  return (
    <NothingMatches plural="standards" search={filters.search}>
      {filters.search && <li>check the spelling, or search for part of the code, name or publisher</li>}
      {filters.statuses.length === 0 && (
        <li>
          <Link
            to={{
              search: toStandardsParams({ ...filters, statuses: [...standardStatusOrder] }).toString(),
            }}
          >
            include retired standards
          </Link>
        </li>
      )}
      {hasStandardFilters(filters) && (
        <li>
          <Link
            to={{ search: toStandardsParams({ ...noStandardFilters, search: filters.search }).toString() }}
          >
            remove the filters
          </Link>
        </li>
      )}
    </NothingMatches>
  );
}
