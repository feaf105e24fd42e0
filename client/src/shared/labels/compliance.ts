import type { DeclarationStatus, VerificationOutcome, VerificationState } from '../../gql/graphql';
import type { TagColour } from '../ui/tag';
import { levelLabel } from './catalogue';

// The words for compliance declarations everywhere they show: tags in tables, the declaration's
// page, the form's choices and the verification queue's filters. Colour only reinforces the words:
// every state is written out wherever it is shown.

/** A status someone can declare: LAPSED follows from the expiry date, nobody declares it. */
export type DeclarableStatus = Exclude<DeclarationStatus, 'LAPSED'>;

/**
 * What one cell of a compliance table says about a subject and a standard: a declared status (as it
 * stands today, so LAPSED too), REJECTED when a central team rejected it, UNVERIFIED where only
 * verified declarations count and this one is not, NOT_DECLARED when there is none.
 */
export type ComplianceCellState = DeclarationStatus | 'REJECTED' | 'UNVERIFIED' | 'NOT_DECLARED';

export const declarationStatusLabels: Record<DeclarationStatus, string> = {
  COMPLIANT: 'Compliant',
  PARTIAL: 'Partly compliant',
  NON_COMPLIANT: 'Not compliant',
  PLANNED: 'Planned',
  NOT_APPLICABLE: 'Not applicable',
  LAPSED: 'Lapsed',
};

/** What each status means, as the form's choices explain it. */
export const declarationStatusHints: Record<DeclarableStatus, string> = {
  COMPLIANT: 'Meets the standard in full',
  PARTIAL: 'Meets part of it: a plan says what remains and by when',
  NON_COMPLIANT: 'Does not meet it: a plan says what will be done and by when',
  PLANNED: 'Not met yet, but planned: a plan says by when',
  NOT_APPLICABLE: 'The standard does not apply here: say why',
};

/** The form's order: met, partly met, not met, planned, does not apply. */
export const declarableStatusOrder: DeclarableStatus[] = [
  'COMPLIANT',
  'PARTIAL',
  'NON_COMPLIANT',
  'PLANNED',
  'NOT_APPLICABLE',
];

/** The statuses that need a remediation plan: what will be done, and by when. */
export const statusesWithPlan: readonly DeclarationStatus[] = ['PARTIAL', 'NON_COMPLIANT', 'PLANNED'];

export const declarationStatusColours: Record<DeclarationStatus, TagColour> = {
  COMPLIANT: 'green',
  PARTIAL: 'yellow',
  NON_COMPLIANT: 'red',
  PLANNED: 'blue',
  NOT_APPLICABLE: 'grey',
  LAPSED: 'orange',
};

export const verificationOutcomeLabels: Record<VerificationOutcome, string> = {
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
};

/** Where a declaration is in central verification, in words: "Not yet verified" before anyone checked. */
export function verificationLabel(outcome: VerificationOutcome | null): string {
  return outcome ? verificationOutcomeLabels[outcome] : 'Not yet verified';
}

export const verificationColours: Record<VerificationOutcome | 'UNVERIFIED', TagColour> = {
  VERIFIED: 'aqua-green',
  REJECTED: 'red',
  UNVERIFIED: 'grey',
};

export const verificationStateLabels: Record<VerificationState, string> = {
  UNVERIFIED: 'Not yet verified',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
};

export const cellStateLabels: Record<ComplianceCellState, string> = {
  ...declarationStatusLabels,
  REJECTED: 'Rejected',
  UNVERIFIED: 'Not verified',
  NOT_DECLARED: 'Not declared',
};

export const cellStateColours: Record<ComplianceCellState, TagColour> = {
  ...declarationStatusColours,
  REJECTED: 'red',
  UNVERIFIED: 'grey',
  NOT_DECLARED: 'white',
};

/** What a declaration comes to in a table: rejected above all, else its status as it stands today. */
export function cellStateOf(declaration: {
  status: DeclarationStatus;
  verification: VerificationOutcome | null;
}): ComplianceCellState {
  return declaration.verification === 'REJECTED' ? 'REJECTED' : declaration.status;
}

/** A standard's named level as people read it: `STANDARDS_MET` → "Standards met". */
export const complianceLevelLabel = (level: string): string => levelLabel(level);

/** What a declaration is about, as the verification queue's `kind` filter writes it. */
export type SubjectKind = 'ORGANISATION' | 'PRODUCT';
export const subjectKindLabels: Record<SubjectKind, string> = {
  ORGANISATION: 'Trusts, for themselves',
  PRODUCT: 'Suppliers, for their products',
};
export const subjectKindSlugs: Record<SubjectKind, string> = { ORGANISATION: 'trust', PRODUCT: 'product' };
