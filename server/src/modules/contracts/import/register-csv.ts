import { readableDate } from '../../../core/dates.js';
import { clipText } from '../../../core/storable-text.js';
import { parse } from 'csv-parse/sync';
import { BillingPeriod, PricingUnit } from '../../catalogue/catalogue.enums.js';
import { PriceVisibility, ProcurementRoute } from '../contract.enums.js';
import { companiesHouseKey } from './company-match.js';
import { registerColumnByName, registerColumns, type RegisterColumnName } from './register-template.js';

/**
 * A problem with an imported file. `row` is the row as a spreadsheet numbers it (the header is
 * row 1, the first data row row 2); row 0 means the file as a whole, which is then refused.
 */
export type RowProblem = {
  row: number;
  /** The template column the problem is in, or null for the whole row or file. */
  column: string | null;
  /** Plain English: what is wrong and what is expected. */
  message: string;
};

/** One line of a contract, checked, with the contract's details it repeats. */
export type RegisterRow = {
  row: number;
  contractReference: string;
  contractTitle: string;
  /** Capitals; null means the importing trust. */
  buyerOdsCode: string | null;
  supplierName: string | null;
  /** 8 characters, as `companiesHouseKey` gives it. */
  supplierCompaniesHouseNumber: string | null;
  frameworkReference: string | null;
  lotNumber: number | null;
  route: ProcurementRoute | null;
  /** `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  maxEndDate: string | null;
  /** Pounds to 2 places: `923281.25`. */
  totalValue: string | null;
  priceVisibility: PriceVisibility;
  notes: string | null;
  expectedAnnualSaving: string | null;
  benefitsOwner: string | null;
  lineReference: string;
  productName: string | null;
  productVersion: string | null;
  description: string | null;
  role: string | null;
  grade: string | null;
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  /** Without trailing zeros: `4500`, `2.5`. */
  quantity: string;
  /** Pounds to 4 places: `62.5000`. */
  unitPrice: string;
  /** Percent to 2 places: `12.50`. */
  discountPercent: string | null;
  rebate: boolean;
  bundle: boolean;
  researchPartnership: boolean;
  suppressed: boolean;
  suppressionReason: string | null;
};

export type ParsedRegister = {
  /** The rows without any problem, in file order. Apply them only when `problems` is empty. */
  rows: RegisterRow[];
  /** Every problem found, in row order. */
  problems: RowProblem[];
  /** The template columns the header has, in the file's order. */
  columns: string[];
  /** The header's cells (trimmed), to head the error report's columns of values. */
  header: string[];
  /** The cells as written of every row with a problem, by row, for the error report. */
  sourceRows: Map<number, string[]>;
};

export type ParseRegisterOptions = {
  /** Data rows allowed (blank rows not counted); more and the file is refused. */
  maxRows?: number;
  /** Bytes allowed (as UTF-8); more and the file is refused. */
  maxBytes?: number;
};

export const DEFAULT_MAX_ROWS = 200_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const REQUIRED_IN_HEADER = registerColumns.filter((c) => c.required === 'yes').map((c) => c.name);
const SUPPLIER_COLUMNS: RegisterColumnName[] = ['supplier_name', 'supplier_companies_house_number'];

// Contract details every line of a contract repeats; a line that differs is a mistake somewhere.
const CONTRACT_FIELDS = [
  ['contract_title', 'contractTitle'],
  ['supplier_name', 'supplierName'],
  ['supplier_companies_house_number', 'supplierCompaniesHouseNumber'],
  ['framework_reference', 'frameworkReference'],
  ['lot_number', 'lotNumber'],
  ['route', 'route'],
  ['start_date', 'startDate'],
  ['end_date', 'endDate'],
  ['max_end_date', 'maxEndDate'],
  ['total_value', 'totalValue'],
  ['price_visibility', 'priceVisibility'],
  ['notes', 'notes'],
  ['expected_annual_saving', 'expectedAnnualSaving'],
  ['benefits_owner', 'benefitsOwner'],
] as const satisfies readonly (readonly [RegisterColumnName, keyof RegisterRow])[];

