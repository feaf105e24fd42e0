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

/**
 * A decimal quantity as people write it: thousands grouped, trailing zeros dropped (`1200.00` →
 * `1,200`, `12.50` → `12.5`). Read from the string itself, never through a float's fraction.
 */
export function formatQuantity(value: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return `${formatInteger(Number(match[1]))}${fraction ? `.${fraction}` : ''}`;
}

/** A percentage from a decimal string: `12.50` → `12.5%`, `0.00` → `0%`. */
export function formatPercent(value: string): string {
  return `${formatQuantity(value)}%`;
}
