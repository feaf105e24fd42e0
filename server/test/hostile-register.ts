// Generators of register files for property tests (fast-check): valid lines with hostile cells,
// written with any header, separator, line ends, quoting and byte order mark.
import fc from 'fast-check';
import {
  registerColumns,
  type RegisterColumnName,
} from '../src/modules/contracts/import/register-template.js';
import { FORMULAS, NASTY, text } from './hostile-text.js';

/** A register line: the value of each template column it has. */
export type Line = Partial<Record<RegisterColumnName, string>>;
export const allColumns: RegisterColumnName[] = registerColumns.map((c) => c.name);
/** A valid licence line of contract C-1 (Meridian's EPR for RJ1); `over` changes what a test is about. */
export const validRegisterLine = (over: Line = {}): Line => ({
  contract_reference: 'C-1',
  contract_title: 'EPR licences',
  buyer_ods_code: 'RJ1',
  supplier_name: 'Meridian Health Systems Ltd',
  supplier_companies_house_number: '04512345',
  route: 'DIRECT_AWARD',
  start_date: '2026-04-01',
  end_date: '2029-03-31',
  line_reference: 'L1',
  product_name: 'Meridian EPR',
  pricing_unit: 'PER_LICENCE',
  billing_period: 'ANNUAL',
  quantity: '4500',
  unit_price: '62.50',
  ...over,
});

const required = registerColumns.filter((c) => c.required === 'yes').map((c) => c.name);

/** How a file is written: its columns, separator, line ends, byte order mark and quoting. */
export type Layout = {
  columns: string[];
  delimiter: ',' | ';';
  lineEnd: '\r\n' | '\n' | '\r';
  bom: boolean;
  /** `needed`: quotes only where needed; `always`: every cell; `never`: as typed, which may break rows. */
  quoting: 'needed' | 'always' | 'never';
  bytes: boolean;
};

/** The file: the header and a row per line, written as `layout` says. */
export function registerFile(lines: Line[], layout: Layout & { bytes: true }): Buffer;
export function registerFile(lines: Line[], layout: Layout & { bytes: false }): string;
export function registerFile(lines: Line[], layout: Layout): Buffer | string;
export function registerFile(lines: Line[], layout: Layout): Buffer | string {
  const special = layout.delimiter === ',' ? /[,"\r\n]/ : /[;"\r\n]/;
  const cell = (value: string) =>
    layout.quoting === 'always' || (layout.quoting === 'needed' && special.test(value))
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  const rows = [
    layout.columns,
    // Own properties only: a generated header may be any word, `toString` or `__proto__` too.
    ...lines.map((l) =>
      layout.columns.map((c) => (Object.hasOwn(l, c) ? l[c as RegisterColumnName] : '') ?? ''),
    ),
  ];
  const csv = `${layout.bom ? '\uFEFF' : ''}${rows.map((cells) => cells.map(cell).join(layout.delimiter)).join(layout.lineEnd)}`;
  return layout.bytes ? Buffer.from(csv) : csv;
}

/** Layouts with the columns and quoting given, every separator, line end and BOM. */
export const layout = (columns: fc.Arbitrary<string[]>, quoting: fc.Arbitrary<Layout['quoting']>) =>
  fc.record({
    columns,
    delimiter: fc.constantFrom(',' as const, ';' as const),
    lineEnd: fc.constantFrom('\r\n' as const, '\n' as const, '\r' as const),
    bom: fc.boolean(),
    quoting,
    bytes: fc.boolean(),
  });

/** Cells as spreadsheets and attackers write them: quotes, separators, line breaks, formulas, huge. */
export const cell = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY, ...FORMULAS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '"',
      '""',
      '"a"b',
      'a"b',
      'a,b',
      'a;b',
      'a\nb',
      'a\r\nb',
      '\uFEFF',
      '\t',
      '5" screen',
      '£1,234.56',
      '1,2,3',
      '−5',
      '-0',
      '12.5%',
      '31/02/2026',
      '2026-02-30',
      '01/04/26',
      'yes',
      'FIXED',
      'PER_DAY',
      'ONE_OFF',
      '0',
      '1000',
      '99999999999',
    ),
  },
  // Longer than any column allows; the last longer than any row of the template can be.
  fc.constantFrom('x'.repeat(25_000), 'é'.repeat(30_000), 'x'.repeat(150_000)),
);

/** A header: every column, or the required ones with some others in any order, or any cells at all. */
export const header = fc.oneof(
  { weight: 3, arbitrary: fc.constant(allColumns) },
  fc
    .tuple(fc.shuffledSubarray(allColumns), fc.shuffledSubarray(required, { minLength: required.length }))
    .map(([some, needed]) => [...new Set([...needed, ...some, 'supplier_name'])]),
  fc.array(fc.oneof(fc.constantFrom(...allColumns, 'Contract Reference', ' unit-price ', 'total'), cell), {
    maxLength: 40,
  }),
);

/**
 * Lines made from `valid` ones with any cells changed (a few columns each): up to three contracts
 * of several lines, some rows blank.
 */
export const registerLines = (valid: (reference: string, lineReference: string) => Line) =>
  fc
    .array(
      fc.record({
        contract: fc.integer({ min: 1, max: 3 }),
        changes: fc.array(fc.tuple(fc.constantFrom(...allColumns), cell), { maxLength: 4 }),
        blank: fc.nat({ max: 5 }).map((n) => n === 0),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((specs) =>
      specs.map(({ contract, changes, blank }, i): Line => {
        if (blank && i > 0) return {};
        return { ...valid(`C-${contract}`, `L${i + 1}`), ...Object.fromEntries(changes) };
      }),
    );

/** Every template column, commas, CRLF, quotes where needed: as a spreadsheet saves it. */
export const plainLayout: Layout = {
  columns: allColumns,
  delimiter: ',',
  lineEnd: '\r\n',
  bom: false,
  quoting: 'needed',
  bytes: true,
};
