import { useMemo, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { VerificationForm_DeclarationFragment } from '../../../gql/graphql';
import { put, summaryItems, type Problems } from '../../../shared/forms/field-messages';
import { errorsFromServer } from '../../../shared/forms/form-errors';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { Textarea } from '../../../shared/ui/textarea';
import {
  useDecideDeclarationMutation,
  type DeclarationDecision,
} from '../mutations/use-decide-declaration-mutation';

export const VerificationForm_declaration = graphql(`
  fragment VerificationForm_declaration on ComplianceDeclaration {
    id
    rowVersion
    viewerCanVerify
  }
`);

const COMMENT_MAX_LENGTH = 2000;
export const verificationCommentId = 'verification-comment';

/** What is wrong with the answer, for the decision asked: a rejection must say why. */
export function verificationProblems(comment: string, decision: DeclarationDecision | null): Problems {
  const problems: Problems = {};
  const text = comment.trim();
  if (decision === 'reject' && !text) {
    put(problems, 'comment', 'Say why the evidence does not support the declaration', true);
  }
  if (text.length > COMMENT_MAX_LENGTH)
    put(problems, 'comment', 'The comment must be 2,000 characters or fewer');
  return problems;
}

/**
 * A central team's check of a declaration, on its page: verify it (the evidence supports it) or reject
 * it, saying why; the declarer sees the comment. Problems show in the summary at the top of the form
 * and beside the comment; a declaration changed meanwhile (verified by someone else, superseded) is
 * offered again for a reload.
 */
export function VerificationForm({
  declaration,
  reload,
  onProblem,
}: {
  declaration: VerificationForm_DeclarationFragment;
  reload: () => Promise<unknown>;
  /** Whether the form shows a problem: the page's title says "Error:" while it does. */
  onProblem: (shown: boolean) => void;
}) {
  const [comment, setComment] = useState('');
  const [decision, setDecision] = useState<DeclarationDecision | null>(null);
  const problems = useMemo(() => verificationProblems(comment, decision), [comment, decision]);
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const [reloading, setReloading] = useState(false);
  const [decideDeclaration, deciding] = useDecideDeclarationMutation();
  const busy = deciding.loading || reloading;

  function report(next: Parameters<typeof show>[0]) {
    show(next);
    onProblem(next.kind !== 'none');
  }

  async function decide(chosen: DeclarationDecision) {
    if (busy) return;
    setDecision(chosen);
    const found = verificationProblems(comment, chosen);
    form.flag(Object.keys(found));
    if (Object.keys(found).length > 0) return report({ kind: 'invalid', form: [] });
    const input = {
      id: declaration.id,
      expectedRowVersion: declaration.rowVersion,
      comment: comment.trim() || null,
    };
    const outcome = await decideDeclaration(chosen, input);
    if (outcome.kind === 'done') return onProblem(false);
    if (outcome.kind === 'unavailable') return report({ kind: 'unavailable' });
    const errors = errorsFromServer(outcome.userErrors, ([head]) =>
      head === 'comment' ? 'comment' : undefined,
    );
    refused(errors);
    onProblem(true);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide('verify');
  }

  async function reloadDeclaration() {
    setReloading(true);
    await reload().catch(() => undefined);
    setReloading(false);
    report({ kind: 'none' });
  }

  const summary = summaryItems(form.state, {
    order: ['comment'],
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: () => verificationCommentId,
  });
  return (
    <div className="concord-action-panel">
      {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
      {problem.kind === 'stale' && (
        <StaleNotice
          key={attempt}
          title="This declaration has changed since you loaded it"
          action="Reload the declaration"
          reloading={reloading}
          onReload={() => void reloadDeclaration()}
        >
          <p>
            Someone else verified, rejected or replaced it after you opened this page, so your decision has
            not been saved. Your comment is still on this page.
          </p>
        </StaleNotice>
      )}
      {problem.kind === 'unavailable' && (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>Your decision could not be saved. Your comment is still on this page: try again later.</p>
        </ErrorSummary>
      )}
      <h2 id="verify-heading">Verify this declaration</h2>
      <p>
        Check the evidence. Verify the declaration if it supports what was declared; reject it if it does not,
        saying why. Either way the declarer sees your comment, and the outcome cannot be changed: only a new
        declaration replaces it.
      </p>
      <FieldMessagesProvider value={form.messages}>
        <form noValidate aria-labelledby="verify-heading" aria-busy={busy} onSubmit={onSubmit}>
          <Textarea
            id={verificationCommentId}
            name="comment"
            label="Comment"
            hint="Optional when you verify it. Required when you reject it: say what is missing or wrong."
            rows={4}
            maxLength={COMMENT_MAX_LENGTH}
            value={comment}
            error={form.messages.error('comment')}
            onChange={(event) => {
              setComment(event.target.value);
              form.messages.edited('comment');
            }}
            onBlur={() => form.messages.touch('comment')}
          />
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={busy}>
              Verify
            </button>
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              disabled={busy}
              onClick={() => void decide('reject')}
            >
              Reject
            </button>
          </div>
        </form>
      </FieldMessagesProvider>
    </div>
  );
}
