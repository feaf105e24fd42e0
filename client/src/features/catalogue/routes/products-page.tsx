import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import {
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import { countLine, pageLinks } from '../../../shared/list/address';
import { NothingMatches, ListPagination, ListProblem, ListResults } from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
import { newProductPath } from '../../../shared/paths';
import { ListSearchForm, SlugCheckboxes } from '../../../shared/ui/filter-panel';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { ProductTable } from '../components/product-table';
import {
  noProductFilters,
  parseProductsParams,
  toProductsParams,
  toProductsVariables,
  type ProductsView,
} from '../products-params';
import { ButtonLink } from '../../../shared/ui/button-link';

const PRODUCTS_QUERY = graphql(`
  query ProductsPage($filter: ProductFilter, $first: Int, $after: String, $last: Int, $before: String) {
    products(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      ...ProductTable_products
    }
  }
`);

/** `/products`: every product in the catalogue, searchable and filtered by category; all in the address. */
export function ProductsPage() {
  const list = useListPage({
    title: 'Products',
    query: PRODUCTS_QUERY,
    parse: parseProductsParams,
    variables: toProductsVariables,
  });
  const { view, data, loading, problem, formKey, statusRef, linkState } = list;
  const viewer = useViewer();

  const products = list.shown?.products;
  const count = data ? productCount(data.products.totalCount, view) : 'Loading products…';
  const { filters } = view;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The list of products"
          onRetry={list.retry}
          listPath="/products"
          startAgain="see every product"
        />
      )}
      <h1>Products</h1>
      <p className="nhsuk-lede-text">
        The digital products and services suppliers sell to the NHS, with their versions and where each can be
        bought.
      </p>
      <p>
        <Link to="/suppliers">See the suppliers</Link>
      </p>
      {viewerCan(viewer, 'viewerCanAddProducts') && (
        <ButtonLink to={newProductPath()}>Add a product</ButtonLink>
      )}

      <ListSearchForm
        key={formKey}
        label="Products"
        search={{
          label: 'Search by product or supplier name',
          hint: 'For example, bed manager or meridian',
          value: filters.search,
        }}
        summary="Filter by category"
        open={filters.categories.length > 0}
        clearTo={{ search: toProductsParams({ ...noProductFilters, search: filters.search }).toString() }}
        onSubmit={(form) =>
          // The CPV code comes from a link, not the form: it stays until removed.
          list.submitForm(form, ({ filters }) =>
            toProductsParams({ ...filters, cpvCode: view.filters.cpvCode }),
          )
        }
      >
        <SlugCheckboxes
          name="category"
          legend="Category"
          order={productCategoryOrder}
          slugs={productCategorySlugs}
          labels={productCategoryLabels}
          chosen={filters.categories}
        />
      </ListSearchForm>

      {filters.cpvCode && (
        <p className="nhsuk-body">
          Only products with the CPV code <strong>{filters.cpvCode}</strong>.{' '}
          <Link to={{ search: toProductsParams({ ...filters, cpvCode: '' }).toString() }}>
            Show products with any CPV code
          </Link>
        </p>
      )}

      {!problem && (
        <ListResults busy={loading} count={count} statusRef={statusRef}>
          {data && data.products.totalCount === 0 && <NoMatches view={view} />}
          {products && products.edges.length > 0 && (
            <>
              <ProductTable caption={count} products={products} linkState={linkState} />
              {data && (
                <ListPagination links={pageLinks(toProductsParams(view.filters), data.products.pageInfo)} />
              )}
            </>
          )}
        </ListResults>
      )}
    </>
  );
}

function productCount(total: number, view: ProductsView): string {
  return countLine(formatCount(total, 'product'), total, view.filters.search);
}

function NoMatches({ view }: { view: ProductsView }) {
  const { filters } = view;
  const narrowed = filters.categories.length > 0 || filters.cpvCode !== '';
  return (
    <NothingMatches plural="products" search={filters.search}>
      {filters.search && <li>check the spelling, or search for part of the product’s or supplier’s name</li>}
      {narrowed && (
        <li>
          <Link to={{ search: toProductsParams({ ...noProductFilters, search: filters.search }).toString() }}>
            remove the category and CPV code filters
          </Link>
        </li>
      )}
    </NothingMatches>
  );
}
