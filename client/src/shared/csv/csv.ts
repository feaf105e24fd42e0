// CSV files made in the browser, for people to open in a spreadsheet.

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some spreadsheets strip before doing so): a cell starting with one is prefixed with a single
 * quote, so a name such as `=HYPERLINK(…)` in the data shows as text and never runs (OWASP's "CSV
 * injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if a spreadsheet would take it for a formula, quoted when it must be. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row and the rows, CRLF line ends (RFC 4180). */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Saves `csv` as `fileName` through the browser's download, made on the spot: nothing is sent to
 * the server. A byte order mark first, so Excel reads the pound signs and names as UTF-8.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
