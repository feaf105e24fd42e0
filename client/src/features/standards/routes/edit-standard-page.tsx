import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useFormProblem } from '../../../shared/forms/form-problem';
import { useReloadRecord } from '../../../shared/forms/use-reload-record';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { standardPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { CatalogueNoAccess } from '../../catalogue/no-access';
import { RequireRight } from '../../identity/components/access';
import { StandardForm } from '../components/standard-form';
import { useUpdateStandardMutation } from '../mutations/use-update-standard-mutation';
import { standardValues, type StandardField } from '../standard-form';

const EDIT_STANDARD_QUERY = graphql(`
  query EditStandardPage($code: String!) {
    standard(code: $code) {
      id
      viewerCanEdit
      ...StandardSummary_standard
    }
  }
`);

/** `/standards/:code/edit`: a central commercial user edits a standard. */
export function EditStandardPage() {
  return (
    <RequireRight>
      <EditStandard />
    </RequireRight>
  );
}

function EditStandard() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EDIT_STANDARD_QUERY, { variables: { code } });
  const [updateStandard, { loading: saving }] = useUpdateStandardMutation();
  const reload = useReloadRecord(refetch, 'standard');
  const form = useFormProblem<StandardField>();
  const standard = data?.standard;
  const problem = error ? describeError(error) : null;
  const notFound = !standard && !loading && !problem;
  usePageTitle(standard ? `Edit ${standard.code}` : notFound ? 'Standard not found' : 'Edit standard', {
    error: problem !== null || form.problem.kind !== 'none',
  });

  const back = <BackLink to={standardPath(code)}>Back to the standard</BackLink>;
  if (problem || (!standard && !notFound)) {
    return (
      <RecordPending back={back} problem={problem} what="The standard" onRetry={() => retry(refetch)}>
        Loading standard…
      </RecordPending>
    );
  }
  if (!standard) {
    return (
      <>
        <BackLink to="/standards">Back to standards</BackLink>
        <h1>Standard not found</h1>
        <p>
          There is no standard with the code <strong>{code}</strong>.{' '}
          <Link to="/standards">Search the standards catalogue</Link>.
        </p>
      </>
    );
  }
  if (!standard.viewerCanEdit) return <CatalogueNoAccess />;

  return (
    <>
      {back}
      <StandardForm
        key={standard.rowVersion}
        heading={`Edit ${standard.code}`}
        initial={standardValues(standard)}
        ownCode={standard.code}
        submitLabel="Save changes"
        cancelTo={standardPath(standard.code)}
        saving={saving}
        onSave={(answers) =>
          updateStandard(
            { id: standard.id, expectedRowVersion: standard.rowVersion, ...answers },
            standard.supersedes?.id ?? null,
          )
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
