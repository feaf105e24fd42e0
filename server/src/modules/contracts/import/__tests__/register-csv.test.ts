import { describe, expect, it } from 'vitest';
import { parseRegister, type RegisterRow } from '../register-csv.js';
import { allColumns, validRegisterLine, type Line } from '../../../../../test/hostile-register.js';
import type { RegisterColumnName } from '../register-template.js';

/** A valid licence line of contract C-1; each test changes only what it is about. */
const line = validRegisterLine;

/** A register as a person's spreadsheet would save it: values as typed, quoted only where needed. */
function registerCsv(lines: Line[], options: { columns?: string[]; delimiter?: ',' | ';' } = {}): string {
  const { columns = allColumns, delimiter = ',' } = options;
  const special = delimiter === ',' ? /[,"\r\n]/ : /[;"\r\n]/;
  const cell = (value: string) => (special.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [columns, ...lines.map((l) => columns.map((c) => l[c as RegisterColumnName] ?? ''))];
  return rows.map((cells) => cells.map(cell).join(delimiter)).join('\r\n');
}

/** Parses one line with `column` set to `value`; returns that row (if valid) and the problems. */
function parseOne(over: Line) {
  const result = parseRegister(registerCsv([line(over)]));
  return { row: result.rows[0], problems: result.problems };
}

const problemsOn = (over: Line, column: RegisterColumnName) =>
  parseOne(over).problems.filter((p) => p.column === column);

describe('reading the file', () => {
  it('reads the template’s columns whatever their case, spaces, hyphens and underscores', () => {
    const header = allColumns.map((name, i) =>
      i % 3 === 0
        ? ` ${name.replace(/_/g, ' ')} `
        : i % 3 === 1
          ? name.toUpperCase().replace(/_/g, '-')
          : name,
    );
    expect(header[0]).toBe(' contract reference ');
    const text = registerCsv([line()]).replace(/^[^\r]*/, header.join(','));
    const result = parseRegister(text);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.columns).toEqual(allColumns);
  });

  it.each([
    [
      'a UTF-8 byte order mark',
      (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]),
    ],
    ['a byte order mark in a string', (t: string) => `\uFEFF${t}`],
    ['LF line ends', (t: string) => t.replace(/\r\n/g, '\n')],
    ['CRLF line ends', (t: string) => Buffer.from(t)],
  ])('reads a file with %s', (_, encode) => {
    const result = parseRegister(encode(registerCsv([line(), line({ line_reference: 'L2' })])));
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.lineReference)).toEqual(['L1', 'L2']);
    expect(result.rows[0]!.contractReference).toBe('C-1');
  });

  it('reads semicolon-separated files, with commas inside values', () => {
    const text = registerCsv([line({ unit_price: '£1,234.56', contract_title: 'Licences; and support' })], {
      delimiter: ';',
    });
    expect(text.split('\r\n')[0]).toContain('contract_reference;contract_title');
    const result = parseRegister(text);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ unitPrice: '1234.5600', contractTitle: 'Licences; and support' });
  });

  it('reads quoted values with commas, quotes and line breaks inside', () => {
    const notes = 'First line, with a comma\nsecond line with a "quote"';
    const result = parseRegister(registerCsv([line({ notes }), line({ notes, line_reference: 'L2' })]));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.notes).toBe(notes);
    // The line break inside row 2 does not move row 3: rows are counted as a spreadsheet shows them.
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('skips blank rows but keeps counting them, as a spreadsheet numbers rows', () => {
    const [header, first] = registerCsv([line()]).split('\r\n');
    const blank = allColumns.map(() => '').join(',');
    const text = [header, first, '', blank, first!.replace('L1', 'L2').replace('62.50', 'x')].join('\r\n');
    const result = parseRegister(text);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.problems).toEqual([
      { row: 5, column: 'unit_price', message: expect.stringContaining('"x"') },
    ]);
  });

  it('treats missing trailing cells as blank', () => {
    const [header, first] = registerCsv([line()]).split('\r\n');
    const cut = first!
      .split(',')
      .slice(0, allColumns.indexOf('unit_price') + 1)
      .join(',');
    const result = parseRegister([header, cut].join('\r\n'));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ unitPrice: '62.5000', discountPercent: null, suppressed: false });
  });

  it('refuses a row with more values than the header has columns, but not blank cells beyond it', () => {
    const [header, first] = registerCsv([line()]).split('\r\n');
    const text = [header, `${first},,`, `${first!.replace('L1', 'L2')},extra,more`].join('\r\n');
    const result = parseRegister(text);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: null,
        message: expect.stringContaining('This row has 34 values but the header has 32 columns'),
      },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
  });

  it('accepts a header without the optional columns, reading them as blank', () => {
    const columns = allColumns.filter(
      (c) => !['notes', 'discount_percent', 'rebate', 'buyer_ods_code'].includes(c),
    );
    const result = parseRegister(registerCsv([line()], { columns }));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      notes: null,
      discountPercent: null,
      rebate: false,
      buyerOdsCode: null,
    });
    expect(result.columns).toEqual(columns);
  });
});

