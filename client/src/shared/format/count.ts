const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A whole number with thousands separators: `1234` → `1,234`. */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/**
 * A count with its noun, singular only for exactly one: `count(1, 'organisation')` → `1 organisation`,
 * `count(1234, 'organisation')` → `1,234 organisations`. Pass `plural` for irregular nouns.
 */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(value)} ${value === 1 ? singular : plural}`;
}
