import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ProductMatrixPageQuery } from '../../../gql/graphql';
import {
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import { productConformancePath, productMatrixPath } from '../../../shared/paths';
import { SlugCheckboxes } from '../../../shared/ui/filter-panel';
import { Loading } from '../../../shared/ui/load-problem';
import { cellsByColumn } from '../cell-text';
import { DashboardFilters } from '../components/dashboard-filters';
import type { HeatmapRow } from '../components/dashboard-heatmap';
import { MatrixHeatmap, MatrixPageFrame, useMatrixPage } from '../components/matrix-page';
import { parseProductMatrixParams, toProductMatrixInput, toProductMatrixParams } from '../matrix-params';

const PRODUCT_MATRIX_QUERY = graphql(`
  query ProductMatrixPage($input: ComplianceMatrixInput!) {
    complianceMatrix(input: $input) {
      includesUnverified
      standards {
        code
        name
        category
      }
      # Kept whole in the answer, not normalised by id (see the trusts' matrix).
      rows {
        productId
        name
        version
        supplierName
        category
        cells {
          ...ComplianceHeatmap_cell
        }
      }
    }
  }
`);

type Matrix = ProductMatrixPageQuery['complianceMatrix'];

/**
 * `/compliance/products`: each product's latest version against the interoperability standards
 * (APIs, messaging, terminology, identity), as its supplier declared. Public, on verified
 * declarations; the product categories shown are in the address.
 */
export function ProductMatrixPage() {
  const page = useMatrixPage({
    title: 'Products against interoperability standards',
    query: PRODUCT_MATRIX_QUERY,
    parse: parseProductMatrixParams,
    toInput: toProductMatrixInput,
    toParams: toProductMatrixParams,
  });
  const { view } = page;
  const matrix = page.answer?.complianceMatrix;

  return (
    <MatrixPageFrame
      page={page}
      lede="Which standards each product’s latest version conforms to, as its supplier declared: APIs, messaging, terminology and identity."
      path={productMatrixPath}
      what="The product matrix"
      startAgain="see every product"
      includesUnverified={matrix?.includesUnverified}
      notVerified="A product whose supplier has declared but is not yet verified shows as “Not verified”."
      filters={
        <DashboardFilters
          key={page.formKey}
          label="Choose products"
          summary="Filter products"
          open={view.categories.length > 0}
          clearTo={{ search: toProductMatrixParams({ ...view, categories: [] }).toString() }}
          onSubmit={page.filter}
        >
          <SlugCheckboxes
            name="category"
            legend="Product category"
            order={productCategoryOrder}
            slugs={productCategorySlugs}
            labels={productCategoryLabels}
            chosen={view.categories}
          />
        </DashboardFilters>
      }
    >
      <section aria-labelledby="matrix-heading" aria-busy={page.loading}>
        <h2 id="matrix-heading">Products against standards</h2>
        {!matrix ? <Loading>Loading every product’s declarations…</Loading> : <MatrixTable matrix={matrix} />}
      </section>
    </MatrixPageFrame>
  );
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const rows: HeatmapRow[] = matrix.rows.map((row) => ({
    key: row.productId ?? `${row.name} ${row.version ?? ''}`,
    header: (
      <>
        {row.productId ? <Link to={productConformancePath(row.productId)}>{row.name}</Link> : row.name}
        <span className="concord-heat__about">
          {[row.version && `Version ${row.version}`, row.supplierName].filter(Boolean).join(' · ')}
        </span>
      </>
    ),
    cells: cellsByColumn(matrix.standards, row.cells),
  }));
  return (
    <MatrixHeatmap
      title="Products against standards"
      subject="product"
      rowHeading="Product (latest version)"
      standards={matrix.standards}
      rows={rows}
      includesUnverified={matrix.includesUnverified}
      empty={
        <>
          No products match these filters. <Link to={productMatrixPath}>See every product</Link>.
        </>
      }
    />
  );
}
