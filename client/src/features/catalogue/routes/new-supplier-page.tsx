import { useFormProblem } from '../../../shared/forms/form-problem';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { BackLink } from '../../../shared/ui/back-link';
import { RequireRight } from '../../identity/components/access';
import { SupplierForm } from '../components/supplier-form';
import { useCreateSupplierMutation } from '../mutations/use-create-supplier-mutation';
import { CatalogueNoAccess } from '../no-access';
import { emptySupplier, supplierInput, type SupplierField } from '../supplier-form';

/** `/suppliers/new`: a central commercial user adds a supplier. */
export function NewSupplierPage() {
  return (
    <RequireRight right="viewerCanCurateCatalogue" refusal={<CatalogueNoAccess />}>
      <NewSupplier />
    </RequireRight>
  );
}

function NewSupplier() {
  const [createSupplier, { loading }] = useCreateSupplierMutation();
  const form = useFormProblem<SupplierField>();
  usePageTitle('Add a supplier', { error: form.problem.kind !== 'none' });
  return (
    <>
      <BackLink to="/suppliers">Back to suppliers</BackLink>
      <SupplierForm
        heading="Add a supplier"
        initial={emptySupplier}
        submitLabel="Add supplier"
        cancelTo="/suppliers"
        saving={loading}
        onSave={(values) => createSupplier(supplierInput(values))}
        form={form}
      />
    </>
  );
}
