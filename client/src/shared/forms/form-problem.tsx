import { useState } from 'react';
import type { MutationOutcome } from '../graphql/mutation';
import { ErrorSummary } from '../ui/error-summary';
import { StaleNotice } from '../ui/stale-notice';
import { errorsFromServer, summaryItems, type FieldId, type FormErrors } from './form-errors';

/**
 * The problem after each attempt to save, and a count of attempts: key the error summary by it, so
 * it takes focus (and is announced) again when the same problem comes back.
 */
export function useProblem<P extends { kind: string }>(none: P) {
  const [state, setState] = useState<{ problem: P; attempt: number }>({ problem: none, attempt: 0 });
  return {
    problem: state.problem,
    attempt: state.attempt,
    show: (problem: P) => setState(({ attempt }) => ({ problem, attempt: attempt + 1 })),
    clear: () => setState(({ attempt }) => ({ problem: none, attempt })),
  };
}

/** What is wrong with a form after the last attempt to save it. */
export type FormProblem<F extends string> =
  { kind: 'none' } | { kind: 'invalid'; errors: FormErrors<F> } | { kind: 'unavailable' };

/** A form's problem state, with the server's answer put on its fields. */
export function useFormProblem<F extends string>() {
  const { problem, attempt, show, clear } = useProblem<FormProblem<F>>({ kind: 'none' });
  return {
    problem,
    attempt,
    show,
    clear,
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
  action = 'saved',
  onReload,
}: {
  problem: FormProblem<F>;
  attempt: number;
  fields: readonly FieldId<F>[];
  /** What is being saved, for the messages: "supplier". */
  what: string;
  /** What could not be done to it when the service failed: "saved", "created". */
  action?: string;
  /** Loads the record as it is now saved; offered when someone else saved it first. */
  onReload?: () => void;
}) {
  if (problem.kind === 'none') return null;
  if (problem.kind === 'unavailable') {
    return (
      <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
        <p>
          The {what} could not be {action}. Try again later.
        </p>
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
