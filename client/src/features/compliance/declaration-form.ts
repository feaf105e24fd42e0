import type {
  DeclarationStatus,
  DeclarationSubjectInput,
  DeclareComplianceInput,
  StandardAssessment,
  SupersedeDeclarationInput,
} from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { addMonths, readDate, toDateParts, type DateParts } from '../../shared/forms/dates';
import { put, type Problems } from '../../shared/forms/field-messages';
import { errorsFromServer, type FormErrors } from '../../shared/forms/form-errors';
import type { UserErrorLike } from '../../shared/graphql/mutation';
import {
  complianceLevelLabel,
  statusesWithPlan,
  type DeclarableStatus,
} from '../../shared/labels/compliance';

/**
 * The declaration form's state and everything done with it, without React: loading a declaration
 * into form values (to supersede it), the edits, the checks the server makes (so the obvious
 * mistakes are pointed out before a save), the `DeclareComplianceInput` or `SupersedeDeclarationInput`
 * it becomes, and where each of the server's `userErrors` lands. The server is the authority: these
 * checks only save a round trip.
 *
 * Field keys name a row of a list by its key, not its position (`evidence.links.n3`): removing a
 * link never moves another's message; the server's positions (`['evidence','links','1']`) are read
 * against the rows that were sent (`sentRows`).
 */

/** What the form needs to know about the standard declared against. */
export type DeclarationStandard = {
  code: string;
  name: string;
  assessment: StandardAssessment;
  levels: readonly string[];
  compliantLevels: readonly string[];
  certificateMonths: number | null;
};

/** One row of an add-another list (an evidence link, a remediation action). */
export type TextRow = { key: string; text: string };

export type DeclarationDraft = {
  standardCode: string;
  status: DeclarableStatus | '';
  /** For a standard assessed in levels: the level chosen ('' when it does not apply). */
  level: string;
  notApplicableReason: string;
  evidenceStatement: string;
  links: TextRow[];
  certificateNumber: string;
  certificateIssuedOn: DateParts;
  certificateExpiresOn: DateParts;
  /** The review date (`expiresOn`), for a standard without certificates. */
  reviewOn: DateParts;
  remediationDueOn: DateParts;
  actions: TextRow[];
};

export const MAX_REASON = 2_000;
export const MAX_STATEMENT = 5_000;
export const MAX_LINKS = 20;
export const MAX_LINK = 500;
export const MAX_ACTION = 500;
export const MAX_CERTIFICATE_NUMBER = 100;

let added = 0;
/** Keys for rows added on the page; loaded rows have positional keys (`l1`, `a1`, …). */
export const newRowKey = () => `n${++added}`;

export function emptyDeclaration(standardCode = ''): DeclarationDraft {
  return {
    standardCode,
    status: '',
    level: '',
    notApplicableReason: '',
    evidenceStatement: '',
    links: [{ key: 'l1', text: '' }],
    certificateNumber: '',
    certificateIssuedOn: toDateParts(null),
    certificateExpiresOn: toDateParts(null),
    reviewOn: toDateParts(null),
    remediationDueOn: toDateParts(null),
    actions: [{ key: 'a1', text: '' }],
  };
}

/** A declaration as loaded (any query's declaration with these fields fits). */
export type LoadedDeclaration = {
  status: DeclarationStatus;
  declaredStatus: DeclarationStatus;
  level: string | null;
  notApplicableReason: string | null;
  evidenceStatement: string;
  evidenceLinks: readonly string[] | null;
  certificateNumber: string | null;
  certificateIssuedOn: string | null;
  expiresOn: string | null;
  remediationDueOn: string | null;
  remediationActions: readonly string[];
  standard: { code: string; certificateMonths: number | null };
};

