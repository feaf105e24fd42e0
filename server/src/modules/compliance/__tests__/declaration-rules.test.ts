import { describe, expect, it } from 'vitest';
import type { UserErrorCode } from '../../../core/user-error.js';
import {
  declarationExpiry,
  declarationProblems,
  type DeclarationDraft,
  type StandardRules,
} from '../declaration-rules.js';

const TODAY = '2026-12-02';
const PRODUCT_VERSION = '0195f3a2-7c1e-7000-8000-000000000001';

const STANDARDS = {
  DSPT: {
    code: 'DSPT',
    name: 'Data Security and Protection Toolkit',
    appliesTo: 'ORGANISATION',
    assessment: 'LEVELS',
    levels: ['APPROACHING_STANDARDS', 'STANDARDS_MET', 'STANDARDS_EXCEEDED', 'STANDARDS_NOT_MET'],
    compliantLevels: ['STANDARDS_MET', 'STANDARDS_EXCEEDED'],
    certificateMonths: null,
    status: 'EFFECTIVE',
  },
  CE_PLUS: {
    code: 'CE_PLUS',
    name: 'Cyber Essentials Plus',
    appliesTo: 'ORGANISATION',
    assessment: 'PASS_FAIL',
    levels: [],
    compliantLevels: [],
    certificateMonths: 12,
    status: 'EFFECTIVE',
  },
  FHIR_UK_CORE: {
    code: 'FHIR_UK_CORE',
    name: 'FHIR UK Core',
    appliesTo: 'PRODUCT',
    assessment: 'PASS_FAIL',
    levels: [],
    compliantLevels: [],
    certificateMonths: null,
    status: 'EFFECTIVE',
  },
  WCAG22_AA: {
    code: 'WCAG22_AA',
    name: 'WCAG 2.2 AA',
    appliesTo: 'BOTH',
    assessment: 'PASS_FAIL',
    levels: [],
    compliantLevels: [],
    certificateMonths: null,
    status: 'EFFECTIVE',
  },
} satisfies Record<string, StandardRules>;
type Kind = keyof typeof STANDARDS;

/** A valid draft for each kind of standard, for the rows to break one thing at a time. */
const VALID: Record<Kind, DeclarationDraft> = {
  DSPT: {
    subject: { organisationOdsCode: 'RJ1' },
    status: 'COMPLIANT',
    level: 'STANDARDS_MET',
    evidence: { statement: '2025-26 submission published.', links: ['https://www.dsptoolkit.nhs.uk/RJ1'] },
    expiresOn: '2027-06-30',
  },
  CE_PLUS: {
    subject: { organisationOdsCode: 'RJ1' },
    status: 'COMPLIANT',
    // Expires on the last day a 12-month certificate may.
    certificate: { number: 'IASME-CEP-012345', issuedOn: '2026-03-14', expiresOn: '2027-03-14' },
  },
  FHIR_UK_CORE: {
    subject: { productVersionId: PRODUCT_VERSION },
    status: 'PLANNED',
    remediation: { dueOn: '2027-03-31', actions: ['Move the Patient API to UK Core 2.0.'] },
  },
  WCAG22_AA: {
    subject: { productVersionId: PRODUCT_VERSION },
    status: 'NOT_APPLICABLE',
    notApplicableReason: 'An integration engine with no user interface.',
  },
};

const PLAN = { dueOn: '2027-03-31', actions: ['Close the remaining gaps.'] };
const chars = (n: number) => 'x'.repeat(n);
const link = (length: number) => `https://example.org/${chars(length - 'https://example.org/'.length)}`;

type Row = [
  name: string,
  kind: Kind,
  tweak: (draft: DeclarationDraft) => DeclarationDraft,
  expected: { code: UserErrorCode; field: string[] }[],
  standard?: (standard: StandardRules) => StandardRules | null,
];

const invalid = (...field: string[]) => [{ code: 'INVALID' as const, field }];

