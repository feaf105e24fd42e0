import type { ErrorSummaryItem } from '../ui/error-summary';

/** A problem with one field. `missing` ones wait for a submit; others show as soon as the field is left. */
export type Problem = { message: string; missing?: boolean };
/** Problems by field key, like `lots.l1.awards.l1a1.prices.n4.tiers.t2.from` or `lines.n3.unitPrice`. */
export type Problems = Record<string, Problem>;

/** Records the first problem found for a field; messages end without a full stop, as NHS ones do. */
export const put = (problems: Problems, key: string, text: string, missing = false) => {
  const message = text.replace(/\.$/, '');
  problems[key] ??= missing ? { message, missing } : { message };
};

/**
 * Which message each field shows. The server's word wins until the person changes that field.
 * The form's own checks show a wrong value as soon as its field is left, and a missing one only
 * once the person has tried to save (or asked for that part to be checked, like a price's "Done"),
 * so nobody is told off for a field they have not reached yet: a lot added after a failed save
 * is not marked wrong until the next attempt. Messages then follow the values as they change.
 */
export type MessageState = {
  problems: Problems;
  server: Record<string, string>;
  touched: ReadonlySet<string>;
  /** Fields that had a problem when the person last tried to save: theirs show while they last. */
  flagged: ReadonlySet<string>;
  /** Parts checked on their own, by key prefix (`lots.l1.awards.l1a1.prices.n3`). */
  revealed: ReadonlySet<string>;
};

const under = (key: string, prefixes: ReadonlySet<string>) => {
  for (const prefix of prefixes) if (key === prefix || key.startsWith(`${prefix}.`)) return true;
  return false;
};

export function visibleMessage(key: string, state: MessageState): string | undefined {
  const server = state.server[key];
  if (server) return server;
  const problem = state.problems[key];
  if (!problem) return undefined;
  if (state.flagged.has(key) || under(key, state.revealed)) return problem.message;
  return state.touched.has(key) && !problem.missing ? problem.message : undefined;
}

/** Whether any field under `prefix` shows a message: such a part of the form must stay open. */
export function hasMessageUnder(prefix: string, state: MessageState): boolean {
  const keys = new Set([...Object.keys(state.problems), ...Object.keys(state.server)]);
  for (const key of keys) {
    if ((key === prefix || key.startsWith(`${prefix}.`)) && visibleMessage(key, state)) return true;
  }
  return false;
}

/**
 * The error summary's list: messages that belong to no field first, then each shown field message,
 * in page order, linked to its field and named by where it sits when that helps ("Lot 1, …: …").
 */
export function summaryItems(
  state: MessageState,
  options: {
    order: readonly string[];
    form: readonly string[];
    idOf: (key: string) => string;
    contextOf?: (key: string) => string | null;
  },
): ErrorSummaryItem[] {
  const keys = [
    ...options.order,
    ...Object.keys({ ...state.problems, ...state.server }).filter((key) => !options.order.includes(key)),
  ];
  const items: ErrorSummaryItem[] = options.form.map((text) => ({ text }));
  const seen = new Set(items.map((item) => item.text));
  for (const key of keys) {
    const message = visibleMessage(key, state);
    if (!message) continue;
    const context = options.contextOf?.(key);
    const text = context ? `${context}: ${message}` : message;
    if (seen.has(text)) continue;
    seen.add(text);
    items.push({ text, href: `#${options.idOf(key)}` });
  }
  return items;
}
