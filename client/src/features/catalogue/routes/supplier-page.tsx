import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import { newProductPath, supplierPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { SupplierLots } from '../components/supplier-lots';
import { SupplierProducts } from '../components/supplier-products';
import { SupplierSummary } from '../components/supplier-summary';
import { ButtonLink } from '../../../shared/ui/button-link';

const SUPPLIER_QUERY = graphql(`
  query SupplierPage($id: String!) {
    supplier(id: $id) {
      id
      name
      viewerCanEdit
      ...SupplierSummary_supplier
      products {
        id
        ...SupplierProducts_products
      }
      awards {
        id
        ...SupplierLots_awards
      }
    }
  }
`);

/** `/suppliers/:id`: a supplier's details, its products and the framework lots it is approved on. */
export function SupplierPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const back = <BackLink to={backToList(location.state, '/suppliers')}>Back to suppliers</BackLink>;
  const { data, loading, error, refetch } = useQuery(SUPPLIER_QUERY, { variables: { id } });
  const supplier = data?.supplier;
  const problem = error ? describeError(error) : null;
  const notFound = !supplier && !loading && !problem;
  usePageTitle(supplier?.name ?? (notFound ? 'Supplier not found' : 'Supplier'), { error: problem !== null });

  if (problem || (!supplier && !notFound)) {
    return (
      <RecordPending back={back} problem={problem} what="The supplier" onRetry={() => retry(refetch)}>
        Loading supplier…
      </RecordPending>
    );
  }
  if (!supplier) {
    return (
      <>
        {back}
        <h1>Supplier not found</h1>
        <p>There is no supplier at this address. It may have been removed, or the address may be wrong.</p>
        <p>
          <Link to="/suppliers">Find the supplier in the list of suppliers</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      {back}
      <span className="nhsuk-caption-l">Supplier</span>
      <h1>{supplier.name}</h1>
      <SupplierSummary supplier={supplier} />
      {supplier.viewerCanEdit && (
        <ButtonLink to={`${supplierPath(supplier.id)}/edit`} kind="secondary">
          Edit details<span className="nhsuk-u-visually-hidden"> of {supplier.name}</span>
        </ButtonLink>
      )}

      <h2>Products</h2>
      {supplier.products.length > 0 && (
        <p className="nhsuk-body">{formatCount(supplier.products.length, 'product')}</p>
      )}
      <SupplierProducts supplierName={supplier.name} products={supplier.products} />
      {supplier.viewerCanEdit && (
        <ButtonLink to={newProductPath(supplier.id)} kind="secondary">
          Add a product
        </ButtonLink>
      )}

      <h2>Framework lots</h2>
      <p className="nhsuk-body">
        The lots of published frameworks {supplier.name} is approved on, so NHS organisations can buy from it
        there.
      </p>
      <SupplierLots supplierName={supplier.name} awards={supplier.awards} />
    </>
  );
}