// Compiled once: these run on every cell of files with hundreds of thousands of rows.
const HEADER_SEPARATORS = /[\s_-]+/g;
const ENUM_SEPARATORS = /[\s_-]+/g;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SHORT_YEAR_DATE = /^\d{1,2}\/\d{1,2}\/\d{2}$/;
const NUMBER = /^([-−]?)\s*(£?)\s*([-−]?)\s*([\d,]*)(?:\.(\d+))?\s*(%?)$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const COMMA = /,/g;
const LEADING_ZEROS = /^0+(?=\d)/;
const TRAILING_ZEROS = /0+$/;
const NON_ZERO = /[1-9]/;
const WHOLE_NUMBER = /^\d+$/;
const ODS_CODE = /^[A-Z0-9]+$/;
const TAB = /\t/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// At most 10 digits before the point: amounts are stored as numeric(14,4).
const MAX_WHOLE_DIGITS = 10;
const MAX_LOT = 999;

const enumReader = <T extends string>(codes: readonly T[], aliases: Record<string, T> = {}) => {
  const map = new Map<string, T>(codes.map((code) => [code, code]));
  for (const [alias, code] of Object.entries(aliases)) map.set(alias, code);
  return (raw: string): T | undefined => map.get(raw.toUpperCase().replace(ENUM_SEPARATORS, '_'));
};

const ROUTES = Object.values(ProcurementRoute);
const VISIBILITIES = Object.values(PriceVisibility);
const UNITS = Object.values(PricingUnit);
const PERIODS = Object.values(BillingPeriod);
const readRoute = enumReader(ROUTES);
const readVisibility = enumReader(VISIBILITIES);
const readUnit = enumReader(UNITS, { PER_LICENSE: PricingUnit.PER_LICENCE });
const readPeriod = enumReader(PERIODS, {
  ONEOFF: BillingPeriod.ONE_OFF,
  YEARLY: BillingPeriod.ANNUAL,
  ANNUALLY: BillingPeriod.ANNUAL,
});
const BOOLEANS = new Map<string, boolean>([
  ['yes', true],
  ['y', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['n', false],
  ['false', false],
  ['0', false],
]);

const listOf = (items: readonly string[], last: 'and' | 'or' = 'or') =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}` : (items[0] ?? '');

/** The value as messages quote it: at most 40 characters. */
export function quoteValue(value: string): string {
  return `"${value.length > 40 ? `${clipText(value, 39)}…` : value}"`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const label = (column: RegisterColumnName) => registerColumnByName.get(column)!.label;
const count = (n: number) => n.toLocaleString('en-GB');
const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${count(Math.ceil(bytes / 1024 / 1024))} MB`
    : `${count(Math.ceil(bytes / 1024))} KB`;

/** Spreadsheet column letters: 0 → A, 26 → AA. */
const columnLetter = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);

const normaliseHeader = (cell: string) => cell.trim().toLowerCase().replace(HEADER_SEPARATORS, '_');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

type Decimal = { negative: boolean; whole: string; fraction: string };

/**
 * Reads a decimal without any float: sign, whole digits without leading zeros or commas, fraction
 * digits without trailing zeros. A string is the reason it cannot be read.
 */
function readDecimal(raw: string, money: boolean, percent: boolean): Decimal | string {
  const m = NUMBER.exec(raw);
  const example = money ? 'like 1234.56 or £1,234.56' : percent ? 'like 12.5 or 12.5%' : 'like 1500 or 2.5';
  if (!m || (m[2] && !money) || (m[6] && !percent) || (m[1] && m[3]) || (!m[4] && m[5] === undefined)) {
    return `${quoteValue(raw)} is not a number; write it ${example}.`;
  }
  let whole = m[4]!;
  if (whole.includes(',')) {
    if (!THOUSANDS.test(whole)) {
      return `${quoteValue(raw)} has a comma in the wrong place; commas may only separate thousands (1,234.56) and a full stop comes before the decimals.`;
    }
    whole = whole.replace(COMMA, '');
  }
  whole = whole === '' ? '0' : whole.replace(LEADING_ZEROS, '');
  const fraction = (m[5] ?? '').replace(TRAILING_ZEROS, '');
  return { negative: (m[1] || m[3]) !== '' && (NON_ZERO.test(whole) || fraction !== ''), whole, fraction };
}

