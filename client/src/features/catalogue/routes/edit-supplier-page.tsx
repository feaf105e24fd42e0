import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useFormProblem } from '../../../shared/forms/form-problem';
import { useReloadRecord } from '../../../shared/forms/use-reload-record';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { supplierPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { RequireRight } from '../../identity/components/access';
import { SupplierForm } from '../components/supplier-form';
import { useUpdateSupplierMutation } from '../mutations/use-update-supplier-mutation';
import { CatalogueNoAccess } from '../no-access';
import { supplierInput, supplierValues, type SupplierField } from '../supplier-form';

const EDIT_SUPPLIER_QUERY = graphql(`
  query EditSupplierPage($id: String!) {
    supplier(id: $id) {
      id
      ...SupplierSummary_supplier
    }
  }
`);

/** `/suppliers/:id/edit`: central users, or the supplier itself, edit its details. */
export function EditSupplierPage() {
  return (
    <RequireRight>
      <EditSupplier />
    </RequireRight>
  );
}

function EditSupplier() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EDIT_SUPPLIER_QUERY, { variables: { id } });
  const [updateSupplier, { loading: saving }] = useUpdateSupplierMutation();
  const reload = useReloadRecord(refetch, 'supplier');
  const form = useFormProblem<SupplierField>();
  const supplier = data?.supplier;
  const problem = error ? describeError(error) : null;
  const notFound = !supplier && !loading && !problem;
  usePageTitle(supplier ? `Edit ${supplier.name}` : notFound ? 'Supplier not found' : 'Edit supplier', {
    error: problem !== null || form.problem.kind !== 'none',
  });

  const back = <BackLink to={supplierPath(id)}>Back to the supplier</BackLink>;
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
        <BackLink to="/suppliers">Back to suppliers</BackLink>
        <h1>Supplier not found</h1>
        <p>
          There is no supplier at this address. <Link to="/suppliers">Find it in the list of suppliers</Link>.
        </p>
      </>
    );
  }
  if (!supplier.viewerCanEdit) {
    return (
      <CatalogueNoAccess>
        <p>Only central commercial teams and {supplier.name} itself can edit its details.</p>
      </CatalogueNoAccess>
    );
  }

  return (
    <>
      {back}
      <SupplierForm
        // A reload after someone else saved brings their version, and the form starts again from it.
        key={supplier.rowVersion}
        heading={`Edit ${supplier.name}`}
        initial={supplierValues(supplier)}
        submitLabel="Save changes"
        cancelTo={supplierPath(supplier.id)}
        saving={saving}
        onSave={(values) =>
          updateSupplier({
            id: supplier.id,
            expectedRowVersion: supplier.rowVersion,
            ...supplierInput(values),
          })
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