const ROWS: Row[] = [
  // subject
  [
    'subject gives both an organisation and a product version',
    'CE_PLUS',
    (d) => ({ ...d, subject: { organisationOdsCode: 'RJ1', productVersionId: PRODUCT_VERSION } }),
    invalid('subject'),
  ],
  ['subject gives neither', 'CE_PLUS', (d) => ({ ...d, subject: {} }), invalid('subject')],
  [
    'subject gives only blanks',
    'CE_PLUS',
    (d) => ({ ...d, subject: { organisationOdsCode: '  ', productVersionId: null } }),
    invalid('subject'),
  ],
  // status
  ['status LAPSED', 'CE_PLUS', (d) => ({ ...d, status: 'LAPSED' }), invalid('status')],
  // standard
  [
    'DSPT on a product',
    'DSPT',
    (d) => ({ ...d, subject: { productVersionId: PRODUCT_VERSION } }),
    invalid('standardCode'),
  ],
  [
    'FHIR UK Core on a trust',
    'FHIR_UK_CORE',
    (d) => ({ ...d, subject: { organisationOdsCode: 'RJ1' } }),
    invalid('standardCode'),
  ],
  ['a retired standard', 'CE_PLUS', (d) => d, invalid('standardCode'), (s) => ({ ...s, status: 'RETIRED' })],
  [
    'an unknown standard (level checks skipped)',
    'DSPT',
    (d) => ({ ...d, level: 'NO_SUCH_LEVEL' }),
    [{ code: 'NOT_FOUND', field: ['standardCode'] }],
    () => null,
  ],
  // level
  ['LEVELS without a level', 'DSPT', (d) => ({ ...d, level: null }), invalid('level')],
  ['LEVELS with a blank level', 'DSPT', (d) => ({ ...d, level: '   ' }), invalid('level')],
  ['LEVELS with an unknown level', 'DSPT', (d) => ({ ...d, level: 'GOLD' }), invalid('level')],
  ['PASS_FAIL with a level', 'CE_PLUS', (d) => ({ ...d, level: 'STANDARDS_MET' }), invalid('level')],
  [
    'LEVELS, not applicable, with a level',
    'DSPT',
    (d) => ({ ...d, status: 'NOT_APPLICABLE', notApplicableReason: 'Not an NHS body.' }),
    invalid('level'),
  ],
  // COMPLIANT ⇔ level ∈ compliantLevels
  [
    'COMPLIANT at a level that is not compliant',
    'DSPT',
    (d) => ({ ...d, level: 'APPROACHING_STANDARDS' }),
    invalid('status'),
  ],
  [
    'PARTIAL at a compliant level',
    'DSPT',
    (d) => ({ ...d, status: 'PARTIAL', level: 'STANDARDS_EXCEEDED', remediation: PLAN }),
    invalid('status'),
  ],
  // not applicable
  [
    'NOT_APPLICABLE without a reason',
    'WCAG22_AA',
    (d) => ({ ...d, notApplicableReason: null }),
    invalid('notApplicableReason'),
  ],
  [
    'NOT_APPLICABLE with a blank reason',
    'WCAG22_AA',
    (d) => ({ ...d, notApplicableReason: ' \n ' }),
    invalid('notApplicableReason'),
  ],
  [
    'NOT_APPLICABLE with a reason over 2,000 characters',
    'WCAG22_AA',
    (d) => ({ ...d, notApplicableReason: chars(2_001) }),
    invalid('notApplicableReason'),
  ],
  // remediation plan
  [
    'PARTIAL without a plan',
    'DSPT',
    (d) => ({ ...d, status: 'PARTIAL', level: 'APPROACHING_STANDARDS' }),
    invalid('remediation'),
  ],
  [
    'NON_COMPLIANT without a plan',
    'FHIR_UK_CORE',
    (d) => ({ ...d, status: 'NON_COMPLIANT', remediation: null }),
    invalid('remediation'),
  ],
  [
    'PLANNED without a plan',
    'FHIR_UK_CORE',
    (d) => ({ ...d, remediation: undefined }),
    invalid('remediation'),
  ],
  ['COMPLIANT with a plan', 'CE_PLUS', (d) => ({ ...d, remediation: PLAN }), invalid('remediation')],
  ['NOT_APPLICABLE with a plan', 'WCAG22_AA', (d) => ({ ...d, remediation: PLAN }), invalid('remediation')],
  [
    'plan due yesterday',
    'FHIR_UK_CORE',
    (d) => ({ ...d, remediation: { ...PLAN, dueOn: '2026-12-01' } }),
    invalid('remediation', 'dueOn'),
  ],
  [
    'plan with no actions',
    'FHIR_UK_CORE',
    (d) => ({ ...d, remediation: { ...PLAN, actions: [] } }),
    invalid('remediation', 'actions'),
  ],
  [
    'plan with only blank actions',
    'FHIR_UK_CORE',
    (d) => ({ ...d, remediation: { ...PLAN, actions: ['  ', ''] } }),
    invalid('remediation', 'actions'),
  ],
  [
    'plan with an action over 500 characters',
    'FHIR_UK_CORE',
    (d) => ({ ...d, remediation: { ...PLAN, actions: ['Fine.', chars(501)] } }),
    invalid('remediation', 'actions', '1'),
  ],
  // evidence
  [
    'evidence link that is not http(s)',
    'DSPT',
    (d) => ({ ...d, evidence: { links: ['ftp://example.org/report.pdf'] } }),
    invalid('evidence', 'links', '0'),
  ],
  [
    'evidence link that is a script',
    'DSPT',
    (d) => ({ ...d, evidence: { links: ['https://example.org', 'javascript:alert(1)'] } }),
    invalid('evidence', 'links', '1'),
  ],
  [
    'evidence link over 500 characters',
    'DSPT',
    (d) => ({ ...d, evidence: { links: [link(500), link(501)] } }),
    invalid('evidence', 'links', '1'),
  ],
  [
    'more than 20 evidence links',
    'DSPT',
    (d) => ({ ...d, evidence: { links: Array.from({ length: 21 }, (_, i) => `https://example.org/${i}`) } }),
    invalid('evidence', 'links'),
  ],
  [
    'evidence statement over 5,000 characters',
    'DSPT',
    (d) => ({ ...d, evidence: { statement: chars(5_001) } }),
    invalid('evidence', 'statement'),
  ],
  // certificate
  [
    'COMPLIANT without the certificate the standard has',
    'CE_PLUS',
    (d) => ({ ...d, certificate: null }),
    invalid('certificate'),
  ],
  [
    'a certificate for a standard that has none',
    'DSPT',
    (d) => ({ ...d, certificate: VALID.CE_PLUS.certificate }),
    invalid('certificate'),
  ],
  [
    'certificate without a number',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { issuedOn: '2026-03-14', expiresOn: '2027-03-14' } }),
    invalid('certificate', 'number'),
  ],
  [
    'certificate with a blank number',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { ...d.certificate!, number: '  ' } }),
    invalid('certificate', 'number'),
  ],
  [
    'certificate number over 100 characters',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { ...d.certificate!, number: chars(101) } }),
    invalid('certificate', 'number'),
  ],
  [
    'certificate expiring on its issue date',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { ...d.certificate!, expiresOn: '2026-03-14' } }),
    invalid('certificate', 'expiresOn'),
  ],
  [
    'certificate expiring before its issue date',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { ...d.certificate!, expiresOn: '2026-03-13' } }),
    invalid('certificate', 'expiresOn'),
  ],
  [
    'certificate expiring a day after issue + 12 months',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { ...d.certificate!, expiresOn: '2027-03-15' } }),
    invalid('certificate', 'expiresOn'),
  ],
  [
    'certificate issued tomorrow',
    'CE_PLUS',
    (d) => ({ ...d, certificate: { ...d.certificate!, issuedOn: '2026-12-03', expiresOn: '2027-12-03' } }),
    invalid('certificate', 'issuedOn'),
  ],
  // review date
  [
    'a review date as well as a certificate',
    'CE_PLUS',
    (d) => ({ ...d, expiresOn: '2027-01-01' }),
    invalid('expiresOn'),
  ],
];