/** The form filled in from the current declaration, to replace it with a new one. */
export function draftFromDeclaration(declaration: LoadedDeclaration): DeclarationDraft {
  const hasCertificate = declaration.certificateNumber !== null || declaration.certificateIssuedOn !== null;
  const links = declaration.evidenceLinks ?? [];
  const actions = declaration.remediationActions;
  const status = declaration.declaredStatus === 'LAPSED' ? '' : declaration.declaredStatus;
  return {
    standardCode: declaration.standard.code,
    status,
    level: declaration.level ?? '',
    notApplicableReason: declaration.notApplicableReason ?? '',
    evidenceStatement: declaration.evidenceStatement,
    links:
      links.length > 0
        ? links.map((text, index) => ({ key: `l${index + 1}`, text }))
        : [{ key: 'l1', text: '' }],
    certificateNumber: declaration.certificateNumber ?? '',
    certificateIssuedOn: toDateParts(declaration.certificateIssuedOn),
    certificateExpiresOn: toDateParts(hasCertificate ? declaration.expiresOn : null),
    reviewOn: toDateParts(hasCertificate ? null : declaration.expiresOn),
    remediationDueOn: toDateParts(declaration.remediationDueOn),
    actions:
      actions.length > 0
        ? actions.map((text, index) => ({ key: `a${index + 1}`, text }))
        : [{ key: 'a1', text: '' }],
  };
}

// --- What the standard asks for ------------------------------------------------------------------

/** Whether a level counts as compliant with the standard. */
export const levelCounts = (standard: Pick<DeclarationStandard, 'compliantLevels'>, level: string) =>
  standard.compliantLevels.includes(level);

/**
 * The status a level implies: compliant exactly when the level counts as compliant; otherwise
 * partly compliant for a level on the way there ("Approaching standards"), not compliant for any
 * other. The person may choose planned or not compliant instead.
 */
export function statusForLevel(
  standard: Pick<DeclarationStandard, 'compliantLevels'>,
  level: string,
): DeclarableStatus {
  if (levelCounts(standard, level)) return 'COMPLIANT';
  return /APPROACH|PARTIAL/i.test(level) ? 'PARTIAL' : 'NON_COMPLIANT';
}

export const needsPlan = (status: DeclarationStatus | '') =>
  status !== '' && statusesWithPlan.includes(status);

/** The certificate's fields show for a standard that issues certificates, unless it does not apply. */
export const showsCertificate = (
  standard: Pick<DeclarationStandard, 'certificateMonths'> | null,
  status: DeclarationStatus | '',
) => standard?.certificateMonths != null && status !== 'NOT_APPLICABLE';

/** A review date is asked for where no certificate is: it is then what the declaration lapses by. */
export const showsReviewDate = (
  standard: Pick<DeclarationStandard, 'certificateMonths'> | null,
  status: DeclarationStatus | '',
) => standard !== null && !showsCertificate(standard, status);

const certificateTyped = (draft: DeclarationDraft) =>
  [
    draft.certificateNumber,
    ...Object.values(draft.certificateIssuedOn),
    ...Object.values(draft.certificateExpiresOn),
  ].some((text) => text.trim() !== '');

/** Whether a certificate goes with the declaration: required when compliant, else when any of it was typed. */
export const sendsCertificate = (draft: DeclarationDraft, standard: DeclarationStandard | null) =>
  showsCertificate(standard, draft.status) && (draft.status === 'COMPLIANT' || certificateTyped(draft));

// --- Editing -------------------------------------------------------------------------------------

export type ListName = 'links' | 'actions';

export type DeclarationAction =
  | { type: 'set'; patch: Partial<Omit<DeclarationDraft, 'links' | 'actions' | 'standardCode' | 'level'>> }
  /** Another standard: its level and status no longer mean anything. */
  | { type: 'standard'; code: string }
  /** A level of a standard assessed in levels: it sets the status ('' for "does not apply"). */
  | { type: 'level'; level: string; standard: DeclarationStandard }
  | { type: 'addRow'; list: ListName; key: string }
  | { type: 'removeRow'; list: ListName; key: string }
  | { type: 'row'; list: ListName; key: string; text: string };

export function declarationReducer(state: DeclarationDraft, action: DeclarationAction): DeclarationDraft {
  switch (action.type) {
    case 'set':
      return { ...state, ...action.patch };
    case 'standard':
      return action.code === state.standardCode
        ? state
        : { ...state, standardCode: action.code, level: '', status: '' };
    case 'level':
      return action.level === ''
        ? { ...state, level: '', status: 'NOT_APPLICABLE' }
        : { ...state, level: action.level, status: statusForLevel(action.standard, action.level) };
    case 'addRow':
      return { ...state, [action.list]: [...state[action.list], { key: action.key, text: '' }] };
    case 'removeRow':
      return { ...state, [action.list]: state[action.list].filter((row) => row.key !== action.key) };
    case 'row':
      return {
        ...state,
        [action.list]: state[action.list].map((row) =>
          row.key === action.key ? { ...row, text: action.text } : row,
        ),
      };
  }
}

