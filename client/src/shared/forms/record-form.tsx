import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import type { MutationOutcome } from '../graphql/mutation';
import { hasErrors, type FieldId, type FormErrors } from './form-errors';
import { FormProblemSummary, type FormProblemState } from './form-problem';

/** What a page gives the form of a record it adds or edits (a supplier, a product, a standard). */
export type RecordFormProps<F extends string, A> = {
  heading: string;
  submitLabel: string;
  cancelTo: string;
  saving: boolean;
  onSave: (answers: A) => Promise<MutationOutcome>;
  /** Loads the record again after someone else saved it first (editing only). */
  onReload?: () => void;
  /** The form's problem state, held by the page so its title can say there is an error. */
  form: FormProblemState<F>;
};

/**
 * The frame of a record's form: its problem summary, heading, fields (`children`), and the button
 * that saves it next to "Cancel". On submitting, the form's own checks (`check`) come first; the
 * answers then go to the server, whose reasons land on the field they name (`fieldOf`).
 */
export function RecordForm<F extends string, A>({
  page: { heading, submitLabel, cancelTo, saving, onSave, onReload, form },
  caption,
  what,
  fields,
  check,
  fieldOf,
  children,
}: {
  page: RecordFormProps<F, A>;
  /** Above the heading: whose record it is. */
  caption?: string;
  /** What is saved, for the messages: "supplier". */
  what: string;
  fields: readonly FieldId<F>[];
  /** What to fix, and the answers to send when there is nothing. */
  check: () => { errors: FormErrors<F>; answers: A | null };
  fieldOf: (path: readonly string[]) => F | undefined;
  children: ReactNode;
}) {
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const { errors, answers } = check();
    if (hasErrors(errors) || answers === null) return form.show({ kind: 'invalid', errors });
    form.showOutcome(await onSave(answers), fieldOf);
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormProblemSummary
          problem={form.problem}
          attempt={form.attempt}
          fields={fields}
          what={what}
          onReload={onReload}
        />
        {caption && <span className="nhsuk-caption-l">{caption}</span>}
        <h1>{heading}</h1>
        <form noValidate onSubmit={(event) => void submit(event)}>
          {children}
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={saving}>
              {submitLabel}
            </button>
            <Link className="nhsuk-link" to={cancelTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
