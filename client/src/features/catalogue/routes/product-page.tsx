import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useFormProblem } from '../../../shared/forms/form-problem';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import { productConformancePath, productPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { AddVersionForm } from '../components/add-version-form';
import { ProductPrices } from '../components/product-prices';
import { ProductSummary } from '../components/product-summary';
import { ProductVersions } from '../components/product-versions';
import type { VersionField } from '../product-form';
import { ButtonLink } from '../../../shared/ui/button-link';

const PRODUCT_QUERY = graphql(`
  query ProductPage($id: String!) {
    product(id: $id) {
      id
      name
      viewerCanEdit
      supplier {
        id
        name
      }
      versions {
        id
        version
      }
      ...ProductSummary_product
      ...ProductVersions_product
      ...ProductPrices_product
    }
  }
`);

/** `/products/:id`: a product, its versions, and where each version can be bought. */
export function ProductPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const back = <BackLink to={backToList(location.state, '/products')}>Back to products</BackLink>;
  const { data, loading, error, refetch } = useQuery(PRODUCT_QUERY, { variables: { id } });
  const product = data?.product;
  const versionForm = useFormProblem<VersionField>();
  const problem = error ? describeError(error) : null;
  const notFound = !product && !loading && !problem;
  usePageTitle(product?.name ?? (notFound ? 'Product not found' : 'Product'), {
    error: problem !== null || versionForm.problem.kind !== 'none',
  });

  if (problem || (!product && !notFound)) {
    return (
      <RecordPending back={back} problem={problem} what="The product" onRetry={() => retry(refetch)}>
        Loading product…
      </RecordPending>
    );
  }
  if (!product) {
    return (
      <>
        {back}
        <h1>Product not found</h1>
        <p>There is no product at this address. It may have been removed, or the address may be wrong.</p>
        <p>
          <Link to="/products">Find the product in the list of products</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      {back}
      <span className="nhsuk-caption-l">{product.supplier.name}</span>
      <h1>{product.name}</h1>
      <ProductSummary product={product} />
      {product.viewerCanEdit && (
        <ButtonLink to={`${productPath(product.id)}/edit`} kind="secondary">
          Edit details<span className="nhsuk-u-visually-hidden"> of {product.name}</span>
        </ButtonLink>
      )}

      <h2>Versions</h2>
      <ProductVersions product={product} />
      {product.viewerCanEdit && <AddVersionForm product={product} form={versionForm} />}

      <p>
        <Link to={productConformancePath(product.id)}>
          Conformance with standards<span className="nhsuk-u-visually-hidden"> of {product.name}</span>
        </Link>
        : what {product.supplier.name} declares about each version, with the evidence and any plans.
      </p>

      <h2>Where it can be bought</h2>
      <ProductPrices product={product} />
    </>
  );
}
