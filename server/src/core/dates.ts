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