type NumberRule = {
  places: number;
  /** "prices may have at most 4" */
  what: string;
  money: boolean;
  percent: boolean;
};

const PRICE: NumberRule = { places: 4, what: 'prices', money: true, percent: false };
const MONEY: NumberRule = { places: 2, what: 'amounts of money', money: true, percent: false };
const QUANTITY: NumberRule = { places: 2, what: 'quantities', money: false, percent: false };
const PERCENT: NumberRule = { places: 2, what: 'percentages', money: false, percent: true };

/** Reads one row's cells; each reader reports its own problems and returns undefined for them. */
class RowReader {
  row = 0;
  cells: string[] = [];
  failed = false;

  constructor(
    private readonly at: Readonly<Record<RegisterColumnName, number>>,
    private readonly problems: RowProblem[],
  ) {}

  start(row: number, cells: string[]) {
    this.row = row;
    this.cells = cells;
    this.failed = false;
  }

  cell(column: RegisterColumnName): string {
    const index = this.at[column];
    return index < 0 ? '' : (this.cells[index]?.trim() ?? '');
  }

  fail(column: RegisterColumnName | null, message: string): undefined {
    this.failed = true;
    this.problems.push({ row: this.row, column, message });
    return undefined;
  }

  /** Blank: null, or a problem when the column is always required. */
  private blank(column: RegisterColumnName): null | undefined {
    const spec = registerColumnByName.get(column)!;
    if (spec.required !== 'yes') return null;
    return this.fail(
      column,
      `${capitalise(spec.label)} is missing; it is required (for example ${spec.example}).`,
    );
  }

  text(column: RegisterColumnName): string | null | undefined {
    const value = this.cell(column);
    if (value === '') return this.blank(column);
    const spec = registerColumnByName.get(column)!;
    if (spec.maxLength !== null && value.length > spec.maxLength) {
      return this.fail(
        column,
        `${quoteValue(value)} is ${count(value.length)} characters long; a ${spec.label} may have at most ${count(spec.maxLength)}.`,
      );
    }
    return value;
  }

  odsCode(column: RegisterColumnName): string | null | undefined {
    const text = this.text(column);
    if (text == null) return text;
    const value = text.toUpperCase();
    if (!ODS_CODE.test(value)) {
      return this.fail(
        column,
        `${quoteValue(value)} is not an ODS code; use the trust’s code of letters and digits, e.g. RJ1.`,
      );
    }
    return value;
  }

  companiesHouseNumber(column: RegisterColumnName): string | null | undefined {
    const value = this.cell(column);
    if (value === '') return null;
    const key = companiesHouseKey(value);
    if (key === null) {
      return this.fail(
        column,
        `${quoteValue(value)} is not a Companies House number; it has 8 characters: 8 digits (01234567) or two letters and 6 digits (SC123456).`,
      );
    }
    return key;
  }

