import { foldForSearch } from '../../organisations/search-key.js';

const AMPERSAND = /&/g;
// Only at the end: "Limited Edition Software" and "UK Health Ltd" keep their first words.
const LEGAL_SUFFIX = / (?:ltd|limited|plc|llp)$/;
const SPACES = /\s+/g;
const DIGITS = /^\d{1,8}$/;
const PREFIXED = /^[A-Z]{2}\d{6}$/;
const ZEROS = /^0+$/;

/**
 * The key supplier and product names are matched on: case, accents, punctuation and a final
 * Ltd/Limited/PLC/LLP are ignored and `&` reads as "and", so "Meridian Health Ltd.",
 * "MERIDIAN HEALTH LIMITED" and "meridian health" share one key.
 */
export function nameKey(name: string): string {
  // Normalise first so a full-width ampersand becomes `&` before it is spelt out.
  return foldForSearch(name.normalize('NFKD').replace(AMPERSAND, ' and ')).replace(LEGAL_SUFFIX, '');
}

/**
 * A Companies House number as stored (8 characters, capitals), or null if it cannot be one.
 * Spreadsheets drop leading zeros, so up to 8 digits are padded back: `1234567` → `01234567`.
 */
export function companiesHouseKey(value: string | null | undefined): string | null {
  if (value == null) return null;
  const compact = value.replace(SPACES, '').toUpperCase();
  if (DIGITS.test(compact)) return ZEROS.test(compact) ? null : compact.padStart(8, '0');
  return PREFIXED.test(compact) ? compact : null;
}

export type MatchCandidate = { id: string; name: string; companiesHouseNumber?: string | null };

export type MatchIndex<T extends MatchCandidate> = {
  /** By `companiesHouseKey`. */
  byNumber: Map<string, T>;
  /** By `nameKey`; more than one entry means the name alone cannot decide. */
  byName: Map<string, T[]>;
};

export type MatchResult<T extends MatchCandidate> =
  | { kind: 'matched'; match: T; by: 'NUMBER' | 'NAME' }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: T[] };

/** Indexes existing records (suppliers, products) for `matchByNameOrNumber`. */
export function buildMatchIndex<T extends MatchCandidate>(items: Iterable<T>): MatchIndex<T> {
  const byNumber = new Map<string, T>();
  const byName = new Map<string, T[]>();
  for (const item of items) {
    const number = companiesHouseKey(item.companiesHouseNumber);
    if (number && !byNumber.has(number)) byNumber.set(number, item);
    const key = nameKey(item.name);
    const same = byName.get(key);
    if (same) same.push(item);
    else byName.set(key, [item]);
  }
  return { byNumber, byName };
}

/**
 * Finds the record a file means: by Companies House number first, then by name.
 *
 * A name match whose own number differs from a valid number in the file is not taken as a match:
 * the file names one company and numbers another, so a person must decide, and the result is
 * `ambiguous` listing the name matches (even if there is only one).
 */
export function matchByNameOrNumber<T extends MatchCandidate>(
  wanted: { name: string | null; companiesHouseNumber: string | null },
  candidates: MatchIndex<T>,
): MatchResult<T> {
  const number = companiesHouseKey(wanted.companiesHouseNumber);
  if (number) {
    const match = candidates.byNumber.get(number);
    if (match) return { kind: 'matched', match, by: 'NUMBER' };
  }
  const key = wanted.name ? nameKey(wanted.name) : '';
  const named = key ? (candidates.byName.get(key) ?? []) : [];
  if (named.length === 0) return { kind: 'none' };
  const conflicting =
    number !== null && named.some((c) => companiesHouseKey(c.companiesHouseNumber) !== null);
  if (named.length === 1 && !conflicting) return { kind: 'matched', match: named[0]!, by: 'NAME' };
  return { kind: 'ambiguous', candidates: [...named] };
}
