// Properties of the register reader over generated files (fast-check): whatever the bytes, it
// answers with rows or with problems by row and column, and never throws.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allColumns,
  header,
  layout,
  registerFile,
  registerLines,
  validRegisterLine,
  type Line,
} from '../../../../../test/hostile-register.js';
import { unstorableIn } from '../../../../core/storable-text.js';
import { FORMULAS, NASTY, text } from '../../../../../test/hostile-text.js';
import { problemReportCsv } from '../csv-export.js';
import { parseRegister, type ParsedRegister } from '../register-csv.js';
import { registerColumnByName, type RegisterColumnName } from '../register-template.js';

/** A valid line of contract `reference`: every generated file starts from it. */
const validLine = (reference: string, lineReference = 'L1'): Line =>
  validRegisterLine({ contract_reference: reference, line_reference: lineReference });

const lines = registerLines(validLine);

/**
 * Rows or problems, never neither; every problem names a row and a template column (or none)
 * and says something; a row with a problem is not among the rows; a file refused as a whole has
 * one problem and no rows.
 */
function expectAnswered(result: ParsedRegister) {
  expect(result.rows.length + result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(Number.isInteger(problem.row) && problem.row >= 0).toBe(true);
    if (problem.column !== null) expect(allColumns).toContain(problem.column);
    expect(problem.message.trim()).not.toBe('');
  }
  const troubled = new Set(result.problems.map((p) => p.row));
  for (const row of result.rows) {
    expect(row.row).toBeGreaterThanOrEqual(2);
    expect(troubled.has(row.row)).toBe(false);
  }
  if (result.problems.some((p) => p.row <= 1 && p.column === null)) {
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
  }
  for (const row of result.sourceRows.keys()) expect(troubled.has(row)).toBe(true);
}

/** The problem report of any file: every cell a spreadsheet would run as a formula is made text. */
function expectSafeReport(result: ParsedRegister) {
  const report = problemReportCsv(result.problems, result.sourceRows, result.header);
  const cells = (parse(report, { bom: true, relax_column_count: true }) as string[][]).flat();
  for (const value of cells) {
    if (/^[=+\-@\t\r]/.test(value)) expect(value).toMatch(/^-\d+(\.\d+)?$/);
  }
}

describe('parseRegister over generated files', () => {
  it('answers any bytes at all with rows or problems, never a throw', () => {
    const headerLine = `${allColumns.join(',')}\r\n`;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
          fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.concat([Buffer.from(headerLine), b])),
          fc.string({ unit: 'binary', maxLength: 2000 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }).map((s) => headerLine + s),
          fc
            .array(fc.constantFrom(',', ';', '"', '\r', '\n', '\uFEFF', 'a', '1', ' ', '\t'), {
              maxLength: 400,
            })
            .map((chars) => headerLine + chars.join('')),
        ),
        (bytes) => {
          const result = parseRegister(bytes);
          expectAnswered(result);
          expectSafeReport(result);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers generated registers with hostile cells, any header, separator, line ends, quoting and BOM with rows or problems by row and column', () => {
    fc.assert(
      fc.property(lines, layout(header, fc.constantFrom('needed', 'always', 'never')), (ls, lay) => {
        const result = parseRegister(registerFile(ls, lay));
        expectAnswered(result);
        expectSafeReport(result);
      }),
      { numRuns: 1500 },
    );
  });

  it('accounts for every row of a well-quoted file: read, or named in a problem', () => {
    fc.assert(
      fc.property(lines, layout(fc.constant(allColumns), fc.constantFrom('needed', 'always')), (ls, lay) => {
        const result = parseRegister(registerFile(ls, lay));
        expectAnswered(result);
        const refused =
          result.rows.length === 0 && result.problems.length === 1 && result.problems[0]!.column === null;
        if (refused) return; // the file as a whole (a huge cell, say): checked by expectAnswered
        const dataRows = ls
          .map((l, i) => ({ l, row: i + 2 }))
          .filter(({ l }) => Object.values(l).some((v) => v.trim()));
        const answered = new Set([...result.rows.map((r) => r.row), ...result.problems.map((p) => p.row)]);
        expect(dataRows.map((d) => d.row).filter((row) => !answered.has(row))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads text cells back exactly as written (trimmed), whatever quotes, separators, line breaks or formulas they hold', () => {
    const within = (column: RegisterColumnName) =>
      fc
        .oneof(text, fc.constantFrom(...FORMULAS, ...NASTY))
        // A file holds no NUL and no lone surrogate (UTF-8 cannot encode one).
        .filter(
          (t) =>
            !unstorableIn(t) &&
            t.trim() !== '' &&
            t.trim().length <= registerColumnByName.get(column)!.maxLength!,
        );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: within('contract_title'),
            notes: within('notes'),
            description: within('description'),
          }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        layout(fc.constant(allColumns), fc.constantFrom('needed', 'always')),
        (texts, lay) => {
          const file = texts.map((t, i) => ({
            ...validLine(`C-${i}`),
            contract_title: t.title,
            notes: t.notes,
            description: t.description,
          }));
          const result = parseRegister(registerFile(file, lay));
          expect(result.problems).toEqual([]);
          expect(result.rows.map((r) => [r.contractTitle, r.notes, r.description])).toEqual(
            texts.map((t) => [t.title.trim(), t.notes.trim(), t.description.trim()]),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads amounts however they are written (£, thousands commas, trailing zeros, spaces) as one canonical decimal', () => {
    // Written as a person might type it, with the canonical decimal it must read as.
    const amount = fc
      .record({
        whole: fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 9_999_999_999 })),
        fraction: fc.stringMatching(/^\d{0,4}$/),
        pound: fc.boolean(),
        commas: fc.boolean(),
        zeros: fc.nat({ max: 3 }),
        space: fc.constantFrom('', ' ', '  '),
      })
      .map((a) => {
        const whole = a.commas ? a.whole.toLocaleString('en-GB') : String(a.whole);
        const decimals = a.fraction || a.zeros ? `.${a.fraction}${'0'.repeat(a.zeros)}` : '';
        return {
          written: `${a.space}${a.pound ? '£' : ''}${whole}${decimals}${a.space}`,
          canonical: `${a.whole}.${a.fraction.padEnd(4, '0')}`,
        };
      });
    fc.assert(
      fc.property(amount, layout(fc.constant(allColumns), fc.constant('needed')), (a, lay) => {
        const result = parseRegister(registerFile([{ ...validLine('C-1'), unit_price: a.written }], lay));
        expect(result.problems).toEqual([]);
        expect(result.rows[0]!.unitPrice).toBe(a.canonical);
      }),
      { numRuns: 2000 },
    );
  });
});