  date(column: RegisterColumnName): string | null | undefined {
    const value = this.cell(column);
    if (value === '') return this.blank(column);
    let m = ISO_DATE.exec(value);
    let year: number;
    let month: number;
    let day: number;
    if (m) {
      [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else if ((m = UK_DATE.exec(value))) {
      [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else if (SHORT_YEAR_DATE.test(value)) {
      return this.fail(
        column,
        `${quoteValue(value)} has a two-digit year; write the year in full, e.g. 01/04/2026.`,
      );
    } else {
      return this.fail(
        column,
        `${quoteValue(value)} is not a date; write dates as 2026-04-01 or 01/04/2026 (day/month/year).`,
      );
    }
    if (month < 1 || month > 12) {
      return this.fail(
        column,
        `${quoteValue(value)} is not a real date: there is no month ${month}. Dates are day/month/year, e.g. 01/04/2026 for 1 April 2026.`,
      );
    }
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
      return this.fail(
        column,
        `${quoteValue(value)} is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days.`,
      );
    }
    if (year < 1900) return this.fail(column, `${quoteValue(value)} is before 1900; check the year.`);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  /** A decimal as a canonical string: `places` decimals, or trimmed of trailing zeros when `trim`. */
  decimal(column: RegisterColumnName, rule: NumberRule, trim = false): string | null | undefined {
    const value = this.cell(column);
    if (value === '') return this.blank(column);
    const number = readDecimal(value, rule.money, rule.percent);
    if (typeof number === 'string') return this.fail(column, number);
    if (number.negative) {
      return this.fail(
        column,
        `${quoteValue(value)} is negative; a ${label(column)} must be ${rule.money ? '£0' : '0'} or more.`,
      );
    }
    if (number.fraction.length > rule.places) {
      return this.fail(
        column,
        `${quoteValue(value)} has ${number.fraction.length} decimal places; ${rule.what} may have at most ${rule.places}.`,
      );
    }
    if (number.whole.length > MAX_WHOLE_DIGITS) {
      return this.fail(
        column,
        `${quoteValue(value)} is too large; a ${label(column)} may have at most ${MAX_WHOLE_DIGITS} digits before the decimal point.`,
      );
    }
    if (
      rule.percent &&
      (number.whole.length > 3 ||
        (number.whole.length === 3 && (number.whole > '100' || number.fraction !== '')))
    ) {
      return this.fail(
        column,
        `${quoteValue(value)} is more than 100%; a discount is a percentage from 0 to 100.`,
      );
    }
    if (trim) return number.fraction ? `${number.whole}.${number.fraction}` : number.whole;
    return `${number.whole}.${number.fraction.padEnd(rule.places, '0')}`;
  }

  lotNumber(column: RegisterColumnName): number | null | undefined {
    const value = this.cell(column);
    if (value === '') return null;
    const lot = WHOLE_NUMBER.test(value) ? Number(value) : 0;
    if (lot < 1 || lot > MAX_LOT) {
      return this.fail(
        column,
        `${quoteValue(value)} is not a lot number; write the lot’s number alone, a whole number from 1 (e.g. 2).`,
      );
    }
    return lot;
  }

  choice<T extends string>(
    column: RegisterColumnName,
    read: (raw: string) => T | undefined,
    codes: readonly T[],
  ): T | null | undefined {
    const value = this.cell(column);
    if (value === '') return this.blank(column);
    return (
      read(value) ??
      this.fail(column, `${quoteValue(value)} is not a ${label(column)}; use ${listOf(codes)}.`)
    );
  }

  flag(column: RegisterColumnName): boolean | undefined {
    const value = this.cell(column);
    if (value === '') return false;
    const flag = BOOLEANS.get(value.toLowerCase());
    return (
      flag ??
      this.fail(column, `${quoteValue(value)} is not yes or no; write yes or no, or leave it blank for no.`)
    );
  }
}

type Value = string | number | boolean | null;

type ContractSeen = {
  /** First valid value of each contract field and the row it came from. */
  values: (Value | undefined)[];
  rows: number[];
  lines: Map<string, number>;
};

const problem = (row: number, column: string | null, message: string): RowProblem => ({
  row,
  column,
  message,
});

const refuse = (refusal: RowProblem, header: string[] = [], columns: string[] = []): ParsedRegister => ({
  rows: [],
  problems: [refusal],
  columns,
  header,
  sourceRows: new Map(),
});

const SAVE_AS_CSV = 'In Excel, use Save As and choose "CSV UTF-8 (Comma delimited)".';

/** The file as text, or the reason it is not a text CSV file. */
function decode(bytes: Buffer | string): string | RowProblem {
  if (typeof bytes === 'string') {
    if (bytes.includes('\0'))
      return problem(0, null, `The file is not a CSV file: it contains binary data. ${SAVE_AS_CSV}`);
    return bytes.charCodeAt(0) === 0xfeff ? bytes.slice(1) : bytes;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem(0, null, `The file is saved as UTF-16 ("Unicode text"), not as CSV. ${SAVE_AS_CSV}`);
  }
  if (bytes.includes(0)) {
    return problem(
      0,
      null,
      `The file is not a CSV file: it contains binary data (is it a spreadsheet such as .xlsx?). ${SAVE_AS_CSV}`,
    );
  }
  try {
    // The decoder drops a UTF-8 byte order mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(
      0,
      null,
      `The file is not UTF-8 text (it may be saved in an older encoding). ${SAVE_AS_CSV}`,
    );
  }
}

/** Comma or semicolon: whichever the header line has more of outside quotes (comma on a tie). */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x0a || c === 0x0d) break;
    else if (c === 0x2c) commas++;
    else if (c === 0x3b) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function readRecords(input: Buffer | string, delimiter: string): string[][] | RowProblem {
  try {
    return parse(input, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // A stray quote inside a value (5" screen) is kept as written, not an error.
      relax_quotes: true,
      skip_empty_lines: false,
      // Far beyond any real row: a longer one is a quote left open that swallowed the rows after it.
      max_record_size: 100_000,
    }) as string[][];
  } catch (error) {
    const code = (error as { code?: string }).code;
    const records = (error as { records?: number }).records ?? 0;
    const row = records + 1;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      return problem(
        row,
        null,
        `A value on row ${row} opens a double quote (") that is never closed, so the rest of the file cannot be read. Remove the stray quote or close it.`,
      );
    }
    if (code === 'CSV_MAX_RECORD_SIZE') {
      return problem(
        row,
        null,
        `Row ${row} is too long to be a row of the template; check for a stray double quote (") before it.`,
      );
    }
    return problem(row, null, `The file cannot be read as CSV at row ${row}: ${(error as Error).message}`);
  }
}

