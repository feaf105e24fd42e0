import type {
  StandardAppliesTo,
  StandardAssessment,
  StandardCategory,
  StandardStatus,
} from '../../gql/graphql';
import { emptyDate, readDate, toDateParts, type DateParts } from '../../shared/forms/dates';
import { noErrors, topLevelFields, type FormErrors } from '../../shared/forms/form-errors';

/** A standard's answers, as typed: choices are '' until made, levels one a line. */
export type StandardValues = {
  code: string;
  name: string;
  version: string;
  publisher: string;
  url: string;
  category: StandardCategory | '';
  appliesTo: StandardAppliesTo | '';
  assessment: StandardAssessment | '';
  levels: string;
  status: StandardStatus | '';
  effectiveFrom: DateParts;
  effectiveTo: DateParts;
  supersedesCode: string;
};
export type StandardField = keyof StandardValues;

export const emptyStandard: StandardValues = {
  code: '',
  name: '',
  version: '',
  publisher: '',
  url: '',
  category: '',
  appliesTo: '',
  assessment: '',
  levels: '',
  status: 'DRAFT',
  effectiveFrom: emptyDate,
  effectiveTo: emptyDate,
  supersedesCode: '',
};

/** The fields in the order of the form, with the id of the element the error summary links to. */
export const standardFields: readonly { field: StandardField; id: string }[] = [
  { field: 'code', id: 'code' },
  { field: 'name', id: 'name' },
  { field: 'version', id: 'version' },
  { field: 'publisher', id: 'publisher' },
  { field: 'url', id: 'url' },
  { field: 'category', id: 'category' },
  { field: 'appliesTo', id: 'applies-to' },
  { field: 'assessment', id: 'assessment' },
  { field: 'levels', id: 'levels' },
  { field: 'status', id: 'status' },
  { field: 'effectiveFrom', id: 'effective-from' },
  { field: 'effectiveTo', id: 'effective-to' },
  { field: 'supersedesCode', id: 'supersedes' },
];

const CODE = /^[A-Z0-9][A-Z0-9_]{1,39}$/;

/** As the catalogue stores a code: trimmed, in capitals. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();

/** The named levels, one a line, blank lines left out. */
export const levelList = (levels: string) =>
  levels
    .split('\n')
    .map((level) => level.trim())
    .filter(Boolean);

export type StandardAnswers = {
  code: string;
  name: string;
  version: string | null;
  publisher: string;
  url: string | null;
  category: StandardCategory;
  appliesTo: StandardAppliesTo;
  assessment: StandardAssessment;
  levels: string[];
  status: StandardStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  supersedesCode: string | null;
};

/**
 * The checks made before asking the server (the same rules it applies), in the order of the form;
 * with the answers to send when there is nothing to fix.
 */
export function validateStandard(values: StandardValues): {
  errors: FormErrors<StandardField>;
  answers: StandardAnswers | null;
} {
  const errors = noErrors<StandardField>();
  const { fields } = errors;
  const code = normaliseCode(values.code);
  if (!code) fields.code = 'Enter the standard’s code, like DCB0129';
  else if (!CODE.test(code))
    fields.code =
      'Enter a code of 2 to 40 capital letters, digits or underscores, like DCB0129 or FHIR_UK_CORE';
  const name = values.name.trim();
  if (!name) fields.name = 'Enter the standard’s full name';
  else if (name.length > 300) fields.name = 'The name must be 300 characters or fewer';
  if (values.version.trim().length > 40) fields.version = 'The version must be 40 characters or fewer';
  const publisher = values.publisher.trim();
  if (!publisher) fields.publisher = 'Enter who publishes the standard';
  else if (publisher.length > 200) fields.publisher = 'The publisher must be 200 characters or fewer';
  const url = values.url.trim();
  if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > 500))
    fields.url = 'Enter the address in full, like https://digital.nhs.uk/…';
  if (!values.category) fields.category = 'Select the area the standard covers';
  if (!values.appliesTo) fields.appliesTo = 'Select who can declare conformance with it';
  if (!values.assessment) fields.assessment = 'Select how conformance is assessed';
  const levels = levelList(values.levels);
  if (values.assessment === 'LEVELS') {
    if (levels.length < 2) fields.levels = 'Enter at least two levels, one a line, lowest first';
    else if (new Set(levels.map((level) => level.toLowerCase())).size < levels.length)
      fields.levels = 'Each level must have a different name';
  }
  if (!values.status) fields.status = 'Select where the standard is in its life';
  const from = readDate(values.effectiveFrom, 'The date it comes into force');
  if (from.kind === 'invalid') fields.effectiveFrom = from.message;
  const to = readDate(values.effectiveTo, 'The date it stops being in force');
  if (to.kind === 'invalid') fields.effectiveTo = to.message;
  if (from.kind === 'date' && to.kind === 'date' && to.iso < from.iso)
    fields.effectiveTo =
      'The date it stops being in force must be the same as or after the date it comes into force';
  const supersedesCode = normaliseCode(values.supersedesCode);
  if (supersedesCode && supersedesCode === code) fields.supersedesCode = 'A standard cannot replace itself';

  if (
    Object.keys(fields).length > 0 ||
    !values.category ||
    !values.appliesTo ||
    !values.assessment ||
    !values.status ||
    from.kind === 'invalid' ||
    to.kind === 'invalid'
  ) {
    return { errors, answers: null };
  }
  return {
    errors,
    answers: {
      code,
      name,
      version: values.version.trim() || null,
      publisher,
      url: url || null,
      category: values.category,
      appliesTo: values.appliesTo,
      assessment: values.assessment,
      levels: values.assessment === 'LEVELS' ? levels : [],
      status: values.status,
      effectiveFrom: from.kind === 'date' ? from.iso : null,
      effectiveTo: to.kind === 'date' ? to.iso : null,
      supersedesCode: supersedesCode || null,
    },
  };
}

/** A saved standard as the form shows it. */
export function standardValues(standard: {
  code: string;
  name: string;
  version: string | null;
  publisher: string;
  url: string | null;
  category: StandardCategory;
  appliesTo: StandardAppliesTo;
  assessment: StandardAssessment;
  levels: readonly string[];
  status: StandardStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  supersedes: { code: string } | null;
}): StandardValues {
  return {
    code: standard.code,
    name: standard.name,
    version: standard.version ?? '',
    publisher: standard.publisher,
    url: standard.url ?? '',
    category: standard.category,
    appliesTo: standard.appliesTo,
    assessment: standard.assessment,
    levels: standard.levels.join('\n'),
    status: standard.status,
    effectiveFrom: toDateParts(standard.effectiveFrom),
    effectiveTo: toDateParts(standard.effectiveTo),
    supersedesCode: standard.supersedes?.code ?? '',
  };
}

/** The server names the field at fault by its input path: `["levels"]`, `["supersedesCode"]`. */
export const standardFieldOf = topLevelFields<StandardField>(standardFields.map(({ field }) => field));
