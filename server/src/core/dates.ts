const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in England as `YYYY-MM-DD`: the day that decides whether something is open. */
export function todayInEngland(now: Date = new Date()): string {
  return londonDate.format(now);
}

const readableFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** A `YYYY-MM-DD` date as messages show it, like the client: "1 Apr 2026". */
export function readableDate(date: string): string {
  return readableFormat.format(new Date(`${date}T00:00:00Z`));
}

/** `days` days after a `YYYY-MM-DD` date (before it when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * `months` calendar months after a `YYYY-MM-DD` date, the day clamped to the month's end: a month
 * after 31 Jan is 28 or 29 Feb, a year after 29 Feb is 28 Feb.
 */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
