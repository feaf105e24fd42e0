import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const DeclarationStatus = defineEnum(
  'DeclarationStatus',
  'What a declaration says about conformance with a standard. LAPSED follows from the expiry date.',
  {
    COMPLIANT: 'Meets the standard (for a standard with levels: at a level that counts as compliant).',
    PARTIAL: 'Meets part of the standard; a remediation plan says what remains and by when.',
    NON_COMPLIANT: 'Does not meet the standard; a remediation plan says what will be done and by when.',
    PLANNED: 'Not yet met; a remediation plan dates when it will be.',
    NOT_APPLICABLE: 'The standard does not apply here, for the reason given.',
    LAPSED: 'Past its certificate expiry or review date (follows from the date, nobody has to act).',
  },
);
export type DeclarationStatus = EnumValue<typeof DeclarationStatus>;

/** What is stored: LAPSED is never stored, it follows from `expiresOn`. */
export type StoredDeclarationStatus = Exclude<DeclarationStatus, 'LAPSED'>;

export const VerificationOutcome = defineEnum(
  'VerificationOutcome',
  'What a central team found when it checked a declaration and its evidence.',
  {
    VERIFIED: 'The evidence supports the declaration.',
    REJECTED: 'The evidence does not support the declaration; the comment says why.',
  },
);
export type VerificationOutcome = EnumValue<typeof VerificationOutcome>;

export const VerificationState = defineEnum(
  'VerificationState',
  'Where a declaration is in central verification, for filtering.',
  {
    UNVERIFIED: 'Not yet checked by a central team.',
    VERIFIED: 'Checked and verified.',
    REJECTED: 'Checked and rejected.',
  },
);
export type VerificationState = EnumValue<typeof VerificationState>;

export const ComplianceCellState = defineEnum(
  'ComplianceCellState',
  'The state of one subject against one standard in a matrix or an estate.',
  {
    COMPLIANT: 'Declared compliant.',
    PARTIAL: 'Declared partially compliant, with a plan.',
    NON_COMPLIANT: 'Declared not compliant, with a plan.',
    PLANNED: 'Compliance planned by a date.',
    NOT_APPLICABLE: 'Declared not applicable, with a reason.',
    LAPSED: 'The current declaration has passed its expiry date.',
    REJECTED: 'The current declaration was rejected by a central team.',
    UNVERIFIED:
      'Declared, but not verified by a central team: public figures count verified declarations only, so what it says is not shown.',
    NOT_DECLARED: 'Nothing declared.',
  },
);
export type ComplianceCellState = EnumValue<typeof ComplianceCellState>;

export const ComplianceNoticeKind = defineEnum(
  'ComplianceNoticeKind',
  'Why a declaration needs its organisation’s attention.',
  {
    LAPSING_SOON: 'It reaches its expiry date soon: renew the certificate or review it.',
    LAPSED: 'It has passed its expiry date and no longer counts.',
    REMEDIATION_OVERDUE: 'Its remediation plan is past its due date.',
    REJECTED: 'A central team rejected it; the comment says why.',
  },
);
export type ComplianceNoticeKind = EnumValue<typeof ComplianceNoticeKind>;

export const ComplianceMatrixSubjects = defineEnum(
  'ComplianceMatrixSubjects',
  'What a compliance matrix has as its rows.',
  {
    TRUSTS: 'Open NHS trusts, against the standards that apply to organisations.',
    PRODUCTS: 'Each product’s latest version, against the standards that apply to products.',
  },
);
export type ComplianceMatrixSubjects = EnumValue<typeof ComplianceMatrixSubjects>;

export const ComplianceScope = defineEnum(
  'ComplianceScope',
  'Which organisations a compliance list covers.',
  {
    NATIONAL: 'Every trust in England.',
    REGION: 'The trusts of one NHS region (code: its region code).',
    ICB: 'The trusts of one integrated care board (code: its ICB code).',
    ORGANISATION: 'One trust (code: its ODS code).',
  },
);
export type ComplianceScope = EnumValue<typeof ComplianceScope>;

export const CoverageLevel = defineEnum('CoverageLevel', 'What a coverage figure adds up.', {
  NATIONAL: 'Every trust matched.',
  REGION: 'The trusts of one NHS region.',
  ICB: 'The trusts of one integrated care board.',
});
export type CoverageLevel = EnumValue<typeof CoverageLevel>;
