import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useFormProblem } from '../../../shared/forms/form-problem';
import { useReloadRecord } from '../../../shared/forms/use-reload-record';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { productPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { RequireRight } from '../../identity/components/access';
import { ProductForm } from '../components/product-form';
import { useUpdateProductMutation } from '../mutations/use-update-product-mutation';
import { CatalogueNoAccess } from '../no-access';
import { productInput, type ProductField } from '../product-form';

const EDIT_PRODUCT_QUERY = graphql(`
  query EditProductPage($id: String!) {
    product(id: $id) {
      id
      ...ProductSummary_product
    }
  }
`);

/** `/products/:id/edit`: central users, or the supplier that sells it, edit a product's details. */
export function EditProductPage() {
  return (
    <RequireRight>
      <EditProduct />
    </RequireRight>
  );
}

function EditProduct() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EDIT_PRODUCT_QUERY, { variables: { id } });
  const [updateProduct, { loading: saving }] = useUpdateProductMutation();
  const reload = useReloadRecord(refetch, 'product');
  const form = useFormProblem<ProductField>();
  const product = data?.product;
  const problem = error ? describeError(error) : null;
  const notFound = !product && !loading && !problem;
  usePageTitle(product ? `Edit ${product.name}` : notFound ? 'Product not found' : 'Edit product', {
    error: problem !== null || form.problem.kind !== 'none',
  });

  const back = <BackLink to={productPath(id)}>Back to the product</BackLink>;
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
        <BackLink to="/products">Back to products</BackLink>
        <h1>Product not found</h1>
        <p>
          There is no product at this address. <Link to="/products">Find it in the list of products</Link>.
        </p>
      </>
    );
  }
  if (!product.viewerCanEdit) {
    return (
      <CatalogueNoAccess>
        <p>Only central commercial teams and {product.supplier.name} can edit this product.</p>
      </CatalogueNoAccess>
    );
  }

  return (
    <>
      {back}
      <ProductForm
        key={product.rowVersion}
        heading={`Edit ${product.name}`}
        caption={product.supplier.name}
        initial={{
          supplierId: product.supplier.id,
          name: product.name,
          category: product.category,
          cpvCode: product.cpv.code,
          cpvLabel: product.cpv.label,
          description: product.description,
          versions: [],
        }}
        supplier={{ kind: 'fixed', name: product.supplier.name }}
        creating={false}
        submitLabel="Save changes"
        cancelTo={productPath(product.id)}
        saving={saving}
        onSave={(values) =>
          updateProduct({ id: product.id, expectedRowVersion: product.rowVersion, ...productInput(values) })
        }
        onReload={() => {
          form.clear();
          reload();
        }}
        form={form}
      />
    </>
  );
}