const check = (kind: Kind, draft: DeclarationDraft, standard: StandardRules | null = STANDARDS[kind]) =>
  declarationProblems(draft, standard, TODAY);

const byField = (a: { field: string[] | null }, b: { field: string[] | null }) =>
  String(a.field).localeCompare(String(b.field));

describe('declarationProblems', () => {
  it.each(Object.keys(VALID) as Kind[])('accepts the valid %s draft', (kind) => {
    expect(check(kind, VALID[kind])).toEqual([]);
  });

  it.each(ROWS)('%s', (_name, kind, tweak, expected, standard = (s) => s) => {
    const problems = check(kind, tweak(structuredClone(VALID[kind])), standard(STANDARDS[kind]));
    expect(problems.map(({ code, field }) => ({ code, field })).sort(byField)).toEqual(
      [...expected].sort(byField),
    );
    for (const { message } of problems) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it('accepts a standard that applies to both, from an organisation or a product', () => {
    const draft = { ...VALID.WCAG22_AA, status: 'COMPLIANT' as const, notApplicableReason: null };
    expect(check('WCAG22_AA', draft)).toEqual([]);
    expect(check('WCAG22_AA', { ...draft, subject: { organisationOdsCode: 'RJ1' } })).toEqual([]);
  });

  it('accepts a certificate issued today and expiring on the last allowed day', () => {
    const certificate = { number: 'CEP-1', issuedOn: TODAY, expiresOn: '2027-12-02' };
    expect(check('CE_PLUS', { ...VALID.CE_PLUS, certificate })).toEqual([]);
  });

  it('accepts a plan due today, and a non-compliant DSPT level with a plan', () => {
    const dueToday = { ...VALID.FHIR_UK_CORE, remediation: { dueOn: TODAY, actions: ['Release 4.2.', ' '] } };
    expect(check('FHIR_UK_CORE', dueToday)).toEqual([]);
    const dspt = { ...VALID.DSPT, status: 'PARTIAL' as const, level: 'STANDARDS_NOT_MET', remediation: PLAN };
    expect(check('DSPT', dspt)).toEqual([]);
  });

  it('accepts a not-applicable reason of 2,000 characters once trimmed, and 20 links of 500', () => {
    const reason = `  ${chars(2_000)}  `;
    expect(check('WCAG22_AA', { ...VALID.WCAG22_AA, notApplicableReason: reason })).toEqual([]);
    const links = Array.from({ length: 20 }, () => link(500));
    expect(check('DSPT', { ...VALID.DSPT, evidence: { statement: chars(5_000), links } })).toEqual([]);
  });

  it('names the standard and the limit in plain English', () => {
    const certificate = { ...VALID.CE_PLUS.certificate!, expiresOn: '2027-04-01' };
    expect(check('CE_PLUS', { ...VALID.CE_PLUS, certificate })[0]?.message).toBe(
      'Cyber Essentials Plus certificates last 12 months: the expiry must be on or before 14 Mar 2027.',
    );
    expect(check('DSPT', { ...VALID.DSPT, level: 'APPROACHING_STANDARDS' })[0]?.message).toBe(
      'Data Security and Protection Toolkit is met only at Standards Met or Standards Exceeded: ' +
        'at Approaching Standards, declare it as partial, non-compliant or planned.',
    );
  });

  it('reports every problem, not just the first', () => {
    const problems = check('DSPT', {
      subject: { productVersionId: PRODUCT_VERSION },
      status: 'COMPLIANT',
      level: 'GOLD',
      evidence: { statement: chars(5_001), links: ['ftp://example.org', 'https://example.org'] },
      certificate: { number: '', issuedOn: '2026-01-01', expiresOn: '2027-01-01' },
      remediation: PLAN,
    });
    expect(problems.map((p) => p.field?.join('.')).sort()).toEqual([
      'certificate',
      'evidence.links.0',
      'evidence.statement',
      'level',
      'remediation',
      'standardCode',
    ]);
  });
});

describe('declarationExpiry', () => {
  it('is the certificate’s expiry, else the review date, else none', () => {
    expect(declarationExpiry(VALID.CE_PLUS)).toBe('2027-03-14');
    expect(declarationExpiry(VALID.DSPT)).toBe('2027-06-30');
    expect(declarationExpiry(VALID.WCAG22_AA)).toBeNull();
  });
});
