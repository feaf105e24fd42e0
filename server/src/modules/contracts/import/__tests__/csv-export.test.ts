import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { problemReportCsv, toCsv } from '../csv-export.js';
import { parseRegister } from '../register-csv.js';

describe('toCsv', () => {
  it('writes RFC 4180: CRLF line ends, quotes only where needed, quotes doubled', () => {
    expect(
      toCsv([
        ['plain', 'a,b', 'say "hi"', 'two\nlines', null, 12.5, -3],
        ['', ' spaced ', '£1,234.56', 'café', 0, null, 'x'],
      ]),
    ).toBe('plain,"a,b","say ""hi""","two\nlines",,12.5,-3\r\n, spaced ,"£1,234.56",café,0,,x\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=1+1', "'=1+1"],
    ['-1+2', "'-1+2"],
    ['-A1', "'-A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['-12.50', '-12.50'],
    ['-3', '-3'],
    ['12-50', '12-50'],
    ['a=b', 'a=b'],
  ])('writes the cell %j as %s', (cell, written) => {
    expect(toCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it('reads back as the same cells, neutralised ones with their leading quote', () => {
    const rows = [['=cmd|"/c calc"!A1', 'a,"b"\r\nc', '-12.50', '@x']];
    expect(parse(toCsv(rows))).toEqual([['\'=cmd|"/c calc"!A1', 'a,"b"\r\nc', '-12.50', "'@x"]]);
  });
});

describe('problemReportCsv', () => {
  const problems = [
    { row: 0, column: null, message: 'The file is empty.' },
    { row: 3, column: 'unit_price', message: '"1.23456" has 5 decimal places; prices may have at most 4.' },
    { row: 3, column: 'quantity', message: '"-1" is negative; a quantity must be 0 or more.' },
  ];

  it('lists row, column and problem, starting with a byte order mark for Excel', () => {
    const report = problemReportCsv(problems);
    expect(report.startsWith('\uFEFF')).toBe(true);
    expect(parse(report, { bom: true })).toEqual([
      ['row', 'column', 'problem'],
      ['', '', 'The file is empty.'],
      ['3', 'unit_price', '"1.23456" has 5 decimal places; prices may have at most 4.'],
      ['3', 'quantity', '"-1" is negative; a quantity must be 0 or more.'],
    ]);
  });

  it('adds the row’s original values under the file’s header, formulas neutralised', () => {
    const sourceRows = new Map([[3, ['C-1', '=HYPERLINK("http://x","y")', '-1', '1.23456']]]);
    const report = problemReportCsv(problems.slice(1), sourceRows, ['contract_reference', 'contract_title']);
    expect(parse(report, { bom: true })).toEqual([
      ['row', 'column', 'problem', 'contract_reference', 'contract_title', 'value 3', 'value 4'],
      ['3', 'unit_price', problems[1]!.message, 'C-1', `'=HYPERLINK("http://x","y")`, '-1', '1.23456'],
      ['3', 'quantity', problems[2]!.message, 'C-1', `'=HYPERLINK("http://x","y")`, '-1', '1.23456'],
    ]);
  });
});

describe('an error report from a parsed file', () => {
  it('lists each problem with the file’s own header and the row as written', () => {
    const text = [
      'Contract reference,contract_title,supplier_name,route,start_date,end_date,line_reference,product_name,pricing_unit,billing_period,quantity,unit_price',
      'C-1,=cmd(),Meridian,direct award,31/02/2026,2029-03-31,L1,EPR,per user,annual,10,£1.23456',
    ].join('\r\n');
    const parsed = parseRegister(text);
    const report = parse(problemReportCsv(parsed.problems, parsed.sourceRows, parsed.header), { bom: true });
    expect(report[0]).toEqual([
      'row',
      'column',
      'problem',
      'Contract reference',
      'contract_title',
      ...parsed.header.slice(2),
    ]);
    expect(report.slice(1).map((r: string[]) => r.slice(0, 2))).toEqual([
      ['2', 'start_date'],
      ['2', 'unit_price'],
    ]);
    expect(report[1]!.slice(3, 6)).toEqual(['C-1', "'=cmd()", 'Meridian']);
  });
});
