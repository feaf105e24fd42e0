// OCDS helpers for tests. Validation itself lives in the product (contracts/ocds/ocds-validation.ts),
// which reads the 1.1.5 schemas shipped in server/data/ocds/ (never /work/shared).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { referenceDataDir } from '../src/core/paths.js';
import { releasePackageErrors } from '../src/modules/contracts/ocds/ocds-validation.js';

export { recordPackageErrors, releasePackageErrors } from '../src/modules/contracts/ocds/ocds-validation.js';

export const codelist = (name: string): string[] =>
  (
    parse(readFileSync(path.join(referenceDataDir, 'ocds', 'codelists', `${name}.csv`), 'utf8'), {
      columns: true,
    }) as { Code: string }[]
  ).map((row) => row.Code);

/** Every way `pkg` fails the release package schema (empty when valid), as `<path> <message>`. */
export function errorsOf(pkg: unknown): string[] {
  return releasePackageErrors(pkg).map((e) => `${e.path} ${e.message}`);
}