describe('files that are refused whole', () => {
  const nul = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
  const latin1 = Buffer.from('contract_reference,contract_title\r\nC-1,Caf\xe9 \xa3100\r\n', 'latin1');
  const csv = registerCsv([line()]);

  it.each([
    ['an empty file', '', 0, 'The file is empty'],
    ['a file of blank lines', '\r\n  \r\n', 0, 'The file is empty'],
    ['a header alone', `${allColumns.join(',')}\r\n,,,\r\n`, 0, 'The file has only a header'],
    ['binary data (an .xlsx is a zip)', nul, 0, 'it contains binary data'],
    ['a NUL in a string', 'contract_reference\0', 0, 'it contains binary data'],
    ['text that is not UTF-8', latin1, 0, 'is not UTF-8 text'],
    ['UTF-16 text', Buffer.from([0xff, 0xfe, 0x63, 0x00]), 0, 'saved as UTF-16'],
    ['a quote never closed', `${csv}\r\nC-2,"Unclosed title\r\n`, 3, 'never closed'],
    [
      'a file without the template’s header',
      csv.split('\r\n').slice(1).join('\r\n'),
      1,
      'The first row is not the template’s header',
    ],
    [
      'an unknown column',
      csv.replace('suppression_reason', 'suppression_reason,Supplier rating'),
      1,
      'column the template does not have: "Supplier rating" (column AG)',
    ],
    [
      'two unknown columns',
      csv
        .replace('contract_reference', 'Ref,contract_reference')
        .replace('suppression_reason', 'suppression_reason,x'),
      1,
      'columns the template does not have: "Ref" (column A), "x" (column AH); rename them',
    ],
    [
      'missing required columns',
      registerCsv([line()], { columns: allColumns.filter((c) => c !== 'unit_price' && c !== 'end_date') }),
      1,
      'missing the required columns end_date and unit_price',
    ],
    [
      'no supplier column',
      registerCsv([line()], {
        columns: allColumns.filter((c) => c !== 'supplier_name' && c !== 'supplier_companies_house_number'),
      }),
      1,
      'supplier_name (or supplier_companies_house_number)',
    ],
    [
      'the same column twice',
      csv.replace('contract_title', 'contract_title,Contract Title'),
      1,
      'contract_title (columns B and C)',
    ],
  ])('refuses %s with one problem', (_, input, row, message) => {
    const result = parseRegister(input);
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row, column: null });
    expect(result.problems[0]!.message).toContain(message);
  });

  it('names every missing column in the message when there is no header', () => {
    const message = parseRegister('C-1,EPR licences,2026-04-01\r\n').problems[0]!.message;
    for (const column of ['contract_reference', 'unit_price', 'billing_period'])
      expect(message).toContain(column);
  });

  it('refuses more rows than allowed, counting only rows with values', () => {
    const text = registerCsv([line(), line({ line_reference: 'L2' }), line({ line_reference: 'L3' })]);
    expect(parseRegister(`${text}\r\n\r\n`, { maxRows: 3 }).problems).toEqual([]);
    expect(parseRegister(text, { maxRows: 2 }).problems).toEqual([
      {
        row: 0,
        column: null,
        message: 'The file has 3 rows; an import can have at most 2. Split it into smaller files.',
      },
    ]);
  });

  it('refuses a file larger than allowed', () => {
    const result = parseRegister(
      registerCsv(['L1', 'L2', 'L3', 'L4', 'L5'].map((l) => line({ line_reference: l }))),
      {
        maxBytes: 1024,
      },
    );
    expect(result.problems).toEqual([
      {
        row: 0,
        column: null,
        message: expect.stringMatching(/^The file is \d KB; an import can be at most 1 KB/),
      },
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-04-01', '2026-04-01'],
    ['01/04/2026', '2026-04-01'],
    ['1/4/2026', '2026-04-01'],
    [' 29/02/2028 ', '2028-02-29'],
    ['31/12/2026', '2026-12-31'],
  ])('reads %j as %s', (value, iso) => {
    const { row, problems } = parseOne({ start_date: value, end_date: '2030-01-01' });
    expect(problems).toEqual([]);
    expect(row!.startDate).toBe(iso);
  });

  it.each([
    ['31/02/2026', '"31/02/2026" is not a real date: February 2026 has 28 days.'],
    ['29/02/2026', 'February 2026 has 28 days'],
    ['2026-02-30', 'February 2026 has 28 days'],
    ['31/04/2026', 'April 2026 has 30 days'],
    ['04/13/2026', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['01/04/26', 'has a two-digit year'],
    ['1st April 2026', 'write dates as 2026-04-01 or 01/04/2026'],
    ['2026-04-01 00:00', 'write dates as 2026-04-01 or 01/04/2026'],
    ['01/04/1066', 'is before 1900'],
  ])('refuses %j', (value, message) => {
    const problems = problemsOn({ start_date: value }, 'start_date');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });

  it('refuses an end date before the start date, on end_date', () => {
    expect(parseOne({ start_date: '01/04/2026', end_date: '2026-03-31' }).problems).toEqual([
      {
        row: 2,
        column: 'end_date',
        message: 'The end date 31 Mar 2026 is before the start date 1 Apr 2026; it must be on or after it.',
      },
    ]);
    expect(parseOne({ start_date: '01/04/2026', end_date: '2026-04-01' }).problems).toEqual([]);
  });

  it('refuses a maximum end date before the end date', () => {
    expect(problemsOn({ max_end_date: '2029-03-30' }, 'max_end_date')).toHaveLength(1);
    expect(parseOne({ max_end_date: '31/03/2031' }).row!.maxEndDate).toBe('2031-03-31');
  });
});

describe('amounts', () => {
  it.each([
    ['1234.56', '1234.5600'],
    ['£1,234.56', '1234.5600'],
    ['1,234.56', '1234.5600'],
    [' £ 1234 ', '1234.0000'],
    ['£1,234,567.8', '1234567.8000'],
    ['12.5', '12.5000'],
    ['0012.50', '12.5000'],
    ['.5', '0.5000'],
    ['0', '0.0000'],
    ['12.34560', '12.3456'],
  ])('reads the unit price %j as %s', (value, amount) => {
    const { row, problems } = parseOne({ unit_price: value });
    expect(problems).toEqual([]);
    expect(row!.unitPrice).toBe(amount);
  });

  it.each([
    ['12.34567', '"12.34567" has 5 decimal places; prices may have at most 4.'],
    ['-5', '"-5" is negative; a unit price must be £0 or more.'],
    ['-£5.00', 'is negative'],
    ['£-5.00', 'is negative'],
    ['12,34', 'has a comma in the wrong place'],
    ['1,2345.00', 'has a comma in the wrong place'],
    ['12.50 GBP', 'is not a number'],
    ['12.5%', 'is not a number'],
    ['£', 'is not a number'],
    ['12345678901', 'may have at most 10 digits before the decimal point'],
  ])('refuses the unit price %j', (value, message) => {
    const problems = problemsOn({ unit_price: value }, 'unit_price');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });

  it.each([
    ['total_value', '£923,281.25', 'totalValue', '923281.25'],
    ['total_value', '1000', 'totalValue', '1000.00'],
    ['expected_annual_saving', ' £ 45,000 ', 'expectedAnnualSaving', '45000.00'],
    ['quantity', '4,500', 'quantity', '4500'],
    ['quantity', '2.50', 'quantity', '2.5'],
    ['quantity', '0', 'quantity', '0'],
    ['discount_percent', '12.5', 'discountPercent', '12.50'],
    ['discount_percent', '12.5%', 'discountPercent', '12.50'],
    ['discount_percent', '100', 'discountPercent', '100.00'],
    ['discount_percent', '0', 'discountPercent', '0.00'],
  ] as const)('reads %s %j', (column, value, field, expected) => {
    const { row, problems } = parseOne({ [column]: value });
    expect(problems).toEqual([]);
    expect(row![field as keyof RegisterRow]).toBe(expected);
  });

  it.each([
    ['total_value', '1234.567', 'has 3 decimal places; amounts of money may have at most 2'],
    ['quantity', '-3', '"-3" is negative; a quantity must be 0 or more.'],
    ['quantity', '1.234', 'has 3 decimal places; quantities may have at most 2'],
    ['quantity', '£5', 'is not a number'],
    ['discount_percent', '100.01', 'is more than 100%'],
    ['discount_percent', '150%', 'is more than 100%'],
    ['discount_percent', '12.345', 'has 3 decimal places; percentages may have at most 2'],
    ['lot_number', 'Lot 2', 'is not a lot number'],
    ['lot_number', '0', 'is not a lot number'],
  ] as const)('refuses %s %j', (column, value, message) => {
    const problems = problemsOn({ [column]: value, framework_reference: 'CDX-2026-001' }, column);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });
});

describe('codes, choices and yes/no', () => {
  it.each([
    ['route', 'direct award', 'route', 'DIRECT_AWARD'],
    ['route', 'Further-Competition', 'route', 'FURTHER_COMPETITION'],
    ['route', 'competitive_flexible', 'route', 'COMPETITIVE_FLEXIBLE'],
    ['billing_period', 'one-off', 'billingPeriod', 'ONE_OFF'],
    ['billing_period', 'Monthly', 'billingPeriod', 'MONTHLY'],
    ['billing_period', 'yearly', 'billingPeriod', 'ANNUAL'],
    ['billing_period', 'annual', 'billingPeriod', 'ANNUAL'],
    ['pricing_unit', 'per user', 'pricingUnit', 'PER_USER'],
    ['pricing_unit', 'Per Registered Patient', 'pricingUnit', 'PER_REGISTERED_PATIENT'],
    ['price_visibility', 'named', 'priceVisibility', 'NAMED'],
    ['price_visibility', '', 'priceVisibility', 'ANONYMOUS'],
    ['buyer_ods_code', 'rj1', 'buyerOdsCode', 'RJ1'],
    ['buyer_ods_code', '', 'buyerOdsCode', null],
    ['supplier_companies_house_number', '4512345', 'supplierCompaniesHouseNumber', '04512345'],
    ['supplier_companies_house_number', 'sc123456', 'supplierCompaniesHouseNumber', 'SC123456'],
    ['rebate', 'Yes', 'rebate', true],
    ['rebate', 'y', 'rebate', true],
    ['rebate', 'TRUE', 'rebate', true],
    ['rebate', '1', 'rebate', true],
    ['rebate', 'no', 'rebate', false],
    ['rebate', 'N', 'rebate', false],
    ['rebate', 'false', 'rebate', false],
    ['rebate', '0', 'rebate', false],
    ['rebate', '', 'rebate', false],
  ] as const)('reads %s %j', (column, value, field, expected) => {
    const { row, problems } = parseOne({ [column]: value });
    expect(problems).toEqual([]);
    expect(row![field as keyof RegisterRow]).toBe(expected);
  });

  it.each([
    ['billing_period', 'weekly', '"weekly" is not a billing period; use ONE_OFF, MONTHLY or ANNUAL.'],
    ['pricing_unit', 'per seat', 'is not a pricing unit; use PER_USER, PER_BED'],
    ['route', 'handshake', 'is not a procurement route'],
    ['price_visibility', 'public', 'use NAMED, ANONYMOUS or PRIVATE'],
    ['rebate', 'maybe', 'is not yes or no'],
    ['supplier_companies_house_number', '123456789', 'is not a Companies House number'],
    ['supplier_companies_house_number', 'SC12345', 'is not a Companies House number'],
    ['buyer_ods_code', 'R J 1', 'is not an ODS code'],
    [
      'contract_reference',
      'X'.repeat(61),
      'is 61 characters long; a contract reference may have at most 60.',
    ],
  ] as const)('refuses %s %j', (column, value, message) => {
    const problems = problemsOn({ [column]: value }, column);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });

  it('quotes a long bad value shortened to 40 characters', () => {
    const problems = problemsOn({ start_date: `${'9'.repeat(50)}` }, 'start_date');
    expect(problems[0]!.message).toMatch(/^"9{39}…" is not a date/);
  });
});

describe('rules between columns', () => {
  it.each<[string, Line, RegisterColumnName, string]>([
    [
      'a required value left blank',
      { unit_price: ' ' },
      'unit_price',
      'Unit price is missing; it is required',
    ],
    [
      'no supplier at all',
      { supplier_name: '', supplier_companies_house_number: '' },
      'supplier_name',
      'The supplier is missing',
    ],
    [
      'a call-off without its lot',
      { framework_reference: 'CDX-2026-001', route: '' },
      'lot_number',
      'The lot number is missing',
    ],
    ['a lot without a framework', { lot_number: '2' }, 'lot_number', 'framework_reference is blank'],
    ['neither a framework nor a route', { route: '' }, 'route', 'The procurement route is missing'],
    [
      'a call-off with a route as well',
      { framework_reference: 'CDX-2026-001', lot_number: '2' },
      'route',
      'has no procurement route; leave route blank',
    ],
    [
      'neither a product nor a description',
      { product_name: '' },
      'product_name',
      'neither product_name nor description',
    ],
    [
      'a PER_DAY line without a role',
      { pricing_unit: 'PER_DAY', grade: 'SFIA 5' },
      'role',
      'The role is missing',
    ],
    [
      'a PER_DAY line without a grade',
      { pricing_unit: 'PER_DAY', role: 'Analyst' },
      'grade',
      'The grade is missing',
    ],
    ['a FIXED line of quantity 2', { pricing_unit: 'FIXED', quantity: '2' }, 'quantity', '"2" is not 1'],
    [
      'a suppressed line without a reason',
      { suppressed: 'yes' },
      'suppression_reason',
      'The suppression reason is missing',
    ],
    [
      'a reason on a line not suppressed',
      { suppression_reason: 'Odd' },
      'suppression_reason',
      'suppressed is not yes',
    ],
  ])('refuses %s', (_, over, column, message) => {
    const { problems } = parseOne(over);
    expect(problems).toEqual([{ row: 2, column, message: expect.stringContaining(message) }]);
  });

  it.each<[string, Line]>([
    [
      'a call-off with its lot and no route',
      { framework_reference: 'CDX-2026-001', lot_number: '2', route: '' },
    ],
    ['a supplier given by number alone', { supplier_name: '', supplier_companies_house_number: '04512345' }],
    ['a line described, without a product', { product_name: '', description: 'Implementation' }],
    [
      'a PER_DAY line with role and grade',
      { product_name: '', pricing_unit: 'PER_DAY', role: 'Analyst', grade: 'SFIA 5' },
    ],
    ['a FIXED line of quantity 1.00', { pricing_unit: 'fixed', quantity: '1.00' }],
    ['a suppressed line with a reason', { suppressed: 'y', suppression_reason: 'Includes hardware' }],
  ])('accepts %s', (_, over) => {
    expect(parseOne(over).problems).toEqual([]);
  });

  it('reports every problem in a row, not just the first', () => {
    const { row, problems } = parseOne({
      start_date: '31/02/2026',
      unit_price: '1.23456',
      quantity: '-1',
      rebate: '?',
    });
    expect(row).toBeUndefined();
    expect(problems.map((p) => p.column)).toEqual(['start_date', 'quantity', 'unit_price', 'rebate']);
  });
});

describe('rows of the same contract', () => {
  it('accepts the same details however they are written', () => {
    const result = parseRegister(
      registerCsv([
        line({ total_value: '1000', start_date: '2026-04-01', route: 'DIRECT_AWARD' }),
        line({
          line_reference: 'L2',
          total_value: '£1,000.00',
          start_date: '1/4/2026',
          route: 'direct award',
        }),
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(2);
  });

  it('reports a contract detail that differs from the first row, on the later row', () => {
    const result = parseRegister(
      registerCsv([
        line(),
        line({ line_reference: 'L2' }),
        line({ line_reference: 'L3', contract_title: 'EPR licences and support', end_date: '2030-03-31' }),
      ]),
    );
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'contract_title',
        message:
          'Contract "C-1" has "EPR licences" as its contract title in row 2, but "EPR licences and support" here. Every line of a contract repeats the same contract details.',
      },
      {
        row: 4,
        column: 'end_date',
        message: expect.stringContaining('has "2029-03-31" as its end date in row 2, but "2030-03-31" here'),
      },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(result.sourceRows.get(4)).toContain('EPR licences and support');
  });

  it('reports a detail blank on one row and given on another', () => {
    const result = parseRegister(registerCsv([line(), line({ line_reference: 'L2', notes: 'Renewed' })]));
    expect(result.problems[0]!.message).toContain('has no notes in row 2, but "Renewed" here');
  });

  it('keeps contracts of different buyers with the same reference apart', () => {
    const result = parseRegister(
      registerCsv([line(), line({ buyer_ods_code: 'RXH', contract_title: 'Another contract' })]),
    );
    expect(result.problems).toEqual([]);
  });

  it('compares line references ignoring capitals, as the contract rules do', () => {
    const result = parseRegister(registerCsv([line(), line({ line_reference: 'l1' })]));
    expect(result.problems).toEqual([
      { row: 3, column: 'line_reference', message: expect.stringContaining('"l1" is already used on row 2') },
    ]);
  });

  it('reports a line reference used twice in a contract, naming the first row', () => {
    const result = parseRegister(
      registerCsv([line(), line({ contract_reference: 'C-2' }), line({ product_name: 'Meridian PAS' })]),
    );
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'line_reference',
        message:
          'Line reference "L1" is already used on row 2 for contract "C-1"; each line of a contract needs its own reference.',
      },
    ]);
  });
});

describe('a large file', () => {
  it('reads 100,000 rows without a problem', () => {
    // Only the columns this test needs, so the file stays within the 20 MB limit like a real one must.
    const columns = [
      'contract_reference',
      'contract_title',
      'supplier_name',
      'route',
      'start_date',
      'end_date',
      'line_reference',
      'product_name',
      'pricing_unit',
      'billing_period',
      'quantity',
      'unit_price',
      'discount_percent',
      'suppressed',
    ];
    const lines = [columns.join(',')];
    for (let i = 0; i < 50_000; i++) {
      const contract = `C-${i},Licences ${i},Supplier ${i % 500} Ltd,direct award,01/04/2026,2029-03-31`;
      lines.push(`${contract},L1,Product ${i % 900},PER_USER,annual,"1,200",£62.50,12.5%,no`);
      lines.push(`${contract},L2,Product ${i % 900},FIXED,one-off,1,"£18,500",,`);
    }
    const bytes = Buffer.from(lines.join('\r\n'));
    const result = parseRegister(bytes);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(100_000);
    expect(result.rows[99_999]).toMatchObject({
      row: 100_001,
      unitPrice: '18500.0000',
      billingPeriod: 'ONE_OFF',
    });
  });
});
