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
