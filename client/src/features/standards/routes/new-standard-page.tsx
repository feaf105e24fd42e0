import { useFormProblem } from '../../../shared/forms/form-problem';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { BackLink } from '../../../shared/ui/back-link';
import { CatalogueNoAccess } from '../../catalogue/no-access';
import { RequireRight } from '../../identity/components/access';
import { StandardForm } from '../components/standard-form';
import { useCreateStandardMutation } from '../mutations/use-create-standard-mutation';
import { emptyStandard, type StandardField } from '../standard-form';

/** `/standards/new`: a central commercial user adds a standard to the catalogue. */
export function NewStandardPage() {
  return (
    <RequireRight right="viewerCanCurateCatalogue" refusal={<CatalogueNoAccess />}>
      <NewStandard />
    </RequireRight>
  );
}

function NewStandard() {
  const [createStandard, { loading }] = useCreateStandardMutation();
  const form = useFormProblem<StandardField>();
  usePageTitle('Add a standard', { error: form.problem.kind !== 'none' });
  return (
    <>
      <BackLink to="/standards">Back to standards</BackLink>
      <StandardForm
        heading="Add a standard"
        initial={emptyStandard}
        ownCode={null}
        submitLabel="Add standard"
        cancelTo="/standards"
        saving={loading}
        onSave={(answers) => createStandard(answers)}
        form={form}
      />
    </>
  );
}
