// Exact arithmetic on the few amounts the register's pages compare (no floats): a line's annual
// unit price against its ceiling's, both decimal strings with up to 4 places.

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,4}))?$/;

function toTenThousandths(amount: string): bigint | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const value = BigInt(`${match[2]}${(match[3] ?? '').padEnd(4, '0')}`);
  return match[1] ? -value : value;
}

/** `a − b`, exactly, with 4 decimal places; null when either is not a decimal of up to 4 places. */
export function difference(a: string, b: string): string | null {
  const x = toTenThousandths(a);
  const y = toTenThousandths(b);
  if (x === null || y === null) return null;
  const diff = x - y;
  const sign = diff < 0n ? '-' : '';
  const digits = (diff < 0n ? -diff : diff).toString().padStart(5, '0');
  return `${sign}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
