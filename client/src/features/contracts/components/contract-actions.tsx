import { useState } from 'react';
import { graphql } from '../../../gql';
import type { ContractActions_ContractFragment } from '../../../gql/graphql';
import { useProblem } from '../../../shared/forms/form-problem';
import type { MutationOutcome, UserErrorLike } from '../../../shared/graphql/mutation';
import { editContractPath, endContractPath } from '../../../shared/paths';
import { ButtonLink } from '../../../shared/ui/button-link';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { focusSoon } from '../../../shared/ui/focus';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { useConfirmContractMutation } from '../mutations/use-confirm-contract-mutation';
import { useDeleteContractMutation } from '../mutations/use-delete-contract-mutation';

export const ContractActions_contract = graphql(`
  fragment ContractActions_contract on Contract {
    id
    reference
    status
    rowVersion
    viewerCanEdit
    lines {
      id
    }
  }
`);

type ActionProblem =
  | { kind: 'none' }
  | { kind: 'refused'; messages: string[] }
  | { kind: 'stale'; message: string }
  | { kind: 'unavailable'; doing: string };

/**
 * What an editor may do with the contract (the server's `viewerCanEdit`), by where it is in its
 * life: a draft is edited, confirmed or deleted (after a confirmation); an active contract edited
 * or ended early; an expired one still corrected. Its problems show at the top of the page.
 */
export function useContractActions(
  contract: ContractActions_ContractFragment,
  reload: () => Promise<unknown>,
) {
  const { problem, attempt, show, clear } = useProblem<ActionProblem>({ kind: 'none' });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [confirmContract, confirming] = useConfirmContractMutation();
  const [deleteContract, deleting] = useDeleteContractMutation();
  const busy = confirming.loading || deleting.loading || reloading;
  const version = { id: contract.id, expectedRowVersion: contract.rowVersion };

  function showOutcome(outcome: MutationOutcome, doing: string) {
    if (outcome.kind === 'done') return clear();
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable', doing });
    const stale = outcome.userErrors.find((error: UserErrorLike) => error.code === 'STALE_VERSION');
    if (stale) return show({ kind: 'stale', message: stale.message });
    show({ kind: 'refused', messages: [...new Set(outcome.userErrors.map((error) => error.message))] });
  }

  async function confirm() {
    if (busy) return;
    if (contract.lines.length === 0) {
      return show({
        kind: 'refused',
        messages: ['Add at least one line before confirming the contract: edit it to add what was bought'],
      });
    }
    showOutcome(await confirmContract(version), 'confirmed');
  }

  async function remove() {
    if (busy) return;
    const outcome = await deleteContract(version, contract.reference);
    if (outcome.kind !== 'done') {
      setConfirmingDelete(false);
      showOutcome(outcome, 'deleted');
    }
  }

  async function reloadContract() {
    setReloading(true);
    await reload().catch(() => undefined);
    setReloading(false);
    clear();
  }

  const summary =
    problem.kind === 'refused' ? (
      <ErrorSummary key={attempt} errors={problem.messages.map((text) => ({ text }))} />
    ) : problem.kind === 'stale' ? (
      <StaleNotice
        key={attempt}
        title="This contract has changed since you loaded it"
        action="Reload the contract"
        reloading={reloading}
        onReload={() => void reloadContract()}
      >
        <p>{problem.message} Reload it to see the latest version, then try again.</p>
      </StaleNotice>
    ) : problem.kind === 'unavailable' ? (
      <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
        <p>The contract could not be {problem.doing}. Try again later.</p>
      </ErrorSummary>
    ) : null;

  const buttons = !contract.viewerCanEdit ? null : confirmingDelete ? (
    <div
      className="nhsuk-warning-callout"
      id="delete-confirmation"
      tabIndex={-1}
      role="group"
      aria-labelledby="delete-heading"
    >
      <h2 className="nhsuk-warning-callout__label" id="delete-heading">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Delete draft {contract.reference}?
        </span>
      </h2>
      <p>The draft and its lines are deleted for good. This cannot be undone.</p>
      <div className="nhsuk-button-group">
        <button
          className="nhsuk-button nhsuk-button--warning"
          type="button"
          disabled={busy}
          onClick={() => void remove()}
        >
          Yes, delete the draft
        </button>
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          disabled={busy}
          onClick={() => {
            setConfirmingDelete(false);
            focusSoon('delete-draft');
          }}
        >
          No, keep it
        </button>
      </div>
    </div>
  ) : (
    <div className="nhsuk-button-group">
      {contract.status === 'DRAFT' && (
        <button className="nhsuk-button" type="button" disabled={busy} onClick={() => void confirm()}>
          Confirm contract
        </button>
      )}
      <ButtonLink
        to={editContractPath(contract.id)}
        kind={contract.status === 'DRAFT' ? 'secondary' : undefined}
      >
        Edit contract
      </ButtonLink>
      {contract.status === 'ACTIVE' && (
        <ButtonLink to={endContractPath(contract.id)} kind="secondary">
          End early
        </ButtonLink>
      )}
      {contract.status === 'DRAFT' && (
        <button
          className="nhsuk-button nhsuk-button--warning"
          type="button"
          id="delete-draft"
          disabled={busy}
          onClick={() => {
            clear();
            setConfirmingDelete(true);
            focusSoon('delete-confirmation');
          }}
        >
          Delete draft
        </button>
      )}
    </div>
  );

  return { summary, buttons, hasProblem: problem.kind !== 'none' };
}
