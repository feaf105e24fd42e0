// Validation of OCDS exports against the 1.1.5 schemas shipped in server/data/ocds/ (never /work/shared).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { referenceDataDir } from '../src/core/paths.js';

const ocdsDir = path.join(referenceDataDir, 'ocds');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ocdsDir, file), 'utf8')) as object;
export const codelist = (name: string): string[] =>
  (
    parse(readFileSync(path.join(ocdsDir, 'codelists', `${name}.csv`), 'utf8'), { columns: true }) as {
      Code: string;
    }[]
  ).map((row) => row.Code);

// ajv-draft-04 and ajv-formats are CommonJS; `.default` is the same function under Node and tsc.
// OCDS types fields as unions such as ["string", "null"], which ajv's strict mode asks to allow.
const ajv = new AjvDraft04.default({ allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
// OCDS annotates its schemas with these keywords; they carry no validation.
ajv.addVocabulary([
  'codelist',
  'openCodelist',
  'omitWhenMerged',
  'deprecated',
  'versionId',
  'wholeListMerge',
]);
// The package schema $refs the release schema by its absolute id URL; addSchema registers it under that id.
ajv.addSchema(readJson('release-schema.json'));
const validatePackage = ajv.compile(readJson('release-package-schema.json'));

/** Every way `pkg` fails the release package schema (empty when valid). */
export function errorsOf(pkg: unknown): string[] {
  return validatePackage(pkg)
    ? []
    : (validatePackage.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
