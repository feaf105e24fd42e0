import type { RowProblem } from './register-csv.js';

export type CsvCell = string | number | null;

// A spreadsheet runs a cell starting with one of these as a formula (or, after a tab or carriage
// return, may still do so), so such a cell from someone else's data could run on the reader's machine.
const FORMULA_START = /^[=+\-@\t\r]/;
// A negative amount is data, not a formula: keeping "-12.50" as it is keeps it a number in the sheet.
const PLAIN_NEGATIVE = /^-\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** A cell that a spreadsheet will show as text, never run: `=1+1` → `'=1+1`. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NEGATIVE.test(value) ? `'${value}` : value;
}

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends, quotes only where needed) with formulas neutralised. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvCell).join(',')}\r\n`;
  return out;
}

/**
 * The downloadable error report: one line per problem with the row's original values after it
 * when `sourceRows` has them, under the file's own header when `header` is given.
 */
export function problemReportCsv(
  problems: readonly RowProblem[],
  sourceRows?: ReadonlyMap<number, readonly string[]>,
  header?: readonly string[],
): string {
  let width = header?.length ?? 0;
  if (sourceRows)
    for (const problem of problems) width = Math.max(width, sourceRows.get(problem.row)?.length ?? 0);
  const valueNames = Array.from({ length: width }, (_, i) => header?.[i] || `value ${i + 1}`);
  const lines: CsvCell[][] = [['row', 'column', 'problem', ...valueNames]];
  for (const problem of problems) {
    const values = sourceRows?.get(problem.row) ?? [];
    lines.push([problem.row > 0 ? problem.row : null, problem.column, problem.message, ...values]);
  }
  // The byte order mark makes Excel read the file as UTF-8 (names with accents, £).
  return `\uFEFF${toCsv(lines)}`;
}