// --- Checks --------------------------------------------------------------------------------------

/** Whether `text` is a whole http(s) address with no spaces: the only kind of link Concord stores. */
export const isHttpUrl = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** The rows that count: those with something typed, in order. */
const filled = (rows: readonly TextRow[]) => rows.filter((row) => row.text.trim() !== '');

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * What is wrong with the answers, by field key, in the NHS's words: the rules the server applies
 * that need nothing looked up. `today` is today's date in England (`YYYY-MM-DD`).
 */
export function declarationProblems(
  draft: DeclarationDraft,
  standard: DeclarationStandard | null,
  today: string,
): Problems {
  const problems: Problems = {};
  if (!draft.standardCode || !standard) {
    put(problems, 'standardCode', 'Choose the standard you are declaring against', true);
    return problems;
  }
  const levels = standard.assessment === 'LEVELS';
  if (levels) {
    if (draft.status === '') put(problems, 'level', `Choose the level assessed for ${standard.name}`, true);
    else if (draft.status !== 'NOT_APPLICABLE' && !standard.levels.includes(draft.level)) {
      put(problems, 'level', `Choose the level assessed for ${standard.name}`, true);
    } else if (draft.status !== 'NOT_APPLICABLE' && !levelCounts(standard, draft.level)) {
      if (draft.status === 'COMPLIANT') {
        put(
          problems,
          'status',
          `${complianceLevelLabel(draft.level)} does not meet ${standard.name}: choose partly compliant, not compliant or planned`,
        );
      }
    }
  } else if (draft.status === '') {
    put(problems, 'status', `Choose whether ${standard.name} is met`, true);
  }

  if (draft.status === 'NOT_APPLICABLE') {
    const reason = draft.notApplicableReason.trim();
    if (!reason) put(problems, 'notApplicableReason', 'Say why the standard does not apply', true);
    else if (reason.length > MAX_REASON) {
      put(problems, 'notApplicableReason', 'The reason must be 2,000 characters or fewer');
    }
  }

  if (draft.evidenceStatement.trim().length > MAX_STATEMENT) {
    put(problems, 'evidence.statement', 'The evidence statement must be 5,000 characters or fewer');
  }
  const links = filled(draft.links);
  if (links.length > MAX_LINKS) put(problems, 'evidence.links', `Give at most ${MAX_LINKS} evidence links`);
  for (const row of links) {
    const url = row.text.trim();
    if (!isHttpUrl(url)) {
      put(
        problems,
        `evidence.links.${row.key}`,
        'Enter the link in full, starting with https:// or http://, like https://www.dsptoolkit.nhs.uk/',
      );
    } else if (url.length > MAX_LINK) {
      put(problems, `evidence.links.${row.key}`, 'Each link must be 500 characters or fewer');
    }
  }

  if (sendsCertificate(draft, standard)) certificateProblems(draft, standard, today, problems);
  if (showsReviewDate(standard, draft.status)) {
    const review = readDate(draft.reviewOn, 'The review date');
    if (review.kind === 'invalid') put(problems, 'expiresOn', review.message);
  }

  if (needsPlan(draft.status)) {
    const due = readDate(draft.remediationDueOn, 'The date the plan is due');
    if (due.kind === 'empty') {
      put(problems, 'remediation.dueOn', 'Enter the date the plan will be complete', true);
    } else if (due.kind === 'invalid') put(problems, 'remediation.dueOn', due.message);
    else if (due.iso < today) {
      put(problems, 'remediation.dueOn', `The plan must be due today (${formatDate(today)}) or later`);
    }
    const actions = filled(draft.actions);
    if (actions.length === 0) {
      put(problems, 'remediation.actions', 'List at least one thing that will be done', true);
    }
    for (const row of actions) {
      if (row.text.trim().length > MAX_ACTION) {
        put(problems, `remediation.actions.${row.key}`, 'Each action must be 500 characters or fewer');
      }
    }
  }
  return problems;
}

