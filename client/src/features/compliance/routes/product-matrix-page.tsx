import '../dashboard.css';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ProductMatrixPageQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { todayInEngland } from '../../../shared/forms/dates';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formToParams } from '../../../shared/list/address';
import { listProblem, ListProblem } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import {
  productCategoryLabels,
  productCategoryOrder,
  productCategorySlugs,
} from '../../../shared/labels/catalogue';
import { productConformancePath, productMatrixPath } from '../../../shared/paths';
import { SlugCheckboxes } from '../../../shared/ui/filter-panel';
import { Loading } from '../../../shared/ui/load-problem';
import { actsCentrally } from '../../contracts/rights';
import { useViewer } from '../../identity/viewer';
import { cellsByColumn, matrixLegend } from '../cell-text';
import { DashboardFilters, UnverifiedChoice } from '../components/dashboard-filters';
import { ComplianceHeatmap, HeatmapLegend, type HeatmapRow } from '../components/dashboard-heatmap';
import { DashboardNav } from '../components/dashboard-nav';
import {
  parseProductMatrixParams,
  toProductMatrixInput,
  toProductMatrixParams,
  type ProductMatrixView,
} from '../matrix-params';

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
  const address = useListAddress();
  const { searchParams } = address;
  const view = useMemo(() => parseProductMatrixParams(searchParams), [searchParams]);
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const input =
    viewer === undefined || view.problems.length > 0 ? null : toProductMatrixInput(view, { central });
  const result = useQuery(PRODUCT_MATRIX_QUERY, input ? { variables: { input } } : skipToken);
  const problem = listProblem(view.problems, result.error ? describeError(result.error) : null);
  usePageTitle('Products against interoperability standards', { error: problem !== null });
  const captionId = useId();
  const today = todayInEngland();
  const go = (next: Omit<ProductMatrixView, 'problems'>) => address.applyFilters(toProductMatrixParams(next));
  const matrix = result.dataState === 'complete' ? result.data.complianceMatrix : undefined;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The product matrix"
          onRetry={() => retry(result.refetch)}
          listPath={productMatrixPath}
          startAgain="see every product"
        />
      )}
      <h1>Products against interoperability standards</h1>
      <p className="nhsuk-lede-text">
        Which standards each product’s latest version conforms to, as its supplier declared: APIs, messaging,
        terminology and identity.
      </p>
      <DashboardNav current={productMatrixPath} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          {matrix?.includesUnverified
            ? 'These figures include declarations a central team has not verified yet: they are not the public figures.'
            : 'Public figures count only declarations a central team has verified. A product whose supplier has declared but is not yet verified shows as “Not verified”.'}
        </p>
      </div>
      {view.includeUnverified && viewer !== undefined && !central && (
        <p>Only central users can include declarations not yet verified: these are the public figures.</p>
      )}
      <DashboardFilters
        key={address.formKey}
        label="Choose products"
        summary="Filter products"
        open={view.categories.length > 0}
        clearTo={{ search: toProductMatrixParams({ ...view, categories: [] }).toString() }}
        onSubmit={(form) => {
          const chosen = parseProductMatrixParams(formToParams(form));
          go({ ...chosen, includeUnverified: view.includeUnverified });
        }}
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
      {central && (
        <UnverifiedChoice
          key={`unverified-${address.formKey}`}
          included={view.includeUnverified}
          onChange={(includeUnverified) => go({ ...view, includeUnverified })}
        />
      )}

      {input && !problem && (
        <section aria-labelledby="matrix-heading" aria-busy={result.loading}>
          <h2 id="matrix-heading">Products against standards</h2>
          {!matrix ? (
            <Loading>Loading every product’s declarations…</Loading>
          ) : (
            <MatrixTable matrix={matrix} captionId={captionId} today={today} />
          )}
        </section>
      )}
    </>
  );
}

function MatrixTable({ matrix, captionId, today }: { matrix: Matrix; captionId: string; today: string }) {
  if (matrix.rows.length === 0) {
    return (
      <p>
        No products match these filters. <Link to={productMatrixPath}>See every product</Link>.
      </p>
    );
  }
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
  const count = `${formatCount(matrix.rows.length, 'product')} against ${formatCount(matrix.standards.length, 'standard')}`;
  return (
    <>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {count}
      </p>
      <HeatmapLegend states={matrixLegend(matrix.includesUnverified)} />
      <ComplianceHeatmap
        caption={`Products against standards: ${count}`}
        captionId={captionId}
        rowHeading="Product (latest version)"
        columns={matrix.standards}
        rows={rows}
        today={today}
      />
    </>
  );
}
