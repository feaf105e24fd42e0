import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { WithdrawalForm_FrameworkFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { errorsFromServer } from '../../../shared/forms/form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { frameworkPath } from '../../../shared/paths';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { Textarea } from '../../../shared/ui/textarea';
import { withdrawalProblems } from '../amendment';
import { fieldId } from '../draft';
import { summaryItems } from '../../../shared/forms/field-messages';
import { useWithdrawFrameworkMutation } from '../mutations/use-withdraw-framework-mutation';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';

export const WithdrawalForm_framework = graphql(`
  fragment WithdrawalForm_framework on Framework {
    id
    reference
    title
    rowVersion
    endDate
  }
`);

/** Withdraws a published framework before its end date, with a reason everyone relying on it sees. */
export function WithdrawalForm({
  framework,
  reload,
}: {
  framework: WithdrawalForm_FrameworkFragment;
  reload: () => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  const problems = useMemo(() => withdrawalProblems(reason), [reason]);
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const [reloading, setReloading] = useState(false);
  const [withdrawFramework, { loading }] = useWithdrawFrameworkMutation();
  usePageTitle(`Withdraw ${framework.reference}`, { error: problem.kind !== 'none' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    form.flag();
    if (Object.keys(problems).length > 0) return show({ kind: 'invalid', form: [] });
    const outcome = await withdrawFramework({
      id: framework.id,
      expectedRowVersion: framework.rowVersion,
      reason: reason.trim(),
    });
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused') {
      refused(errorsFromServer(outcome.userErrors, (path) => (path[0] === 'reason' ? 'reason' : undefined)));
    }
  }

  async function reloadFramework() {
    setReloading(true);
    await reload().catch(() => undefined);
    setReloading(false);
    show({ kind: 'none' });
  }

  const summary = summaryItems(form.state, {
    order: ['reason'],
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: fieldId,
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
        {problem.kind === 'stale' && (
          <StaleNotice
            key={attempt}
            title="This framework has changed since you loaded it"
            action="Reload the framework"
            reloading={reloading}
            onReload={() => void reloadFramework()}
          >
            <p>
              Someone else changed it after you opened this page, so it has not been withdrawn. Your reason
              stays on this page. Reload the framework, check you still mean to withdraw it, then withdraw it
              again.
            </p>
          </StaleNotice>
        )}
        {problem.kind === 'unavailable' && (
          <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
            <p>The framework could not be withdrawn. Your reason is still on this page: try again later.</p>
          </ErrorSummary>
        )}
        <span className="nhsuk-caption-l">{framework.reference}</span>
        <h1>Withdraw {framework.title}</h1>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Withdrawing cannot be undone
            </span>
          </h2>
          <p>
            {framework.reference} is in force until {formatDate(framework.endDate)}. Once withdrawn, trusts
            can no longer call off from it and it cannot be amended or published again. Contracts already
            called off from it are not changed.
          </p>
        </div>
        <FieldMessagesProvider value={form.messages}>
          <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={loading}>
            <Textarea
              id={fieldId('reason')}
              name="reason"
              label="Why is it withdrawn?"
              hint="Shown on the framework’s page, for everyone who relies on it. Up to 2,000 characters."
              rows={5}
              value={reason}
              error={form.messages.error('reason')}
              onChange={(event) => {
                setReason(event.target.value);
                form.messages.edited('reason');
              }}
              onBlur={() => form.messages.touch('reason')}
            />
            <div className="nhsuk-button-group">
              <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={loading}>
                Withdraw {framework.reference}
              </button>
              <Link className="nhsuk-link" to={frameworkPath(framework.reference)}>
                Cancel
              </Link>
            </div>
          </form>
        </FieldMessagesProvider>
      </div>
    </div>
  );
}
