import { useMemo, useState, type FormEvent } from 'react';
import { emptyDate } from '../../../shared/forms/dates';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { BackLink } from '../../../shared/ui/back-link';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { NoAccess, RequireRight } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { EditorSignInReason } from '../components/access';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';
import { FrameworkDetailsFields, type FrameworkDetails } from '../components/framework-details-fields';
import { detailsInput, detailsProblems, fieldId, serverErrors } from '../draft';
import { summaryItems } from '../../../shared/forms/field-messages';
import { useCreateFrameworkMutation } from '../mutations/use-create-framework-mutation';

const refusal = (
  <NoAccess title="You cannot create frameworks">
    <p>Only central commercial users create frameworks, for the central body they act for.</p>
  </NoAccess>
);

/** `/frameworks/new`: a new draft framework, owned by the central body the viewer acts for. */
export function NewFrameworkPage() {
  return (
    <RequireRight right="viewerCanCreateFrameworks" signIn={<EditorSignInReason />} refusal={refusal}>
      <NewFramework />
    </RequireRight>
  );
}

function NewFramework() {
  const owner = useViewer()?.activeMembership?.organisation?.name;
  return owner ? <NewFrameworkForm owner={owner} /> : refusal;
}

const fieldOrder = ['reference', 'title', 'description', 'startDate', 'endDate'];

function NewFrameworkForm({ owner }: { owner: string }) {
  const [values, setValues] = useState<FrameworkDetails>({
    reference: '',
    title: '',
    description: '',
    startDate: emptyDate,
    endDate: emptyDate,
  });
  const problems = useMemo(() => detailsProblems(values), [values]);
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const [createFramework, { loading }] = useCreateFrameworkMutation();
  usePageTitle('Create a framework', { error: problem.kind !== 'none' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    form.flag();
    if (Object.keys(problems).length > 0) return show({ kind: 'invalid', form: [] });
    const outcome = await createFramework(detailsInput(values));
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused') refused(serverErrors(outcome.userErrors, []));
  }

  const summary =
    problem.kind === 'invalid'
      ? summaryItems(form.state, { order: fieldOrder, form: problem.form, idOf: fieldId })
      : [];

  return (
    <>
      <BackLink to="/frameworks">Back to frameworks</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
          {problem.kind === 'unavailable' && (
            <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
              <p>The draft could not be created. Try again later.</p>
            </ErrorSummary>
          )}
          <span className="nhsuk-caption-l">{owner}</span>
          <h1>Create a framework</h1>
          <p>
            You start with a draft. Only central commercial users at {owner} can see it until it is published.
            You add its lots, approved suppliers and ceiling prices next.
          </p>
          <FieldMessagesProvider value={form.messages}>
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <FrameworkDetailsFields
                values={values}
                onText={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
                onDate={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
              />
              <button className="nhsuk-button" type="submit" disabled={loading}>
                Create draft
              </button>
            </form>
          </FieldMessagesProvider>
        </div>
      </div>
    </>
  );
}
