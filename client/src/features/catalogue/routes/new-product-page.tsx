import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { useFormProblem } from '../../../shared/forms/form-problem';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { supplierPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { Loading, LoadProblem } from '../../../shared/ui/load-problem';
import { RequireRight } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { ProductForm, type SupplierChoice } from '../components/product-form';
import { useCreateProductMutation } from '../mutations/use-create-product-mutation';
import { CatalogueNoAccess } from '../no-access';
import { emptyProduct, productInput, type ProductField } from '../product-form';

const NEW_PRODUCT_QUERY = graphql(`
  query NewProductPage($supplierId: String!, $withSupplier: Boolean!, $chooseSupplier: Boolean!) {
    supplier(id: $supplierId) @include(if: $withSupplier) {
      id
      name
      viewerCanEdit
    }
    suppliers(first: 100) @include(if: $chooseSupplier) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * `/products/new`: a product and its first versions. For the supplier in `?supplierId=` (the
 * supplier page's "Add a product"), for the viewer's own supplier, or for a supplier a central user
 * chooses.
 */
export function NewProductPage() {
  return (
    <RequireRight right="viewerCanAddProducts" refusal={<CatalogueNoAccess />}>
      <NewProduct />
    </RequireRight>
  );
}

function NewProduct() {
  const [searchParams] = useSearchParams();
  const viewer = useViewer();
  // A supplier's own membership names the supplier it acts for.
  const ownSupplierId = viewer?.activeMembership?.supplier?.id ?? '';
  const supplierId = searchParams.get('supplierId')?.trim() || ownSupplierId;
  const { data, error, refetch } = useQuery(NEW_PRODUCT_QUERY, {
    variables: { supplierId, withSupplier: supplierId !== '', chooseSupplier: supplierId === '' },
  });
  const [createProduct, { loading: saving }] = useCreateProductMutation();
  const form = useFormProblem<ProductField>();
  const problem = error ? describeError(error) : null;
  usePageTitle('Add a product', { error: problem !== null || form.problem.kind !== 'none' });

  const cancelTo = supplierId ? supplierPath(supplierId) : '/products';
  const back = <BackLink to={cancelTo}>{supplierId ? 'Back to the supplier' : 'Back to products'}</BackLink>;
  if (problem) {
    return (
      <>
        {back}
        <LoadProblem problem={problem} what="The supplier" onRetry={() => retry(refetch)} />
      </>
    );
  }
  if (!data)
    return (
      <>
        {back}
        <Loading>Loading…</Loading>
      </>
    );

  let supplier: SupplierChoice;
  if (supplierId) {
    if (!data.supplier) {
      return (
        <>
          <BackLink to="/suppliers">Back to suppliers</BackLink>
          <h1>Supplier not found</h1>
          <p>
            There is no supplier to add the product to. Start from the supplier’s page:{' '}
            <Link to="/suppliers">find it in the list of suppliers</Link>.
          </p>
        </>
      );
    }
    if (!data.supplier.viewerCanEdit) {
      return (
        <CatalogueNoAccess>
          <p>Only central commercial teams and {data.supplier.name} itself can add its products.</p>
        </CatalogueNoAccess>
      );
    }
    supplier = { kind: 'fixed', name: data.supplier.name };
  } else {
    const suppliers = data.suppliers;
    supplier = {
      kind: 'choose',
      suppliers: suppliers?.edges.map((edge) => edge.node) ?? [],
      more: (suppliers?.totalCount ?? 0) > (suppliers?.edges.length ?? 0),
    };
  }

  return (
    <>
      {back}
      <ProductForm
        heading="Add a product"
        caption={supplier.kind === 'fixed' ? supplier.name : undefined}
        initial={emptyProduct(supplierId)}
        supplier={supplier}
        creating
        submitLabel="Add product"
        cancelTo={cancelTo}
        saving={saving}
        onSave={(values) =>
          createProduct({
            supplierId: values.supplierId,
            ...productInput(values),
            versions: values.versions.map((version) => version.trim()),
          })
        }
        form={form}
      />
    </>
  );
}
