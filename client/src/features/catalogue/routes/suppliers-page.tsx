import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import { countLine, pageLinks } from '../../../shared/list/address';
import { NothingMatches, ListPagination, ListProblem, ListResults } from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
import { SearchInput } from '../../../shared/ui/search-input';
import { Select } from '../../../shared/ui/select';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { SupplierTable } from '../components/supplier-table';
import {
  parseSuppliersParams,
  smeChoiceLabels,
  toSuppliersParams,
  toSuppliersVariables,
  type SmeChoice,
  type SuppliersView,
} from '../suppliers-params';
import { ButtonLink } from '../../../shared/ui/button-link';

const SUPPLIERS_QUERY = graphql(`
  query SuppliersPage($filter: SupplierFilter, $first: Int, $after: String, $last: Int, $before: String) {
    suppliers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      ...SupplierTable_suppliers
    }
  }
`);

const SEARCH_MAX_LENGTH = 100;

/** `/suppliers`: every supplier, searchable by name or Companies House number, SMEs apart; all in the address. */
export function SuppliersPage() {
  const list = useListPage({
    title: 'Suppliers',
    query: SUPPLIERS_QUERY,
    parse: parseSuppliersParams,
    variables: toSuppliersVariables,
  });
  const { view, data, loading, problem, formKey, statusRef, linkState } = list;
  const viewer = useViewer();

  const suppliers = list.shown?.suppliers;
  const count = data ? supplierCount(data.suppliers.totalCount, view) : 'Loading suppliers…';

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The list of suppliers"
          onRetry={list.retry}
          listPath="/suppliers"
          startAgain="see every supplier"
        />
      )}
      <h1>Suppliers</h1>
      <p className="nhsuk-lede-text">
        Companies that sell digital products and services to the NHS, their products and the framework lots
        they are approved on.
      </p>
      {viewerCan(viewer, 'viewerCanCurateCatalogue') && (
        <ButtonLink to="/suppliers/new">Add a supplier</ButtonLink>
      )}

      <form
        key={formKey}
        role="search"
        aria-label="Suppliers"
        noValidate
        onSubmit={(event) => list.submitFilters(event, (submitted) => toSuppliersParams(submitted.filters))}
      >
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <SearchInput
              id="search"
              name="q"
              label="Search by name or Companies House number"
              hint="For example, meridian or 01234567"
              defaultValue={view.filters.search}
              maxLength={SEARCH_MAX_LENGTH}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Select
              id="sme"
              labelSize="s"
              name="sme"
              label="Size"
              options={(Object.keys(smeChoiceLabels) as SmeChoice[]).map((value) => ({
                value: value === 'all' ? '' : value,
                label: smeChoiceLabels[value],
              }))}
              defaultValue={view.filters.sme === 'all' ? '' : view.filters.sme}
            />
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
              Apply
            </button>
          </div>
        </div>
      </form>

      {!problem && (
        <ListResults busy={loading} count={count} statusRef={statusRef}>
          {data && data.suppliers.totalCount === 0 && <NoMatches view={view} />}
          {suppliers && suppliers.edges.length > 0 && (
            <>
              <SupplierTable caption={count} suppliers={suppliers} linkState={linkState} />
              {data && (
                <ListPagination links={pageLinks(toSuppliersParams(view.filters), data.suppliers.pageInfo)} />
              )}
            </>
          )}
        </ListResults>
      )}
    </>
  );
}

function supplierCount(total: number, view: SuppliersView): string {
  const noun = view.filters.sme === 'yes' ? 'SME supplier' : 'supplier';
  return countLine(formatCount(total, noun), total, view.filters.search);
}

function NoMatches({ view }: { view: SuppliersView }) {
  const { search, sme } = view.filters;
  return (
    <NothingMatches plural="suppliers" search={search} filtered="this filter">
      {search && <li>check the spelling, or search for part of the name</li>}
      {search && <li>search for the whole Companies House number, such as 01234567 or SC123456</li>}
      {sme !== 'all' && (
        <li>
          <Link to={{ search: toSuppliersParams({ search, sme: 'all' }).toString() }}>
            include suppliers of any size
          </Link>
        </li>
      )}
    </NothingMatches>
  );
}
