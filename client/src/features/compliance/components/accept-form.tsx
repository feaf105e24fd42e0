import { useMemo, useState, type FormEvent } from 'react';
import { put, summaryItems, type Problems } from '../../../shared/forms/field-messages';
import { errorsFromServer } from '../../../shared/forms/form-errors';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Textarea } from '../../../shared/ui/textarea';
import { useAcceptDeclarationLocallyMutation } from '../mutations/use-accept-declaration-locally-mutation';

const NOTE_MAX_LENGTH = 2000;
export const acceptNoteId = 'acceptance-note';

/** What is wrong with the note: it must say what the trust relied on and who signed it off. */
export function acceptanceProblems(note: string): Problems {
  const problems: Problems = {};
  const text = note.trim();
  if (!text) put(problems, 'note', 'Say what your trust relied on and who signed it off', true);
  else if (text.length > NOTE_MAX_LENGTH) put(problems, 'note', 'The note must be 2,000 characters or fewer');
  return problems;
}

/**
 * A trust's acceptance of a supplier's product declaration for its own deployment (its DCB0160
 * sign-off relying on the supplier's DCB0129, say). The server accepts it only for a version the
 * trust has under a contract in force, and says so otherwise.
 */
export function AcceptForm({
  declarationId,
  trust,
  product,
  onProblem,
}: {
  declarationId: string;
  trust: string;
  /** "Sentinel Care Record 8.5". */
  product: string;
  onProblem: (shown: boolean) => void;
}) {
  const [note, setNote] = useState('');
  const problems = useMemo(() => acceptanceProblems(note), [note]);
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const [acceptDeclarationLocally, { loading }] = useAcceptDeclarationLocallyMutation();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    form.flag();
    if (Object.keys(problems).length > 0) {
      show({ kind: 'invalid', form: [] });
      return onProblem(true);
    }
    const outcome = await acceptDeclarationLocally({ declarationId, note: note.trim() });
    if (outcome.kind === 'done') return onProblem(false);
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    else refused(errorsFromServer(outcome.userErrors, ([head]) => (head === 'note' ? 'note' : undefined)));
    onProblem(true);
  }

  const summary = summaryItems(form.state, {
    order: ['note'],
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: () => acceptNoteId,
  });
  return (
    <div className="concord-action-panel">
      {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
      {problem.kind === 'unavailable' && (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>The acceptance could not be saved. Your note is still on this page: try again later.</p>
        </ErrorSummary>
      )}
      <h2 id="accept-heading">Accept for your trust</h2>
      <p>
        If {trust} relies on this declaration for its own use of {product} (for example, its DCB0160 sign-off
        relying on the supplier’s DCB0129 evidence), record that here. You can accept it only for a version
        your trust has under a contract in force.
      </p>
      <FieldMessagesProvider value={form.messages}>
        <form
          noValidate
          aria-labelledby="accept-heading"
          aria-busy={loading}
          onSubmit={(event) => void onSubmit(event)}
        >
          <Textarea
            id={acceptNoteId}
            name="note"
            label="What did your trust rely on, and who signed it off?"
            hint="For example, DCB0160 clinical safety case signed off by our Clinical Safety Officer, J. Smith"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            error={form.messages.error('note')}
            onChange={(event) => {
              setNote(event.target.value);
              form.messages.edited('note');
            }}
            onBlur={() => form.messages.touch('note')}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={loading}>
            Accept for {trust}
          </button>
        </form>
      </FieldMessagesProvider>
    </div>
  );
}
