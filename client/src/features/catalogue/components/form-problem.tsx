import { useState } from 'react';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { errorsFromServer, summaryItems, type FormErrors } from '../form-state';
import type { MutationOutcome } from '../mutations/outcome';

/** What is wrong with a form after the last attempt to save it. */
export type FormProblem<F extends string> =
  { kind: 'none' } | { kind: 'invalid'; errors: FormErrors<F> } | { kind: 'unavailable' };

/**
 * The problem after each attempt, and a count of attempts: the error summary is keyed by it, so it
 * takes focus (and is announced) again when the same problem comes back.
 */
export function useFormProblem<F extends string>() {
  const [state, setState] = useState<{ problem: FormProblem<F>; attempt: number }>({
    problem: { kind: 'none' },
    attempt: 0,
  });
  const show = (problem: FormProblem<F>) => setState(({ attempt }) => ({ problem, attempt: attempt + 1 }));
  const { problem, attempt } = state;
  return {
    problem,
    attempt,
    show,
    clear: () => setState(({ attempt }) => ({ problem: { kind: 'none' }, attempt })),
    /** Shows what the server said, if it did not save: returns whether it saved. */
    showOutcome(outcome: MutationOutcome, fieldOf: (path: readonly string[]) => F | undefined): boolean {
      if (outcome.kind === 'done') return true;
      show(
        outcome.kind === 'refused'
          ? { kind: 'invalid', errors: errorsFromServer(outcome.userErrors, fieldOf) }
          : { kind: 'unavailable' },
      );
      return false;
    },
    fieldErrors: (problem.kind === 'invalid' ? problem.errors.fields : {}) as Partial<Record<F, string>>,
  };
}

/** The problem state of one form, created by its page (whose title says "Error:" while there is one). */
export type FormProblemState<F extends string> = ReturnType<typeof useFormProblem<F>>;

/**
 * The error summary for a form: what to fix, linked to each field; that someone else saved the
 * record first, with a way to load their version; or that the service failed.
 */
export function FormProblemSummary<F extends string>({
  problem,
  attempt,
  fields,
  what,
  onReload,
}: {
  problem: FormProblem<F>;
  attempt: number;
  fields: readonly { field: F; id: string }[];
  /** What is being saved, for the messages: "supplier". */
  what: string;
  /** Loads the record as it is now saved; offered when someone else saved it first. */
  onReload?: () => void;
}) {
  if (problem.kind === 'none') return null;
  if (problem.kind === 'unavailable') {
    return (
      <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
        <p>The {what} could not be saved. Try again later.</p>
      </ErrorSummary>
    );
  }
  const { errors } = problem;
  if (errors.stale) {
    return (
      <StaleNotice
        key={attempt}
        title={`Someone else has changed this ${what}`}
        action={`Reload the ${what}`}
        onReload={onReload}
      >
        <p>{errors.stale}</p>
      </StaleNotice>
    );
  }
  return <ErrorSummary key={attempt} errors={summaryItems(errors, fields)} />;
}
