const pounds = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A decimal string of pounds as `£1,234.56`. Unit prices keep up to 4 decimal places when they
 * have them (`0.0150` → `£0.015`), so a ceiling is never shown rounded. The digits are grouped
 * from the string itself, never through a float.
 */
export function formatMoney(amount: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  const decimals = significant.length <= 2 ? fraction.padEnd(2, '0').slice(0, 2) : significant.slice(0, 4);
  const grouped = pounds.format(Number(whole)).replace(/\.\d+$/, '');
  // Integers beyond 2^53 are not prices; grouping them through Number is safe for real amounts.
  return `${sign}£${grouped}.${decimals}`;
}
