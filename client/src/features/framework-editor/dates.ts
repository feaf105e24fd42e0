/**
 * Dates as the NHS date input holds them: day, month and year as typed, so nothing the person
 * entered is lost or reformatted while it is still wrong. The API takes `LocalDate` (`YYYY-MM-DD`).
 */
export type DateParts = { day: string; month: string; year: string };

export const noDate: DateParts = { day: '', month: '', year: '' };

export type DateReading =
  { kind: 'empty' } | { kind: 'invalid'; message: string } | { kind: 'date'; iso: string };

const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-04-01` → `{ day: '1', month: '4', year: '2027' }`; null or anything else → empty. */
export function datePartsFromIso(iso: string | null | undefined): DateParts {
  const match = iso ? isoShape.exec(iso) : null;
  if (!match) return noDate;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const isEmpty = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

/**
 * Reads what was typed, with the NHS design system's messages: "Start date must include a month",
 * "Start date must be a real date". `label` starts the sentence ("Start date").
 */
export function readDate(parts: DateParts, label: string): DateReading {
  if (isEmpty(parts)) return { kind: 'empty' };
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length === 1) return { kind: 'invalid', message: `${label} must include ${missing[0]}` };
  if (missing.length === 2)
    return { kind: 'invalid', message: `${label} must include ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) {
    return { kind: 'invalid', message: `${label} must be a real date` };
  }
  if (year.length !== 4) return { kind: 'invalid', message: 'Year must include 4 numbers' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) {
    return { kind: 'invalid', message: `${label} must be a real date` };
  }
  return { kind: 'date', iso: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** The ISO date typed, or null when it is empty or not a real date. */
export function isoOrNull(parts: DateParts): string | null {
  const reading = readDate(parts, 'Date');
  return reading.kind === 'date' ? reading.iso : null;
}

const englishDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in England (`YYYY-MM-DD`), which is what the server calls today. */
export function todayInEngland(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    englishDay.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