type Header = { at: Record<RegisterColumnName, number>; columns: RegisterColumnName[]; width: number };

/** Maps template columns to the file's columns, or says why the header is not the template's. */
function readHeader(cells: string[]): Header | string {
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === '') width--;
  const at = Object.fromEntries(registerColumns.map((c) => [c.name, -1])) as Record<
    RegisterColumnName,
    number
  >;
  const columns: RegisterColumnName[] = [];
  const unknown: string[] = [];
  const blank: string[] = [];
  const repeated: string[] = [];
  for (let i = 0; i < width; i++) {
    const name = normaliseHeader(cells[i]!);
    if (name === '') {
      blank.push(columnLetter(i));
    } else if (!registerColumnByName.has(name as RegisterColumnName)) {
      unknown.push(`${quoteValue(cells[i]!.trim())} (column ${columnLetter(i)})`);
    } else if (at[name as RegisterColumnName] >= 0) {
      repeated.push(
        `${name} (columns ${columnLetter(at[name as RegisterColumnName])} and ${columnLetter(i)})`,
      );
    } else {
      at[name as RegisterColumnName] = i;
      columns.push(name as RegisterColumnName);
    }
  }
  const missing: string[] = REQUIRED_IN_HEADER.filter((name) => at[name] < 0);
  if (SUPPLIER_COLUMNS.every((name) => at[name] < 0))
    missing.push('supplier_name (or supplier_companies_house_number)');

  if (columns.length === 0) {
    const tabs = cells.some((cell) => TAB.test(cell)) ? ' It looks separated by tabs; save it as CSV.' : '';
    return `The first row is not the template’s header: none of its cells is a template column.${tabs} The header needs at least ${listOf(missing, 'and')}; download the template to start from.`;
  }
  const faults: string[] = [];
  if (missing.length)
    faults.push(
      `The header is missing the required column${missing.length > 1 ? 's' : ''} ${listOf(missing, 'and')}.`,
    );
  if (unknown.length) {
    faults.push(
      `The header has column${unknown.length > 1 ? 's' : ''} the template does not have: ${unknown.join(', ')}; rename ${unknown.length > 1 ? 'them' : 'it'} to a template column or delete ${unknown.length > 1 ? 'them' : 'it'}.`,
    );
  }
  if (repeated.length) faults.push(`The header has the same column twice: ${repeated.join(', ')}.`);
  if (blank.length) {
    faults.push(
      `The header has no name in column${blank.length > 1 ? 's' : ''} ${listOf(blank, 'and')}; name ${blank.length > 1 ? 'them' : 'it'} or delete ${blank.length > 1 ? 'them' : 'it'}.`,
    );
  }
  return faults.length ? faults.join(' ') : { at, columns, width };
}

