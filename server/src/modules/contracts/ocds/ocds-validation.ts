/**
 * Validation of OCDS packages against the OCDS 1.1.5 schemas shipped in server/data/ocds/: exports
 * check what they publish, the import checks what it is given. The validators are compiled on first
 * use, so a server that never touches OCDS does not pay for the release schema at start.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { referenceDataDir } from '../../../core/paths.js';

/** One way a package fails the schema: where (a JSON Pointer, `/` for the whole package) and what. */
export type OcdsProblem = { path: string; message: string };

/** A person fixes the first few and runs again; hundreds of lines of one mistake help nobody. */
export const MAX_PROBLEMS = 20;

const SCHEMA_BASE = 'https://standard.open-contracting.org/schema/1__1__5';
const RELEASE_SCHEMA = `${SCHEMA_BASE}/release-schema.json`;
const RELEASE_PACKAGE_SCHEMA = `${SCHEMA_BASE}/release-package-schema.json`;
/** A longer enum (currencies) is named by its codelist, not listed. */
const LISTED_VALUES = 20;

const packageField = (name: string) => ({ $ref: `${RELEASE_PACKAGE_SCHEMA}#/properties/${name}` });

/**
 * The record package schema of OCDS 1.1.5, reduced to what Concord reads. The official one $refs the
 * versioned-release schema, which Concord does not ship; this keeps its package metadata (borrowed
 * from the release package schema, where it is the same) and checks each compiled release against
 * the release schema. Embedded releases are checked one by one in `recordPackageErrors`, because the
 * official `oneOf` (linked or embedded) reports every mismatch of the branch that was not meant.
 */
const RECORD_PACKAGE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['uri', 'publisher', 'publishedDate', 'records', 'version'],
  properties: {
    uri: packageField('uri'),
    version: packageField('version'),
    extensions: packageField('extensions'),
    publishedDate: packageField('publishedDate'),
    publisher: packageField('publisher'),
    license: packageField('license'),
    publicationPolicy: packageField('publicationPolicy'),
    records: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['ocid', 'releases'],
        properties: {
          ocid: { type: 'string', minLength: 1 },
          releases: { type: 'array', minItems: 1, items: { type: 'object' } },
          compiledRelease: { $ref: RELEASE_SCHEMA },
        },
      },
    },
  },
};

type Validators = {
  release: ValidateFunction;
  releasePackage: ValidateFunction;
  recordPackage: ValidateFunction;
};
let validators: Validators | undefined;

function compiled(): Validators {
  if (validators) return validators;
  const readSchema = (file: string) =>
    JSON.parse(readFileSync(path.join(referenceDataDir, 'ocds', file), 'utf8')) as object;
  // ajv-draft-04 and ajv-formats are CommonJS; `.default` is the same function under Node and tsc.
  // OCDS types fields as unions such as ["string", "null"], which ajv's strict mode asks to allow.
  // `verbose` puts the failing schema on each error, which names the codelist of a bad code.
  const ajv = new AjvDraft04.default({ allErrors: true, allowUnionTypes: true, verbose: true });
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
  // The package schemas $ref the release schema by its absolute id URL; addSchema registers it so.
  ajv.addSchema(readSchema('release-schema.json'));
  ajv.addSchema(readSchema('release-package-schema.json'));
  const get = (id: string) => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`The OCDS schema ${id} is missing from server/data/ocds/`);
    return validate;
  };
  validators = {
    release: get(RELEASE_SCHEMA),
    releasePackage: get(RELEASE_PACKAGE_SCHEMA),
    recordPackage: ajv.compile(RECORD_PACKAGE_SCHEMA),
  };
  return validators;
}

/** ajv's wording, where it is plain enough; codes and types said the way a person reads them. */
function problemOf(error: ErrorObject, prefix: string): OcdsProblem {
  const at = `${prefix}${error.instancePath}` || '/';
  if (error.keyword === 'enum') {
    const allowed = (error.params['allowedValues'] as unknown[]).filter((v) => v !== null);
    const codelist = error.parentSchema?.['codelist'] as string | undefined;
    const message =
      allowed.length <= LISTED_VALUES
        ? `must be one of: ${allowed.join(', ')}`
        : `must be a code from the OCDS ${codelist ? `${codelist.replace(/\.csv$/, '')} ` : ''}codelist`;
    return { path: at, message };
  }
  if (error.keyword === 'type') {
    const types = String(error.params['type']).split(',');
    return { path: at, message: `must be ${types.join(' or ')}` };
  }
  return { path: at, message: error.message ?? `fails the schema rule "${error.keyword}"` };
}

function errorsOf(validate: ValidateFunction, data: unknown, prefix = ''): OcdsProblem[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => problemOf(e, prefix));
}

/**
 * Every way `pkg` fails the OCDS 1.1.5 release package schema, first {@link MAX_PROBLEMS} only;
 * empty when it is valid. Each problem names where it is (`/releases/0/date`) and what is wrong
 * (`must match format "date-time"`).
 */
export function releasePackageErrors(pkg: unknown): OcdsProblem[] {
  return errorsOf(compiled().releasePackage, pkg).slice(0, MAX_PROBLEMS);
}

/**
 * Every way `pkg` fails the OCDS 1.1.5 record package schema as Concord reads it (package metadata,
 * and every compiled or embedded release against the release schema), first {@link MAX_PROBLEMS}.
 */
export function recordPackageErrors(pkg: unknown): OcdsProblem[] {
  const { recordPackage, release } = compiled();
  const problems = errorsOf(recordPackage, pkg);
  const records = (pkg as { records?: unknown } | null)?.records;
  if (Array.isArray(records))
    records.forEach((record: unknown, i) => {
      const releases = (record as { releases?: unknown } | null)?.releases;
      if (!Array.isArray(releases)) return;
      releases.forEach((r: unknown, j) => {
        // Linked releases only point at a package (url, date, tag); embedded ones carry the data.
        if (r !== null && typeof r === 'object' && ('ocid' in r || 'id' in r))
          problems.push(...errorsOf(release, r, `/records/${i}/releases/${j}`));
      });
    });
  return problems.slice(0, MAX_PROBLEMS);
}
