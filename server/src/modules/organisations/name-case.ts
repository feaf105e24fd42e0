// ODS publishes names and addresses in capitals. People read "Royal Free London NHS Foundation
// Trust" more easily than "ROYAL FREE LONDON NHS FOUNDATION TRUST", so the loader converts them.
const upper = new Set(['NHS', 'ICB', 'UK', 'CIC', 'LLP', 'PLC', 'HQ', 'II', 'III', 'IV']);
const lower = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'by', 'upon', 'with']);

function word(raw: string, first: boolean): string {
  const w = raw.toLowerCase();
  if (upper.has(raw.toUpperCase())) return raw.toUpperCase();
  if (!first && lower.has(w)) return w;
  // Capitalise each part of hyphenated or bracketed words: "Weston-Super-Mare", "(Cornwall)".
  return w.replace(/(^|[-(/'’])(\p{L})/gu, (_m, sep: string, ch: string) =>
    sep === "'" || sep === '’' ? sep + ch : sep + ch.toUpperCase(),
  );
}

/** "KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST" → "King's College Hospital NHS Foundation Trust". */
export function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text.trim(); // already mixed case: keep as published
  return text
    .trim()
    .split(/\s+/)
    .map((w, i) => word(w, i === 0))
    .join(' ');
}