const isBlank = (cells: string[], from = 0) => {
  for (let i = from; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
};

/**
 * Reads and checks a contract register in the template's form (`register-template.ts`).
 *
 * Every problem is reported, row by row, with the row number a spreadsheet shows. A file that is
 * not a text CSV of the template (binary, not UTF-8, empty, a header that is not the template's,
 * too many rows) is refused with one problem; row 0 is the file as a whole, row 1 its header.
 */
export function parseRegister(bytes: Buffer | string, options: ParseRegisterOptions = {}): ParsedRegister {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > maxBytes) {
    return refuse(
      problem(
        0,
        null,
        `The file is ${fileSize(size)}; an import can be at most ${fileSize(maxBytes)}. Split it into smaller files.`,
      ),
    );
  }
  const text = decode(bytes);
  if (typeof text !== 'string') return refuse(text);
  if (text.trim() === '') {
    return refuse(
      problem(0, null, 'The file is empty; it needs the template’s header and a row for each contract line.'),
    );
  }

  // The parser reads bytes faster than a string it would encode again; the bytes are known UTF-8 now.
  const records = readRecords(bytes, detectDelimiter(text));
  if (!Array.isArray(records)) return refuse(records);
  const header = records[0] ?? [];
  const headerCells = header.map((cell) => cell.trim());
  const mapped = readHeader(header);
  if (typeof mapped === 'string') return refuse(problem(1, null, mapped), headerCells);

  let dataRows = 0;
  for (let i = 1; i < records.length; i++) if (!isBlank(records[i]!)) dataRows++;
  if (dataRows === 0) {
    const message = 'The file has only a header; add a row for each contract line below it.';
    return refuse(problem(0, null, message), headerCells, mapped.columns);
  }
  if (dataRows > maxRows) {
    const message = `The file has ${count(dataRows)} rows; an import can have at most ${count(maxRows)}. Split it into smaller files.`;
    return refuse(problem(0, null, message), headerCells, mapped.columns);
  }

  const problems: RowProblem[] = [];
  const rows: RegisterRow[] = [];
  const sourceRows = new Map<number, string[]>();
  const contracts = new Map<string, ContractSeen>();
  const read = new RowReader(mapped.at, problems);

  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    if (isBlank(cells)) continue;
    const row = i + 1;
    read.start(row, cells);
    if (cells.length > mapped.width && !isBlank(cells, mapped.width)) {
      let values = cells.length;
      while (cells[values - 1]!.trim() === '') values--;
      read.fail(
        null,
        `This row has ${values} values but the header has ${mapped.width} columns; check for a stray comma or semicolon, or a value typed beyond the last column.`,
      );
    }
    const draft = readRow(read);
    checkAgainstContract(read, draft, contracts);
    if (read.failed) sourceRows.set(row, cells);
    else rows.push(draft as RegisterRow);
  }
  return { rows, problems, columns: mapped.columns, header: headerCells, sourceRows };
}

