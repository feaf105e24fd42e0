/** One changed field of an audit event: its value before and after, as text to show. */
export type ChangeRow = { field: string; before: string | null; after: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The fields an event's `changes` (`{ before, after }`) touched, in the order they first appear,
 * with null on the side where the field was absent (created or removed). Anything of another shape
 * is shown whole under "changes" rather than hidden.
 */
export function changeRows(changes: Record<string, unknown> | null): ChangeRow[] {
  if (!changes) return [];
  const { before, after } = changes;
  if (!isRecord(before ?? {}) || !isRecord(after ?? {}) || !('before' in changes || 'after' in changes)) {
    return [{ field: 'changes', before: null, after: show(changes) }];
  }
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields.map((field) => ({
    field,
    before: field in from ? show(from[field]) : null,
    after: field in to ? show(to[field]) : null,
  }));
}
