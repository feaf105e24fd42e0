import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { EndContractForm_ContractFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { emptyDate, readDate, type DateParts } from '../../../shared/forms/dates';
import { put, summaryItems, type Problems } from '../../../shared/forms/field-messages';
import { errorsFromServer } from '../../../shared/forms/form-errors';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { contractPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { DateInput } from '../../../shared/ui/date-input';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { Textarea } from '../../../shared/ui/textarea';
import { NoAccess, PageMessage } from '../../identity/components/access';
import { RequireContracts } from '../components/access';
import { useContractQuery } from '../hooks/use-contract-query';
import { useEndContractEarlyMutation } from '../mutations/use-end-contract-early-mutation';

export const EndContractForm_contract = graphql(`
  fragment EndContractForm_contract on Contract {
    id
    reference
    title
    status
    rowVersion
    viewerCanEdit
    startDate
    endDate
    buyer {
      id
      name
    }
  }
`);

const END_CONTRACT_QUERY = graphql(`
  query EndContractPage($id: String!) {
    contract(id: $id) {
      id
      ...EndContractForm_contract
    }
  }
`);

const REASON_MAX_LENGTH = 2000;
type Field = 'endDate' | 'reason';
const fieldIds: Record<Field, string> = { endDate: 'end-date', reason: 'reason' };

/** `/contracts/:id/end-early`: ends an active contract before its end date, with a reason. */
export function EndContractPage() {
  return (
    <RequireContracts record>
      <EndContract />
    </RequireContracts>
  );
}

function EndContract() {
  const { id = '' } = useParams();
  const back = <BackLink to={contractPath(id)}>Back to the contract</BackLink>;
  const { contract, page, reload } = useContractQuery(END_CONTRACT_QUERY, id, {
    title: 'End a contract early',
    back,
  });
  if (!contract) return page;
  if (!contract.viewerCanEdit) {
    return (
      <>
        {back}
        <NoAccess title="You cannot end this contract" ask="its trust’s procurement team">
          <p>
            {contract.status === 'TERMINATED'
              ? `${contract.reference} has already ended early.`
              : `Only ${contract.buyer.name}’s procurement team, or a central commercial team, can end ${contract.reference}.`}
          </p>
        </NoAccess>
      </>
    );
  }
  if (contract.status !== 'ACTIVE') {
    return (
      <>
        {back}
        <PageMessage title={`${contract.reference} cannot be ended early`}>
          <p>
            {contract.status === 'DRAFT'
              ? 'It is a draft: delete it instead, from its page.'
              : `It has already ended, on ${formatDate(contract.endDate)}.`}
          </p>
        </PageMessage>
      </>
    );
  }
  return (
    <>
      {back}
      <EndContractForm key={contract.rowVersion} contract={contract} reload={reload} />
    </>
  );
}

/** What is wrong with the answers: the rules the server applies, in the NHS's words. */
export function endEarlyProblems(
  contract: Pick<EndContractForm_ContractFragment, 'startDate' | 'endDate'>,
  values: { endDate: DateParts; reason: string },
): Problems {
  const problems: Problems = {};
  const day = readDate(values.endDate, 'The last day');
  if (day.kind === 'empty') put(problems, 'endDate', 'Enter the contract’s last day', true);
  else if (day.kind === 'invalid') put(problems, 'endDate', day.message);
  else if (day.iso < contract.startDate) {
    put(problems, 'endDate', `The last day must be on or after its start, ${formatDate(contract.startDate)}`);
  } else if (day.iso >= contract.endDate) {
    put(
      problems,
      'endDate',
      `The last day must be before its current end date, ${formatDate(contract.endDate)}`,
    );
  }
  const reason = values.reason.trim();
  if (!reason) put(problems, 'reason', 'Say why the contract ended early', true);
  else if (reason.length > REASON_MAX_LENGTH) {
    put(problems, 'reason', 'The reason must be 2,000 characters or fewer');
  }
  return problems;
}

function EndContractForm({
  contract,
  reload,
}: {
  contract: EndContractForm_ContractFragment;
  reload: () => Promise<unknown>;
}) {
  const [endDate, setEndDate] = useState<DateParts>(emptyDate);
  const [reason, setReason] = useState('');
  const problems = useMemo(
    () => endEarlyProblems(contract, { endDate, reason }),
    [contract, endDate, reason],
  );
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const [reloading, setReloading] = useState(false);
  const [endContractEarly, { loading }] = useEndContractEarlyMutation();
  usePageTitle(`End ${contract.reference} early`, { error: problem.kind !== 'none' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    form.flag();
    if (Object.keys(problems).length > 0) return show({ kind: 'invalid', form: [] });
    const day = readDate(endDate, 'The last day');
    const outcome = await endContractEarly({
      id: contract.id,
      expectedRowVersion: contract.rowVersion,
      endDate: day.kind === 'date' ? day.iso : '',
      reason: reason.trim(),
    });
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused') {
      refused(
        errorsFromServer(outcome.userErrors, ([head]) =>
          head === 'endDate' || head === 'reason' ? head : undefined,
        ),
      );
    }
  }

  async function reloadContract() {
    setReloading(true);
    await reload().catch(() => undefined);
    setReloading(false);
    show({ kind: 'none' });
  }

  const summary = summaryItems(form.state, {
    order: ['endDate', 'reason'],
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: (key) => fieldIds[key as Field],
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
        {problem.kind === 'stale' && (
          <StaleNotice
            key={attempt}
            title="This contract has changed since you loaded it"
            action="Reload the contract"
            reloading={reloading}
            onReload={() => void reloadContract()}
          >
            <p>
              Someone else changed it after you opened this page, so it has not been ended. What you typed
              stays on this page. Reload the contract, check its dates, then try again.
            </p>
          </StaleNotice>
        )}
        {problem.kind === 'unavailable' && (
          <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
            <p>The contract could not be ended. What you typed is still on this page: try again later.</p>
          </ErrorSummary>
        )}
        <span className="nhsuk-caption-l">
          {contract.reference} <span className="nhsuk-u-visually-hidden">for</span>
          <span aria-hidden="true">·</span> {contract.buyer.name}
        </span>
        <h1>End {contract.title} early</h1>
        <p>
          It runs from {formatDate(contract.startDate)} to {formatDate(contract.endDate)}. Ending it early
          moves its end date to the last day you give. One-off charges are then spread over the shorter term,
          so the contract’s yearly figures change.
        </p>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              This cannot be undone
            </span>
          </h2>
          <p>Once ended early, the contract can no longer be changed.</p>
        </div>
        <FieldMessagesProvider value={form.messages}>
          <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={loading}>
            <DateInput
              id={fieldIds.endDate}
              legend="What was the contract’s last day?"
              legendSize="s"
              hint={`From ${formatDate(contract.startDate)} to the day before ${formatDate(contract.endDate)}. For example, 30 9 2027`}
              value={endDate}
              error={form.messages.error('endDate')}
              onChange={(value) => {
                setEndDate(value);
                form.messages.edited('endDate');
              }}
              onLeave={() => form.messages.touch('endDate')}
            />
            <Textarea
              id={fieldIds.reason}
              name="reason"
              label="Why did it end early?"
              hint="Shown on the contract’s page and kept in its history."
              rows={4}
              maxLength={REASON_MAX_LENGTH}
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
                End the contract early
              </button>
              <Link className="nhsuk-link" to={contractPath(contract.id)}>
                Cancel
              </Link>
            </div>
          </form>
        </FieldMessagesProvider>
      </div>
    </div>
  );
}