/** One row's values, problems reported on the reader; undefined values are the ones with problems. */
type Draft = { [K in keyof RegisterRow]: RegisterRow[K] | undefined };

function readRow(read: RowReader): Draft {
  const frameworkReference = read.text('framework_reference');
  const startDate = read.date('start_date');
  const endDate = read.date('end_date');
  const maxEndDate = read.date('max_end_date');
  const draft: Draft = {
    row: read.row,
    contractReference: read.text('contract_reference') as string | undefined,
    contractTitle: read.text('contract_title') as string | undefined,
    buyerOdsCode: read.odsCode('buyer_ods_code'),
    supplierName: read.text('supplier_name'),
    supplierCompaniesHouseNumber: read.companiesHouseNumber('supplier_companies_house_number'),
    frameworkReference,
    lotNumber: read.lotNumber('lot_number'),
    route: read.choice('route', readRoute, ROUTES),
    startDate: startDate as string | undefined,
    endDate: endDate as string | undefined,
    maxEndDate,
    totalValue: read.decimal('total_value', MONEY),
    priceVisibility:
      read.cell('price_visibility') === ''
        ? PriceVisibility.ANONYMOUS
        : (read.choice('price_visibility', readVisibility, VISIBILITIES) as PriceVisibility | undefined),
    notes: read.text('notes'),
    expectedAnnualSaving: read.decimal('expected_annual_saving', MONEY),
    benefitsOwner: read.text('benefits_owner'),
    lineReference: read.text('line_reference') as string | undefined,
    productName: read.text('product_name'),
    productVersion: read.text('product_version'),
    description: read.text('description'),
    role: read.text('role'),
    grade: read.text('grade'),
    pricingUnit: read.choice('pricing_unit', readUnit, UNITS) as PricingUnit | undefined,
    billingPeriod: read.choice('billing_period', readPeriod, PERIODS) as BillingPeriod | undefined,
    quantity: read.decimal('quantity', QUANTITY, true) as string | undefined,
    unitPrice: read.decimal('unit_price', PRICE) as string | undefined,
    discountPercent: read.decimal('discount_percent', PERCENT),
    rebate: read.flag('rebate'),
    bundle: read.flag('bundle'),
    researchPartnership: read.flag('research_partnership'),
    suppressed: read.flag('suppressed'),
    suppressionReason: read.text('suppression_reason'),
  };
  checkRules(read, draft);
  return draft;
}

