import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../core/paths.js';
import { parseRegister } from '../register-csv.js';
import { registerColumns, registerTemplateCsv } from '../register-template.js';

describe('the register template', () => {
  const template = registerTemplateCsv();

  it('has the header and two example lines of one contract', () => {
    const [header, ...rows] = parse(template, { bom: true }) as string[][];
    expect(header).toEqual(registerColumns.map((c) => c.name));
    expect(rows).toHaveLength(2);
  });

  it('imports without a problem: a licence line and a one-off implementation line', () => {
    const result = parseRegister(template);
    expect(result.problems).toEqual([]);
    expect(result.rows).toMatchObject([
      {
        contractReference: 'RJ1-IT-2026-014',
        lineReference: 'L1',
        pricingUnit: 'PER_LICENCE',
        billingPeriod: 'ANNUAL',
      },
      {
        contractReference: 'RJ1-IT-2026-014',
        lineReference: 'L2',
        pricingUnit: 'FIXED',
        billingPeriod: 'ONE_OFF',
      },
    ]);
  });

  it('describes every column, with an example', () => {
    for (const column of registerColumns) {
      expect(column.description, column.name).not.toBe('');
      expect(column.example, column.name).not.toBe('');
    }
  });

  it('is documented column by column in docs/contract-import.md', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs', 'contract-import.md'), 'utf8');
    for (const column of registerColumns) expect(doc, column.name).toContain(`| \`${column.name}\``);
  });
});
