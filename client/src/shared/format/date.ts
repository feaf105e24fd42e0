// A fixed table rather than Intl: browsers ship different CLDR data, and newer ones abbreviate
// September as "Sept" in en-GB. One spelling everywhere, matching the style guide ("23 Nov 2026").
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const localDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a `LocalDate` (`YYYY-MM-DD`) the en-GB way with a short month: `1991-04-01` → `1 Apr 1991`.
 * The string is read as a calendar date, never through `Date`, so no time zone can shift the day.
 * Anything that is not a valid date comes back unchanged rather than as "Invalid Date".
 */
export function formatDate(value: string): string {
  const match = localDate.exec(value);
  if (!match) return value;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return value;
  return `${day} ${months[month - 1]} ${year}`;
}

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Formats a `DateTime` (an ISO instant) as UK time with the same short months: `23 Nov 2026, 14:05`.
 * Always in Europe/London, whatever the browser's zone, so everyone reading a record sees the same
 * time. Anything that is not a valid instant comes back unchanged.
 */
export function formatDateTime(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    londonTime.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${Number(part('day'))} ${months[Number(part('month')) - 1]} ${part('year')}, ${part('hour')}:${part('minute')}`;
}