/** Rules between columns of one row. Each is checked only when the values it needs were readable. */
function checkRules(read: RowReader, d: Draft): void {
  if (d.supplierName === null && d.supplierCompaniesHouseNumber === null) {
    read.fail(
      'supplier_name',
      'The supplier is missing; give supplier_name or supplier_companies_house_number (or both).',
    );
  }
  if (d.frameworkReference) {
    if (d.lotNumber === null) {
      read.fail(
        'lot_number',
        `The lot number is missing; a call-off from framework ${quoteValue(d.frameworkReference)} needs the lot it was called off from.`,
      );
    }
    // A contract is either called off a lot or awarded by a route of its own (contract-rules.ts).
    if (d.route != null) {
      read.fail(
        'route',
        `A call-off from framework ${quoteValue(d.frameworkReference)} has no procurement route; leave route blank, or clear framework_reference if the contract was not called off a framework.`,
      );
    }
  } else if (d.frameworkReference === null) {
    if (d.lotNumber != null) {
      read.fail(
        'lot_number',
        'A lot number is given but framework_reference is blank; give the framework’s reference too, or leave the lot blank.',
      );
    }
    if (d.route === null) {
      read.fail(
        'route',
        `The procurement route is missing; a contract that is not a call-off from a framework needs one of ${listOf(ROUTES)}.`,
      );
    }
  }
  if (d.startDate && d.endDate && d.endDate < d.startDate) {
    read.fail(
      'end_date',
      `The end date ${readableDate(d.endDate)} is before the start date ${readableDate(d.startDate)}; it must be on or after it.`,
    );
  }
  if (d.endDate && d.maxEndDate && d.maxEndDate < d.endDate) {
    read.fail(
      'max_end_date',
      `The maximum end date ${readableDate(d.maxEndDate)} is before the end date ${readableDate(d.endDate)}; extensions can only make a contract end later.`,
    );
  }
  const perDay = d.pricingUnit === PricingUnit.PER_DAY;
  if (d.productName === null && d.description === null && !perDay && d.pricingUnit !== undefined) {
    read.fail(
      'product_name',
      'The line has neither product_name nor description; give the product’s name, or describe what the line is for.',
    );
  }
  if (perDay) {
    if (d.role === null)
      read.fail(
        'role',
        'The role is missing; a PER_DAY line needs the role bought by the day (for example Business analyst).',
      );
    if (d.grade === null)
      read.fail(
        'grade',
        'The grade is missing; a PER_DAY line needs the grade of the role (for example SFIA level 5).',
      );
  }
  if (d.pricingUnit === PricingUnit.FIXED && d.quantity !== undefined && d.quantity !== '1') {
    read.fail(
      'quantity',
      `${quoteValue(read.cell('quantity'))} is not 1; a FIXED line is one fixed charge, so its quantity is 1.`,
    );
  }
  if (d.suppressed === true && d.suppressionReason === null) {
    read.fail(
      'suppression_reason',
      'The suppression reason is missing; say why the line is kept out of comparisons.',
    );
  }
  if (d.suppressed === false && d.suppressionReason) {
    read.fail(
      'suppression_reason',
      'A suppression reason is given but suppressed is not yes; set suppressed to yes, or clear the reason.',
    );
  }
}

/** Lines of one contract repeat its details exactly, and each line reference is used once. */
function checkAgainstContract(read: RowReader, d: Draft, contracts: Map<string, ContractSeen>): void {
  if (!d.contractReference) return;
  const buyer =
    d.buyerOdsCode === undefined ? read.cell('buyer_ods_code').toUpperCase() : (d.buyerOdsCode ?? '');
  const key = `${buyer}\u0000${d.contractReference}`;
  const contract = quoteValue(d.contractReference);
  let seen = contracts.get(key);
  if (!seen) {
    seen = {
      values: CONTRACT_FIELDS.map(([, field]) => d[field]),
      rows: CONTRACT_FIELDS.map(() => read.row),
      lines: new Map(),
    };
    contracts.set(key, seen);
  } else {
    for (let f = 0; f < CONTRACT_FIELDS.length; f++) {
      const [column, field] = CONTRACT_FIELDS[f]!;
      const value = d[field];
      if (value === undefined) continue;
      const first = seen.values[f];
      if (first === undefined) {
        // The first row's value had a problem: compare later rows with the first readable one.
        seen.values[f] = value;
        seen.rows[f] = read.row;
      } else if (first !== value) {
        const there =
          first === null
            ? `no ${label(column)} in row ${seen.rows[f]}`
            : `${quoteValue(String(first))} as its ${label(column)} in row ${seen.rows[f]}`;
        const here = value === null ? 'none here' : `${quoteValue(String(value))} here`;
        read.fail(
          column,
          `Contract ${contract} has ${there}, but ${here}. Every line of a contract repeats the same contract details.`,
        );
      }
    }
  }
  if (!d.lineReference) return;
  // Case-insensitive, as the contract's own rules compare line references.
  const lineKey = d.lineReference.toLowerCase();
  const earlier = seen.lines.get(lineKey);
  if (earlier !== undefined) {
    read.fail(
      'line_reference',
      `Line reference ${quoteValue(d.lineReference)} is already used on row ${earlier} for contract ${contract}; each line of a contract needs its own reference.`,
    );
  } else {
    seen.lines.set(lineKey, read.row);
  }
}