function certificateProblems(
  draft: DeclarationDraft,
  standard: DeclarationStandard,
  today: string,
  problems: Problems,
) {
  const number = draft.certificateNumber.trim();
  if (!number) put(problems, 'certificate.number', 'Enter the certificate number', true);
  else if (number.length > MAX_CERTIFICATE_NUMBER) {
    put(problems, 'certificate.number', 'The certificate number must be 100 characters or fewer');
  }
  const issued = readDate(draft.certificateIssuedOn, 'The issue date');
  if (issued.kind === 'empty') put(problems, 'certificate.issuedOn', 'Enter the date it was issued', true);
  else if (issued.kind === 'invalid') put(problems, 'certificate.issuedOn', issued.message);
  else if (issued.iso > today) {
    put(
      problems,
      'certificate.issuedOn',
      `The certificate cannot be issued after today (${formatDate(today)})`,
    );
  }
  const expires = readDate(draft.certificateExpiresOn, 'The expiry date');
  if (expires.kind === 'empty') put(problems, 'certificate.expiresOn', 'Enter the date it expires', true);
  else if (expires.kind === 'invalid') put(problems, 'certificate.expiresOn', expires.message);
  else if (issued.kind === 'date') {
    const months = standard.certificateMonths ?? 0;
    const latest = addMonths(issued.iso, months);
    if (expires.iso <= issued.iso) {
      put(
        problems,
        'certificate.expiresOn',
        `The certificate must expire after it was issued (${formatDate(issued.iso)})`,
      );
    } else if (expires.iso > latest) {
      put(
        problems,
        'certificate.expiresOn',
        `${standard.name} certificates last ${months} ${plural(months, 'month', 'months')}: the expiry must be on or before ${formatDate(latest)}`,
      );
    }
  }
}

// --- The mutation inputs -------------------------------------------------------------------------

const isoOf = (parts: DateParts, label: string): string | null => {
  const reading = readDate(parts, label);
  return reading.kind === 'date' ? reading.iso : null;
};

/** Which rows were sent, in order: the server names a row by its position among them. */
export type SentRows = { links: string[]; actions: string[] };

export const sentRows = (draft: DeclarationDraft): SentRows => ({
  links: filled(draft.links).map((row) => row.key),
  actions: filled(draft.actions).map((row) => row.key),
});

/** What the form declares, as the fields both mutations share. Only what the form shows is sent. */
export function declarationFields(
  draft: DeclarationDraft,
  standard: DeclarationStandard,
): Omit<DeclareComplianceInput, 'subject' | 'standardCode'> {
  const status = draft.status === '' ? 'COMPLIANT' : draft.status;
  const fields: Omit<DeclareComplianceInput, 'subject' | 'standardCode'> = { status };
  if (standard.assessment === 'LEVELS' && status !== 'NOT_APPLICABLE') fields.level = draft.level;
  if (status === 'NOT_APPLICABLE') fields.notApplicableReason = draft.notApplicableReason.trim();
  const statement = draft.evidenceStatement.trim();
  const links = filled(draft.links).map((row) => row.text.trim());
  if (statement || links.length > 0) fields.evidence = { statement, links };
  if (sendsCertificate(draft, standard)) {
    fields.certificate = {
      number: draft.certificateNumber.trim(),
      issuedOn: isoOf(draft.certificateIssuedOn, 'Issued') ?? '',
      expiresOn: isoOf(draft.certificateExpiresOn, 'Expires') ?? '',
    };
  }
  const review = showsReviewDate(standard, status) ? isoOf(draft.reviewOn, 'Review') : null;
  if (review) fields.expiresOn = review;
  if (needsPlan(status)) {
    fields.remediation = {
      dueOn: isoOf(draft.remediationDueOn, 'Due') ?? '',
      actions: filled(draft.actions).map((row) => row.text.trim()),
    };
  }
  return fields;
}

