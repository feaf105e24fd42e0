import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/sql';
import { CPV_CODE, CpvCode } from './cpv-code.entity.js';

/** Reads the shipped ICT part of CPV 2008 (server/data/cpv/). */
export async function readCpvCodes(dir: string): Promise<{ code: string; label: string }[]> {
  const rows: Record<string, string>[] = parse(
    await readFile(path.join(dir, 'cpv', 'cpv-2008-ict.csv'), 'utf8'),
    { columns: true, bom: true, skip_empty_lines: true, trim: true },
  );
  return rows.map((row) => {
    const code = row['code']!;
    if (!CPV_CODE.test(code)) throw new Error(`Malformed CPV code "${code}" in cpv-2008-ict.csv`);
    return { code, label: row['label']! };
  });
}

/** Loads or refreshes the CPV codes: the vocabulary is fixed, so the file wins. Idempotent. */
export async function loadCpvCodes(
  em: EntityManager,
  dir: string,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const codes = await readCpvCodes(dir);
  return em.transactional(async (tx) => {
    const existing = new Map((await tx.findAll(CpvCode)).map((c) => [c.code, c]));
    const report = { created: 0, updated: 0, unchanged: 0 };
    for (const { code, label } of codes) {
      const row = existing.get(code);
      if (!row) {
        tx.create(CpvCode, { code, label });
        report.created++;
      } else if (row.label !== label) {
        row.label = label;
        report.updated++;
      } else report.unchanged++;
    }
    return report;
  });
}
