import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { hasMessageUnder, visibleMessage, type MessageState, type Problems } from './field-messages';
import type { FormErrors } from './form-errors';
import { useProblem } from './form-problem';

/** What a field needs to know about messages: its own, and how to say it was left or changed. */
export type FieldMessages = {
  error: (key: string) => string | undefined;
  /** The person left the field: a wrong value may now be pointed out. */
  touch: (key: string) => void;
  /** The person changed the field: the server's message about the old value goes. */
  edited: (key: string) => void;
  /** Check one part now, missing values included (a price's "Done"). */
  reveal: (prefix: string) => void;
  /** Whether any field under the prefix shows a message. */
  showsUnder: (prefix: string) => boolean;
  /** Whether any field under the prefix has a problem, shown or not. */
  problemUnder: (prefix: string) => boolean;
};

const remove = (record: Record<string, string>, key: string) => {
  if (!(key in record)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/** The state behind the messages of one form, given its current problems. */
export function useFormMessages(problems: Problems) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(() => new Set());
  const [server, setServer] = useState<Record<string, string>>({});
  const state: MessageState = { problems, server, touched, flagged, revealed };

  // A field left by pressing something else (a button) shows its message only once the press is
  // over: a message appearing mid-click moves the button away from the pointer and loses the click.
  const pressed = useRef(false);
  const waiting = useRef<string[]>([]);
  useEffect(() => {
    const down = () => {
      pressed.current = true;
    };
    const up = () => {
      pressed.current = false;
      const keys = waiting.current;
      if (keys.length === 0) return;
      waiting.current = [];
      // After the click that follows this pointerup, in the same task.
      setTimeout(() => setTouched((current) => new Set([...current, ...keys])), 0);
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  }, []);
  const touch = (key: string) => {
    if (pressed.current) waiting.current.push(key);
    else setTouched((keys) => (keys.has(key) ? keys : new Set(keys).add(key)));
  };

  const messages: FieldMessages = {
    error: (key) => visibleMessage(key, state),
    touch,
    edited: (key) => setServer((record) => remove(record, key)),
    reveal: (prefix) => setRevealed((prefixes) => new Set(prefixes).add(prefix)),
    showsUnder: (prefix) => hasMessageUnder(prefix, state),
    problemUnder: (prefix) =>
      Object.keys(problems).some((key) => key === prefix || key.startsWith(`${prefix}.`)),
  };
  /** The person tried to save: every field with a problem now (or those given) shows its message. */
  const flag = (keys: readonly string[] = Object.keys(problems)) => setFlagged(new Set(keys));
  return { state, messages, flag, setServer };
}

/** What went wrong with the last attempt to save one of the editor's forms. */
export type SaveProblem =
  | { kind: 'none' }
  /** The form's own checks or the server's reasons; `form` holds those that belong to no field. */
  | { kind: 'invalid'; form: readonly string[] }
  /** Someone else saved the record since it was loaded. */
  | { kind: 'stale' }
  /** The service failed while the record was being `doing` ("saved", "published"). */
  | { kind: 'unavailable'; doing?: string };

/**
 * The problem after each attempt to save a form and a count of attempts (to key its summary by),
 * with the server's messages on the form's fields (`setServer` of `useFormMessages`).
 */
export function useSaveProblem(setServer: (fields: Record<string, string>) => void) {
  const { problem, attempt, show } = useProblem<SaveProblem>({ kind: 'none' });
  return {
    problem,
    attempt,
    /** A problem found here, or none: the server's messages about the last attempt go. */
    show(next: SaveProblem) {
      show(next);
      setServer({});
    },
    /** The server's refusal: its messages on their fields, the rest in the summary, a stale record apart. */
    refused(errors: FormErrors<string>) {
      show(errors.stale ? { kind: 'stale' } : { kind: 'invalid', form: errors.form });
      setServer(errors.fields as Record<string, string>);
    },
  };
}

const FieldMessagesContext = createContext<FieldMessages | null>(null);

export function FieldMessagesProvider({ value, children }: { value: FieldMessages; children: ReactNode }) {
  return <FieldMessagesContext.Provider value={value}>{children}</FieldMessagesContext.Provider>;
}

export function useFieldMessages(): FieldMessages {
  const messages = useContext(FieldMessagesContext);
  if (!messages) throw new Error('useFieldMessages needs a FieldMessagesProvider above it');
  return messages;
}