/** What a declaration is about, as the page's address names it. */
export type DeclarationSubject =
  { kind: 'organisation'; odsCode: string } | { kind: 'product'; versionId: string };

export const subjectInput = (subject: DeclarationSubject): DeclarationSubjectInput =>
  subject.kind === 'organisation'
    ? { organisationOdsCode: subject.odsCode }
    : { productVersionId: subject.versionId };

export function declareInput(
  draft: DeclarationDraft,
  standard: DeclarationStandard,
  subject: DeclarationSubject,
): DeclareComplianceInput {
  return {
    subject: subjectInput(subject),
    standardCode: standard.code,
    ...declarationFields(draft, standard),
  };
}

export function supersedeInput(
  draft: DeclarationDraft,
  standard: DeclarationStandard,
  current: { id: string; rowVersion: number },
): SupersedeDeclarationInput {
  return { id: current.id, expectedRowVersion: current.rowVersion, ...declarationFields(draft, standard) };
}

// --- Where messages go ---------------------------------------------------------------------------

/** The element a field's message belongs to: `evidence.links.n3` → `df-evidence-links-n3`. */
export const fieldId = (key: string) => `df-${key.replaceAll('.', '-')}`;

/** The fields in page order, for the error summary. */
export function fieldOrder(draft: DeclarationDraft): string[] {
  return [
    'subject',
    'standardCode',
    'level',
    'status',
    'notApplicableReason',
    'evidence.statement',
    ...draft.links.map((row) => `evidence.links.${row.key}`),
    'evidence.links',
    'certificate',
    'certificate.number',
    'certificate.issuedOn',
    'certificate.expiresOn',
    'expiresOn',
    'remediation',
    'remediation.dueOn',
    ...draft.actions.map((row) => `remediation.actions.${row.key}`),
    'remediation.actions',
  ];
}

/** Where a message sits, when its field alone would not say: "Evidence link 2". */
export function fieldContext(key: string, draft: DeclarationDraft): string | null {
  const [head, list, rowKey] = key.split('.');
  if (head === 'evidence' && list === 'links' && rowKey) {
    const index = draft.links.findIndex((row) => row.key === rowKey);
    return index >= 0 ? `Evidence link ${index + 1}` : null;
  }
  if (head === 'remediation' && list === 'actions' && rowKey) {
    const index = draft.actions.findIndex((row) => row.key === rowKey);
    return index >= 0 ? `Action ${index + 1}` : null;
  }
  return null;
}

const PLAIN_FIELDS = new Set(['standardCode', 'level', 'status', 'notApplicableReason', 'expiresOn']);

/**
 * The form's field key for a server `field` path (relative to the input), or undefined for one that
 * belongs to no field (it shows in the summary only): `['evidence','links','1']` → the second link
 * sent, `['remediation','dueOn']` → `remediation.dueOn`, `['subject','organisationOdsCode']` → `subject`.
 */
export function serverFieldKey(path: readonly string[], sent: SentRows): string | undefined {
  const [head, second, third] = path;
  if (head === undefined) return undefined;
  if (PLAIN_FIELDS.has(head)) return head;
  if (head === 'subject') return 'subject';
  if (head === 'evidence') {
    if (second === 'statement') return 'evidence.statement';
    if (second !== 'links') return 'evidence.statement';
    if (third === undefined) return 'evidence.links';
    const key = sent.links[Number(third)];
    return key ? `evidence.links.${key}` : 'evidence.links';
  }
  if (head === 'certificate') {
    if (second === 'number' || second === 'issuedOn' || second === 'expiresOn')
      return `certificate.${second}`;
    return 'certificate';
  }
  if (head === 'remediation') {
    if (second === 'dueOn') return 'remediation.dueOn';
    if (second !== 'actions') return 'remediation';
    if (third === undefined) return 'remediation.actions';
    const key = sent.actions[Number(third)];
    return key ? `remediation.actions.${key}` : 'remediation.actions';
  }
  return undefined;
}

/** The server's reasons, each on the field its path names; a stale version apart; the rest in the summary. */
export function serverErrors(userErrors: readonly UserErrorLike[], sent: SentRows): FormErrors<string> {
  return errorsFromServer(userErrors, (path) => serverFieldKey(path, sent));
}
