import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/sql';
import { Standard } from './standard.entity.js';
import { StandardAppliesTo, StandardAssessment, StandardCategory } from './standard.enums.js';

const oneOf = <T extends string>(values: Record<string, T>, value: string, what: string): T => {
  if (!(value in values)) throw new Error(`Unknown ${what} "${value}" in the standards catalogue`);
  return value as T;
};

/**
 * What the shipped CSV does not say. The levels that count as compliant: never a level's position,
 * for the CSV lists DSPT's levels in the toolkit's own order, not lowest first. And how long a
 * certificate lasts: Cyber Essentials and Cyber Essentials Plus 12 months (IASME), ISO/IEC 27001 a three-year cycle.
 */
export const COMPLIANT_LEVELS: Readonly<Record<string, readonly string[]>> = {
  DSPT: ['STANDARDS_MET', 'STANDARDS_EXCEEDED'],
};
export const CERTIFICATE_MONTHS: Readonly<Record<string, number>> = { CE: 12, CE_PLUS: 12, ISO27001: 36 };

/** Reads the shipped starting catalogue (server/data/standards/). */
export async function readStandards(dir: string) {
  const rows: Record<string, string>[] = parse(
    await readFile(path.join(dir, 'standards', 'nhs-digital-standards.csv'), 'utf8'),
    { columns: true, bom: true, skip_empty_lines: true, trim: true },
  );
  return rows.map((row) => {
    const [assessment, levels] = row['assessment']!.split(':');
    return {
      code: row['code']!,
      name: row['name']!,
      publisher: row['publisher']!,
      category: oneOf(StandardCategory, row['category']!, 'category'),
      appliesTo: oneOf(StandardAppliesTo, row['applies_to']!, 'applies_to'),
      assessment: oneOf(StandardAssessment, assessment!, 'assessment'),
      levels: levels ? levels.split('|') : [],
      compliantLevels: [...(COMPLIANT_LEVELS[row['code']!] ?? [])],
      certificateMonths: CERTIFICATE_MONTHS[row['code']!] ?? null,
      url: row['url'] || null,
    };
  });
}

/**
 * Adds the standards of the starting catalogue that are not in the database yet. Existing ones are
 * left alone: once loaded, central teams curate them, and a reload must not undo their work.
 */
export async function loadStandards(
  em: EntityManager,
  dir: string,
): Promise<{ created: number; kept: number }> {
  const standards = await readStandards(dir);
  return em.transactional(async (tx) => {
    const existing = new Set((await tx.findAll(Standard)).map((s) => s.code));
    const missing = standards.filter((s) => !existing.has(s.code));
    for (const s of missing) tx.create(Standard, s);
    return { created: missing.length, kept: standards.length - missing.length };
  });
}
