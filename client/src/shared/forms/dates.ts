/**
 * Dates as the NHS date input holds them: day, month and year as typed, so nothing the person
 * entered is lost or reformatted while it is still wrong. The API takes `LocalDate` (`YYYY-MM-DD`).
 */
export type DateParts = { day: string; month: string; year: string };

export const emptyDate: DateParts = { day: '', month: '', year: '' };

export type DateReading =
  { kind: 'empty' } | { kind: 'invalid'; message: string } | { kind: 'date'; iso: string };

const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-04-01` → `{ day: '1', month: '4', year: '2027' }`; null or anything else → empty. */
export function toDateParts(iso: string | null | undefined): DateParts {
  const match = iso ? isoShape.exec(iso) : null;
  if (!match) return emptyDate;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * Reads what was typed, with the NHS design system's messages: "Start date must include a month",
 * "… must include a day and month", "Year must include 4 numbers", "… must be a real date".
 * `label` starts the sentence ("Start date").
 */
export function readDate(parts: DateParts, label: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'empty' };
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
  if (missing.length > 0)
    return { kind: 'invalid', message: `${label} must include a ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) {
    return { kind: 'invalid', message: `${label} must be a real date` };
  }
  if (year.length !== 4) return { kind: 'invalid', message: 'Year must include 4 numbers' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // Years outside 1900 to 2200 are typing slips in a catalogue of current products and frameworks.
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth || y < 1900 || y > 2200) {
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

/**
 * The same day `months` calendar months after a `YYYY-MM-DD` date, clamped to the end of a shorter
 * month: `2027-01-31` + 1 → `2027-02-28`, `2028-02-29` + 12 → `2029-02-28`.
 */
export function addMonths(iso: string, months: number): string {
  const match = isoShape.exec(iso);
  if (!match) return iso;
  const [, year = '', month = '', day = ''] = match;
  const total = Number(year) * 12 + Number(month) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(Number(day), new Date(Date.UTC(y, m, 0)).getUTCDate());
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
