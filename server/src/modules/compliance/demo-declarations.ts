// Type-only imports: the enums modules register GraphQL types at load, and this file must stay pure data.
import type { ProductCategory } from '../catalogue/catalogue.enums.js';
import type { DemoCatalogue } from '../frameworks/demo-catalogue.js';
import type { StandardAppliesTo, StandardAssessment } from '../standards/standard.enums.js';
import type { StoredDeclarationStatus, VerificationOutcome } from './compliance.enums.js';
import { addDays, addMonths, readableDate } from '../../core/dates.js';
import { seededRandom, seedOf, type Random } from '../../core/seeded-random.js';

/**
 * Fictional compliance declarations for every demo trust and every version of every demo product,
 * built by a seeded PRNG: plain data in, plain rows out, the same rows for the same input. Every
 * row obeys the declaration rules as it stood on the day it was declared (a plan now overdue was
 * due after that day); products keep every standard their lots require compliant, verified and in
 * date, so the demo catalogue passes the framework gate. Trust RAL is written by hand for the demo.
 */

export type DemoStandard = {
  code: string;
  appliesTo: StandardAppliesTo;
  category: string;
  assessment: StandardAssessment;
  levels: string[];
  compliantLevels: string[];
  certificateMonths: number | null;
};

export type DemoDeclaration = {
  subject: { organisationOdsCode: string } | { product: { key: string; version: string } };
  standardCode: string;
  status: StoredDeclarationStatus;
  level: string | null;
  notApplicableReason: string | null;
  evidenceStatement: string;
  evidenceLinks: string[];
  certificate: { number: string; issuedOn: string; expiresOn: string } | null;
  /** The review date when there is no certificate (DSPT: the next toolkit deadline); else null. */
  expiresOn: string | null;
  remediation: { dueOn: string; actions: string[] } | null;
  /** On or before `today`; before any remediation due date. */
  declaredOn: string;
  verification: { outcome: VerificationOutcome; comment: string | null; on: string } | null;
};

export type DemoDeclarationsInput = {
  catalogue: DemoCatalogue;
  trusts: readonly { odsCode: string; trustType: string | null }[];
  standards: readonly DemoStandard[];
};

export type DemoDeclarationsOptions = {
  /** The day the declarations are built for: dates are spread around it. `YYYY-MM-DD`. */
  today: string;
  seed?: string;
};

/** The demo compliance user's trust (compliance@royalfree.example): hand-made declarations. */
export const DEMO_DECLARER_ODS_CODE = 'RAL';
const DEFAULT_SEED = 'concord-compliance-2026';

// --- Dates ------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const minDate = (...dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));
const maxDate = (...dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

/** The last DSPT deadline (30 June) on or before `day`. */
function lastToolkitDeadline(day: string): string {
  const year = Number(day.slice(0, 4));
  const thisYear = `${year}-06-30`;
  return day >= thisYear ? thisYear : `${year - 1}-06-30`;
}
/** A toolkit submitted by its 30 June deadline stands until the next one, a year later. */
function toolkitReviewDate(declaredOn: string): string {
  const year = Number(declaredOn.slice(0, 4));
  const deadline = declaredOn <= `${year}-06-30` ? year : year + 1;
  return `${deadline + 1}-06-30`;
}

// --- Standards: what they mean to trusts and products -------------------------------------------------

/**
 * How often a standard is reassessed when the catalogue gives it no certificate months: compliance
 * with these lapses all the same (Cyber Essentials yearly, ISO 27001 every three years).
 */
const REVIEW_MONTHS: Record<string, number> = { CE: 12, CE_PLUS: 12, ISO27001: 36 };

const LABELS: Record<string, string> = {
  DCB0129: 'DCB0129 clinical risk management',
  DCB0160: 'DCB0160 clinical risk management',
  DTAC: 'the Digital Technology Assessment Criteria',
  DSPT: 'the Data Security and Protection Toolkit',
  CE: 'Cyber Essentials',
  CE_PLUS: 'Cyber Essentials Plus',
  ISO27001: 'ISO/IEC 27001',
  FHIR_UK_CORE: 'FHIR UK Core',
  GP_CONNECT: 'GP Connect',
  IM1: 'IM1 pairing',
  MESH: 'MESH',
  ITK3: 'ITK3 messaging',
  HL7V2: 'HL7 v2 messaging',
  DICOM: 'DICOM',
  IHE_XDS: 'IHE XDS.b document sharing',
  SNOMED_CT: 'SNOMED CT',
  DMD: 'dm+d',
  ICD10: 'ICD-10',
  OPCS4: 'OPCS-4',
  NHS_NUMBER: 'the NHS number standard',
  NHS_CIS2: 'NHS CIS2 authentication',
  NHS_LOGIN: 'NHS login',
  PDS_FHIR: 'the PDS FHIR API',
  NRL: 'the National Record Locator',
  GS1: 'GS1 (Scan4Safety)',
  WCAG22_AA: 'WCAG 2.2 AA',
  NHS_SERVICE_STANDARD: 'the NHS service standard',
  PRSB_CORE: 'the PRSB Core Information Standard',
  PRSB_EDISCHARGE: 'the PRSB eDischarge Summary standard',
};
const label = (code: string) => LABELS[code] ?? code;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a compliant declaration points to, as its declarer would say it. */
const EVIDENCE: Record<string, string> = {
  DCB0129: 'Clinical safety case report and hazard log signed off by the clinical safety officer.',
  DCB0160:
    'Hazard logs and safety case reports for every deployed system, signed off by the clinical safety officer.',
  DTAC: 'DTAC assessment completed and accepted by an NHS trust.',
  FHIR_UK_CORE: 'Resources validated against the UK Core profiles; conformance statement published.',
  PDS_FHIR: 'Assured by NHS England for PDS FHIR; connection agreement in place.',
  NRL: 'Assured by NHS England to publish and read NRL pointers.',
  NHS_LOGIN: 'NHS login integration assured and live.',
  GP_CONNECT: 'GP Connect consumer assurance completed with NHS England.',
  IM1: 'IM1 pairing completed with the principal clinical system suppliers.',
  MESH: 'MESH client assured and in live use.',
  ITK3: 'ITK3 messages assured against the NHS England specifications.',
  HL7V2: 'HL7 v2 conformance profile published for every interface.',
  DICOM: 'DICOM conformance statement published.',
  SNOMED_CT: 'Clinical terms recorded in SNOMED CT, on the current UK Edition release.',
  DMD: 'Medicines recorded against dm+d; weekly release applied.',
  NHS_NUMBER: 'NHS numbers traced and verified through PDS for every patient record.',
  NHS_CIS2: 'Staff sign in with NHS CIS2; integration assured.',
  WCAG22_AA: 'Independent accessibility audit; accessibility statement published.',
  DSPT: 'Toolkit published on the DSPT site.',
  GS1: 'GLNs assigned and point-of-care scanning live.',
};
const linkPart = (code: string) => code.toLowerCase().replaceAll('_', '-');

const CLINICAL: readonly ProductCategory[] = [
  'EPR',
  'PAS',
  'EPMA',
  'LIMS',
  'PACS_RIS',
  'PATIENT_FLOW',
  'DIGITAL_DICTATION',
  'PATIENT_ENGAGEMENT',
  'INTEGRATION',
];
const ALL: readonly ProductCategory[] = [
  ...CLINICAL,
  'CYBER_SECURITY',
  'INFRASTRUCTURE',
  'END_USER_DEVICES',
  'CLOUD',
  'PROFESSIONAL_SERVICES',
  'OTHER',
];
const without = (categories: readonly ProductCategory[], ...left: ProductCategory[]) =>
  categories.filter((c) => !left.includes(c));

/** The national API standards most products are still working towards. */
const NEW_APIS = new Set(['FHIR_UK_CORE', 'PDS_FHIR', 'NRL', 'NHS_LOGIN', 'GP_CONNECT', 'IM1']);
/** Long-standing standards nearly every product they concern meets. */
const CORE = new Set(['DCB0129', 'DTAC', 'CE_PLUS', 'NHS_NUMBER', 'SNOMED_CT', 'WCAG22_AA', 'NHS_CIS2']);

/** Which kinds of product a standard concerns; for any other a supplier declares nothing or N/A. */
const RELEVANT: Record<string, readonly ProductCategory[]> = {
  DCB0129: CLINICAL,
  DTAC: CLINICAL,
  CE: ALL,
  CE_PLUS: without(ALL, 'OTHER'),
  ISO27001: without(ALL, 'END_USER_DEVICES', 'OTHER'),
  NHS_NUMBER: CLINICAL,
  SNOMED_CT: without(CLINICAL, 'DIGITAL_DICTATION'),
  WCAG22_AA: without(CLINICAL, 'INTEGRATION'),
  NHS_CIS2: without(CLINICAL, 'INTEGRATION', 'PATIENT_ENGAGEMENT'),
  FHIR_UK_CORE: without(CLINICAL, 'DIGITAL_DICTATION'),
  PDS_FHIR: ['EPR', 'PAS', 'EPMA', 'PATIENT_FLOW', 'PATIENT_ENGAGEMENT', 'INTEGRATION'],
  NRL: ['EPR', 'PACS_RIS', 'INTEGRATION'],
  NHS_LOGIN: ['EPR', 'PATIENT_ENGAGEMENT'],
  GP_CONNECT: ['EPR', 'EPMA', 'INTEGRATION'],
  IM1: ['EPR', 'PATIENT_ENGAGEMENT', 'INTEGRATION'],
  MESH: ['EPR', 'PAS', 'EPMA', 'LIMS', 'PACS_RIS', 'DIGITAL_DICTATION', 'INTEGRATION'],
  ITK3: ['EPR', 'PAS', 'EPMA', 'DIGITAL_DICTATION', 'INTEGRATION'],
  HL7V2: ['EPR', 'PAS', 'EPMA', 'LIMS', 'PACS_RIS', 'PATIENT_FLOW', 'INTEGRATION'],
  DICOM: ['PACS_RIS'],
  IHE_XDS: ['EPR', 'PACS_RIS', 'INTEGRATION'],
  DMD: ['EPR', 'EPMA'],
  ICD10: ['EPR', 'PAS'],
  OPCS4: ['EPR', 'PAS'],
  GS1: ['EPR', 'EPMA', 'END_USER_DEVICES'],
  NHS_SERVICE_STANDARD: ['PATIENT_ENGAGEMENT', 'PROFESSIONAL_SERVICES'],
  PRSB_CORE: ['EPR'],
  PRSB_EDISCHARGE: ['EPR', 'EPMA'],
};

/** Why a standard does not apply to a product, as its supplier would put it. */
const NOT_APPLICABLE: Record<string, string> = {
  DICOM: 'The product does not acquire, store or exchange medical images.',
  DMD: 'The product does not prescribe, dispense or record medicines.',
  GP_CONNECT: 'The product neither reads from nor writes to GP practice records.',
  IM1: 'The product does not integrate with GP principal clinical systems.',
  NHS_LOGIN: 'The product has no patient-facing access; staff sign in with NHS CIS2.',
  NRL: 'The product does not publish or retrieve pointers to records held elsewhere.',
  ICD10: 'Diagnoses are coded in the trust’s PAS or EPR, not in this product.',
  OPCS4: 'Procedures are coded in the trust’s PAS or EPR, not in this product.',
  DCB0129: 'Not a health IT system: it has no clinical functionality that could harm a patient.',
  DTAC: 'Not a digital health technology used in care; DTAC does not apply.',
  NHS_NUMBER: 'The product holds no patient records, so it never records an NHS number.',
  SNOMED_CT: 'The product records no coded clinical information.',
  WCAG22_AA: 'The product has no user interface: it runs between systems.',
  NHS_CIS2: 'Users never sign in to the product; it has no user interface.',
  PRSB_CORE: 'The product does not hold a clinical record.',
  PRSB_EDISCHARGE: 'The product does not produce discharge summaries.',
  GS1: 'The product handles no stock, devices or locations that GS1 identifies.',
  IHE_XDS: 'The product does not share clinical documents across organisations.',
};
const notApplicableReason = (code: string) =>
  NOT_APPLICABLE[code] ?? `${capital(label(code))} does not apply to this kind of product.`;

/** Remediation actions, a few picked for each plan. */
const ACTIONS: Record<string, readonly string[]> = {
  DSPT: [
    'Bring data security awareness training completion above 95 % of staff.',
    'Replace or isolate the remaining unsupported operating systems.',
    'Complete the independent DSPT audit and close its high-risk findings.',
    'Test the backup restore of the main clinical systems and record the results.',
    'Update the information asset register and data flow maps.',
  ],
  DCB0160: [
    'Appoint a clinical safety officer for each deployment in flight.',
    'Complete hazard logs for the systems deployed without one.',
    'Sign off the clinical safety case reports with the medical director.',
  ],
  CE: [
    'Remove local administrator rights from standard user accounts.',
    'Apply the outstanding critical patches within 14 days of release.',
    'Book the Cyber Essentials self-assessment with the certification body.',
  ],
  CE_PLUS: [
    'Replace the remaining unsupported end-user devices.',
    'Enforce multi-factor authentication for all cloud services.',
    'Re-run the Cyber Essentials Plus technical audit with the certification body.',
  ],
  ISO27001: [
    'Complete the stage 1 audit with the certification body.',
    'Extend the ISMS scope to cover hosting and support.',
    'Close the non-conformities from the internal audit.',
  ],
  NHS_NUMBER: [
    'Trace and verify NHS numbers for legacy records through PDS.',
    'Make the NHS number mandatory at registration and referral.',
  ],
  SNOMED_CT: [
    'Map the local problem and procedure lists to SNOMED CT.',
    'Upgrade the terminology server to the current UK Edition release.',
  ],
  GS1: [
    'Assign GLNs to all wards, theatres and stores.',
    'Install point-of-care scanning in theatres and catheter labs.',
    'Integrate the inventory system with the EPR.',
    'Label patient wristbands with GS1 barcodes.',
  ],
  DCB0129: [
    'Complete the hazard log for the new release.',
    'Have the clinical safety case report signed by the clinical safety officer.',
  ],
  DTAC: [
    'Complete the DTAC clinical safety and data protection sections.',
    'Submit the completed DTAC to the assessing trust.',
  ],
  WCAG22_AA: [
    'Fix the contrast and focus-order issues found in the accessibility audit.',
    'Publish an accessibility statement for the current release.',
  ],
  NHS_CIS2: [
    'Replace local user accounts with NHS CIS2 sign-in.',
    'Complete the CIS2 integration assurance with NHS England.',
  ],
};
const API_ACTIONS: readonly string[] = [
  'Complete conformance testing in the NHS England integration environment.',
  'Submit the supplier conformance assessment list (SCAL).',
  'Sign the connection agreement and go live with a first trust.',
  'Build the remaining mandatory interactions.',
];
const GENERIC_ACTIONS: readonly string[] = [
  'Complete the gap analysis against the standard.',
  'Deliver the remaining work in the next release.',
  'Commission an independent assessment once the work is done.',
];

const REJECTIONS_CERTIFICATE: readonly string[] = [
  'The certificate number is not on the certification body’s register; upload the certificate or correct the number.',
  'The certificate is issued to a parent company; provide one that names this organisation.',
];
const REJECTIONS_COMPLIANT: readonly string[] = [
  'The evidence link returns an error; provide a link that works or attach the document.',
  'The evidence is more than a year old; provide the current assessment.',
  'The evidence is the organisation’s own testing; provide the independent assessment the standard asks for.',
  'The scope statement covers only part of the organisation; declare PARTIAL with a plan, or widen the scope.',
];
const REJECTIONS_PLAN: readonly string[] = [
  'The plan has no owner or milestones; add who will do what by when.',
  'The due date is later than the national deadline; bring it forward or explain why it cannot be met.',
];
const REJECTIONS_NOT_APPLICABLE: readonly string[] = [
  'The reason given does not hold here; declare a status with evidence instead.',
];

// --- Building one declaration ---------------------------------------------------------------------

type Outcome = StoredDeclarationStatus | 'LAPSED' | 'NONE';
type Weights = readonly (readonly [Outcome, number])[];

type Context = {
  r: Random;
  today: string;
  standard: DemoStandard;
  /** Where evidence lives: `https://assurance.<slug>.example`. */
  slug: string;
  /** Who declares, in evidence statements: "The trust", "Meridian EPR". */
  who: string;
};

type Content = Omit<DemoDeclaration, 'subject' | 'standardCode' | 'verification'>;

/** How long a compliant declaration of this standard lasts, if it lapses at all. */
const lastsMonths = (s: DemoStandard) => s.certificateMonths ?? REVIEW_MONTHS[s.code] ?? null;

function certificateNumber(r: Random, code: string, issuedOn: string): string {
  const serial = String(r.int(1, 999_999)).padStart(6, '0');
  const year = issuedOn.slice(0, 4);
  if (code === 'CE_PLUS') return `CE+-${year}-${serial}`;
  if (code === 'CE') return `CE-${year}-${serial}`;
  if (code === 'ISO27001') return `IS-${serial}`;
  return `${code}-${year}-${serial}`;
}

function remediation(
  ctx: Context,
  declaredOn: string,
  dueOn: string,
): { declaredOn: string; remediation: { dueOn: string; actions: string[] } } {
  const { r, standard } = ctx;
  const pool = ACTIONS[standard.code] ?? (NEW_APIS.has(standard.code) ? API_ACTIONS : GENERIC_ACTIONS);
  const actions = r.shuffle(pool).slice(0, r.int(1, Math.min(3, pool.length)));
  // A plan must be due after the day it was declared, even if it is overdue now.
  const declared = declaredOn < dueOn ? declaredOn : addDays(dueOn, -r.int(14, 200));
  return { declaredOn: declared, remediation: { dueOn, actions } };
}

/** A plan's due date: about 15 % overdue (up to 120 days), the rest within a year. */
const dueDate = (r: Random, today: string) =>
  r.chance(0.15) ? addDays(today, -r.int(1, 120)) : addDays(today, r.int(1, 365));

/**
 * When a lasting declaration started (the certificate's issue or the assessment): `fresh` lasts
 * at least 120 more days, `valid` has not lapsed, `lapsed` ended up to 60 days ago.
 */
function startOf(r: Random, today: string, months: number, kind: 'fresh' | 'valid' | 'lapsed'): string {
  if (kind === 'lapsed') return addMonths(addDays(today, -r.int(1, 60)), -months);
  const span = daysBetween(addMonths(today, -months), today) - 1 - (kind === 'fresh' ? 120 : 0);
  return addDays(today, -r.int(0, Math.max(0, span)));
}
const endOf = (start: string, months: number) => addDays(addMonths(start, months), -1);

function evidence(
  ctx: Context,
  status: StoredDeclarationStatus,
  extra: string,
): Pick<Content, 'evidenceStatement' | 'evidenceLinks'> {
  const { r, standard, slug, who } = ctx;
  const name = label(standard.code);
  const base = `https://assurance.${slug}.example/${linkPart(standard.code)}`;
  switch (status) {
    case 'COMPLIANT':
      return {
        evidenceStatement: `${who} meets ${name}.${extra}${EVIDENCE[standard.code] ? ` ${EVIDENCE[standard.code]}` : ''}`,
        evidenceLinks: r.chance(0.4) ? [`${base}/evidence.pdf`, `${base}/summary`] : [`${base}/evidence.pdf`],
      };
    case 'PARTIAL':
      return {
        evidenceStatement: `${who} meets most of ${name}; the plan covers the gaps.${extra}`,
        evidenceLinks: [`${base}/gap-analysis.pdf`],
      };
    case 'NON_COMPLIANT':
      return {
        evidenceStatement: `${who} does not yet meet ${name}; the plan sets out the work.${extra}`,
        evidenceLinks: r.chance(0.5) ? [`${base}/gap-analysis.pdf`] : [],
      };
    case 'PLANNED':
      return {
        evidenceStatement: `${capital(name)} is planned; the plan gives the target date.${extra}`,
        evidenceLinks: r.chance(0.3) ? [`${base}/roadmap`] : [],
      };
    case 'NOT_APPLICABLE':
      return { evidenceStatement: '', evidenceLinks: [] };
  }
}

/**
 * One declaration of an outcome. `declaredOn` is a suggestion the rules may move: a lasting one is
 * declared soon after it starts, and a plan is always declared before it falls due.
 */
function build(
  ctx: Context,
  outcome: Exclude<Outcome, 'NONE'>,
  options: {
    declaredOn?: string;
    dueOn?: string;
    /** A compliant one lasting at least 120 more days (what a lot requires). */
    fresh?: boolean;
    /** When a compliant, lasting one started (its certificate's issue): chosen here if not given. */
    start?: string;
    level?: string;
    reason?: string;
  } = {},
): Content {
  const { r, today, standard } = ctx;
  const status: StoredDeclarationStatus = outcome === 'LAPSED' ? 'COMPLIANT' : outcome;
  let declaredOn = options.declaredOn ?? addDays(today, -r.int(0, 420));
  let certificate: Content['certificate'] = null;
  let expiresOn: string | null = null;
  let extra = '';
  const months = lastsMonths(standard);
  if (status === 'COMPLIANT' && months !== null && standard.code !== 'DSPT') {
    const start =
      options.start ??
      startOf(r, today, months, outcome === 'LAPSED' ? 'lapsed' : options.fresh ? 'fresh' : 'valid');
    const end = endOf(start, months);
    declaredOn = minDate(today, end, addDays(start, r.int(0, 21)));
    if (standard.certificateMonths !== null) {
      certificate = { number: certificateNumber(r, standard.code, start), issuedOn: start, expiresOn: end };
      extra = ` Certificate ${certificate.number}, valid to ${readableDate(end)}.`;
    } else {
      expiresOn = end;
      extra = ` Assessed on ${readableDate(start)}; due for reassessment by ${readableDate(end)}.`;
    }
  }
  let plan: Content['remediation'] = null;
  if (status === 'PARTIAL' || status === 'NON_COMPLIANT' || status === 'PLANNED') {
    const planned = remediation(ctx, declaredOn, options.dueOn ?? dueDate(r, today));
    declaredOn = planned.declaredOn;
    plan = planned.remediation;
  }
  if (standard.code === 'DSPT') expiresOn = toolkitReviewDate(declaredOn);
  const level = options.level ?? levelFor(r, standard, status);
  if (level && standard.code === 'DSPT')
    extra = ` Toolkit submitted on ${readableDate(declaredOn)} at ${level.toLowerCase().replaceAll('_', ' ')}.${extra}`;
  const reason =
    status === 'NOT_APPLICABLE' ? (options.reason ?? 'Does not apply to this organisation.') : null;
  return {
    status,
    level,
    notApplicableReason: reason,
    ...evidence(ctx, status, extra),
    certificate,
    expiresOn,
    remediation: plan,
    declaredOn,
  };
}

/** A level that gives the status, for a standard assessed by levels. */
function levelFor(r: Random, standard: DemoStandard, status: StoredDeclarationStatus): string | null {
  if (standard.assessment !== 'LEVELS' || status === 'NOT_APPLICABLE') return null;
  const pool =
    status === 'COMPLIANT'
      ? standard.compliantLevels
      : standard.levels.filter((l) => !standard.compliantLevels.includes(l));
  return pool.length ? r.pick(pool) : null;
}

/** About 70 % verified, 5 % rejected with a reason, the rest not yet checked. */
function verification(
  r: Random,
  today: string,
  content: Content,
  forced?: VerificationOutcome,
): DemoDeclaration['verification'] {
  const outcome =
    forced ??
    r.weighted<VerificationOutcome | null>([
      ['VERIFIED', 70],
      ['REJECTED', 5],
      [null, 25],
    ]);
  if (!outcome) return null;
  // Checked while it was still in date: a lapsed declaration cannot be verified.
  const lapses = content.certificate?.expiresOn ?? content.expiresOn ?? today;
  const on = maxDate(content.declaredOn, minDate(today, lapses, addDays(content.declaredOn, r.int(2, 60))));
  if (outcome === 'VERIFIED') return { outcome, comment: null, on };
  const pool =
    content.status === 'COMPLIANT'
      ? content.certificate && r.chance(0.5)
        ? REJECTIONS_CERTIFICATE
        : REJECTIONS_COMPLIANT
      : content.status === 'NOT_APPLICABLE'
        ? REJECTIONS_NOT_APPLICABLE
        : REJECTIONS_PLAN;
  return { outcome, comment: r.pick(pool), on };
}

/** Cyber Essentials Plus includes Cyber Essentials: whoever holds the first does not plan the second. */
const contradicts = (code: string, status: StoredDeclarationStatus, compliant: ReadonlySet<string>) =>
  code === 'CE' && status !== 'COMPLIANT' && compliant.has('CE_PLUS');

// --- Trusts -----------------------------------------------------------------------------------------

type TrustKind = 'ACUTE' | 'SPECIALIST' | 'MENTAL_HEALTH' | 'COMMUNITY' | 'AMBULANCE';
const trustKind = (trustType: string | null): TrustKind =>
  trustType === 'SPECIALIST' ||
  trustType === 'MENTAL_HEALTH' ||
  trustType === 'COMMUNITY' ||
  trustType === 'AMBULANCE'
    ? trustType
    : 'ACUTE';
const hospital = (kind: TrustKind) => kind === 'ACUTE' || kind === 'SPECIALIST';

/** What trusts declare for each organisation standard; any other standard is left undeclared. */
const TRUST_OUTCOMES: Record<string, (kind: TrustKind) => Weights> = {
  DCB0160: () => [
    ['COMPLIANT', 90],
    ['PARTIAL', 6],
    ['PLANNED', 2],
    ['NON_COMPLIANT', 2],
  ],
  // 75 % certified, of which about 8 % of all trusts have let it lapse.
  CE_PLUS: () => [
    ['COMPLIANT', 67],
    ['LAPSED', 8],
    ['PLANNED', 12],
    ['PARTIAL', 9],
    ['NON_COMPLIANT', 4],
  ],
  CE: () => [
    ['COMPLIANT', 55],
    ['LAPSED', 5],
    ['PLANNED', 15],
    ['NONE', 25],
  ],
  ISO27001: () => [
    ['COMPLIANT', 37],
    ['LAPSED', 3],
    ['PLANNED', 12],
    ['PARTIAL', 8],
    ['NONE', 40],
  ],
  NHS_NUMBER: (kind) =>
    kind === 'AMBULANCE'
      ? [
          ['COMPLIANT', 82],
          ['PARTIAL', 14],
          ['PLANNED', 4],
        ]
      : [
          ['COMPLIANT', 93],
          ['PARTIAL', 5],
          ['NON_COMPLIANT', 2],
        ],
  SNOMED_CT: (kind) =>
    hospital(kind)
      ? [
          ['COMPLIANT', 88],
          ['PARTIAL', 9],
          ['PLANNED', 3],
        ]
      : [
          ['COMPLIANT', 78],
          ['PARTIAL', 12],
          ['PLANNED', 10],
        ],
  GS1: (kind) =>
    hospital(kind)
      ? [
          ['PLANNED', 60],
          ['COMPLIANT', 20],
          ['PARTIAL', 15],
          ['NONE', 5],
        ]
      : [
          ['PLANNED', 40],
          ['NOT_APPLICABLE', 40],
          ['NONE', 15],
          ['COMPLIANT', 5],
        ],
};
const TRUST_NOT_APPLICABLE: Record<string, string> = {
  GS1: 'The trust runs no theatres, stores or inpatient wards where Scan4Safety applies.',
};

// prettier-ignore
const DSPT_LEVELS = [['STANDARDS_MET', 70], ['STANDARDS_EXCEEDED', 10], ['APPROACHING_STANDARDS', 15], ['STANDARDS_NOT_MET', 5]] as const;

function dspt(ctx: Context): Content {
  const { r, today, standard } = ctx;
  const known = DSPT_LEVELS.filter(([level]) => standard.levels.includes(level));
  const level = known.length ? r.weighted(known) : r.pick(standard.levels);
  const status: StoredDeclarationStatus = standard.compliantLevels.includes(level)
    ? 'COMPLIANT'
    : level === 'APPROACHING_STANDARDS'
      ? 'PARTIAL'
      : 'NON_COMPLIANT';
  // Submitted in the months before the last deadline; a few trusts have missed this year's.
  let deadline = lastToolkitDeadline(today);
  if (r.chance(0.04)) deadline = addMonths(deadline, -12);
  const declaredOn = minDate(today, addDays(deadline, -r.int(0, 100)));
  return build(ctx, status, { declaredOn, level });
}

function trustDeclarations(
  trust: { odsCode: string; trustType: string | null },
  standards: readonly DemoStandard[],
  today: string,
  seed: string,
): DemoDeclaration[] {
  const r = seededRandom(seedOf(`${seed}:organisation:${trust.odsCode}`));
  const kind = trustKind(trust.trustType);
  const rows: DemoDeclaration[] = [];
  for (const standard of standards) {
    if (standard.appliesTo === 'PRODUCT') continue;
    const ctx: Context = {
      r,
      today,
      standard,
      slug: `trust-${trust.odsCode.toLowerCase()}`,
      who: 'The trust',
    };
    let content: Content | null = null;
    if (standard.code === 'DSPT' && standard.assessment === 'LEVELS' && standard.levels.length)
      content = dspt(ctx);
    else if (standard.assessment === 'PASS_FAIL' && TRUST_OUTCOMES[standard.code]) {
      const outcome = r.weighted(TRUST_OUTCOMES[standard.code]!(kind));
      if (outcome !== 'NONE')
        content = build(ctx, outcome, {
          reason: TRUST_NOT_APPLICABLE[standard.code] ?? 'Does not apply to the services the trust provides.',
        });
    }
    if (!content) continue;
    rows.push({
      subject: { organisationOdsCode: trust.odsCode },
      standardCode: standard.code,
      ...content,
      verification: verification(r, today, content),
    });
  }
  const compliant = new Set(rows.filter((d) => d.status === 'COMPLIANT').map((d) => d.standardCode));
  return rows.filter((d) => !contradicts(d.standardCode, d.status, compliant));
}

/**
 * The demo trust, by hand, so the demo shows every notice: a certificate lapsing in 45 days, a
 * lapsed declaration, an overdue plan and a rejected declaration. SNOMED CT is left undeclared
 * for the end-to-end test to declare.
 */
function demoTrustDeclarations(
  standards: readonly DemoStandard[],
  today: string,
  seed: string,
): DemoDeclaration[] {
  const r = seededRandom(seedOf(`${seed}:organisation:${DEMO_DECLARER_ODS_CODE}`));
  const byCode = new Map(standards.filter((s) => s.appliesTo !== 'PRODUCT').map((s) => [s.code, s]));
  const rows: DemoDeclaration[] = [];
  const add = (
    code: string,
    make: (ctx: Context) => Content,
    outcome: VerificationOutcome | null,
    comment?: string,
  ) => {
    const standard = byCode.get(code);
    if (!standard) return;
    const ctx: Context = { r, today, standard, slug: 'royalfree', who: 'The trust' };
    const content = make(ctx);
    const checked = outcome ? verification(r, today, content, outcome) : null;
    rows.push({
      subject: { organisationOdsCode: DEMO_DECLARER_ODS_CODE },
      standardCode: code,
      ...content,
      verification: checked && comment ? { ...checked, comment } : checked,
    });
  };
  /** A compliant declaration whose certificate or review ends on `end`. */
  const endingOn = (ctx: Context, end: string): Content =>
    build(ctx, 'COMPLIANT', { start: addMonths(addDays(end, 1), -(lastsMonths(ctx.standard) ?? 12)) });

  const deadline = lastToolkitDeadline(today);
  add(
    'DSPT',
    (ctx) =>
      build(ctx, 'COMPLIANT', { declaredOn: minDate(today, addDays(deadline, -12)), level: 'STANDARDS_MET' }),
    'VERIFIED',
  );
  add('DCB0160', (ctx) => build(ctx, 'COMPLIANT', { declaredOn: addDays(today, -150) }), 'VERIFIED');
  add('CE_PLUS', (ctx) => endingOn(ctx, addDays(today, 45)), 'VERIFIED');
  add(
    'ISO27001',
    (ctx) => build(ctx, 'COMPLIANT', { fresh: true }),
    'REJECTED',
    'The certificate covers only the data centre, not the whole trust as declared: declare PARTIAL with a plan to widen the ISMS scope, or attach a certificate for the whole trust.',
  );
  add('CE', (ctx) => endingOn(ctx, addDays(today, -20)), 'VERIFIED');
  add(
    'GS1',
    (ctx) => build(ctx, 'PLANNED', { declaredOn: addDays(today, -240), dueOn: addDays(today, -30) }),
    null,
  );
  add('NHS_NUMBER', (ctx) => build(ctx, 'COMPLIANT', { declaredOn: addDays(today, -200) }), 'VERIFIED');
  return rows;
}

// --- Products -----------------------------------------------------------------------------------------

type Product = DemoCatalogue['products'][number];

/** The standards each product's lots require of it: those a product can declare. */
function requiredOf(catalogue: DemoCatalogue, standards: readonly DemoStandard[]): Map<string, Set<string>> {
  const declarable = new Set(standards.filter((s) => s.appliesTo !== 'ORGANISATION').map((s) => s.code));
  const required = new Map<string, Set<string>>();
  for (const framework of catalogue.frameworks)
    for (const lot of framework.lots)
      for (const award of lot.awards)
        for (const offer of award.offers) {
          const codes = required.get(offer.productKey) ?? new Set<string>();
          for (const code of lot.requiredStandardCodes) if (declarable.has(code)) codes.add(code);
          required.set(offer.productKey, codes);
        }
  return required;
}

function productOutcome(r: Random, code: string, category: ProductCategory): Outcome {
  if (!(RELEVANT[code] ?? []).includes(category)) {
    // Irrelevant: a few suppliers say so, most leave it blank.
    return r.chance(CLINICAL.includes(category) ? 0.06 : 0.02) ? 'NOT_APPLICABLE' : 'NONE';
  }
  if (NEW_APIS.has(code))
    return r.weighted<Outcome>([
      ['COMPLIANT', 45],
      ['PLANNED', 30],
      ['PARTIAL', 15],
      ['NONE', 10],
    ]);
  if (CORE.has(code))
    return r.weighted<Outcome>([
      ['COMPLIANT', 94],
      ['LAPSED', 1],
      ['PARTIAL', 3],
      ['PLANNED', 2],
    ]);
  return r.weighted<Outcome>([
    ['COMPLIANT', 80],
    ['LAPSED', 2],
    ['PARTIAL', 6],
    ['PLANNED', 7],
    ['NON_COMPLIANT', 2],
    ['NONE', 3],
  ]);
}

function productDeclarations(
  product: Product,
  required: ReadonlySet<string>,
  standards: readonly DemoStandard[],
  today: string,
  seed: string,
): DemoDeclaration[] {
  const r = seededRandom(seedOf(`${seed}:product:${product.key}`));
  const slug = product.supplierKey;
  // The product's declaration of each standard, for its current version.
  const current: {
    standard: DemoStandard;
    content: Content;
    verification: DemoDeclaration['verification'];
  }[] = [];
  for (const standard of standards) {
    if (standard.appliesTo === 'ORGANISATION') continue;
    const ctx: Context = { r, today, standard, slug, who: product.name };
    let content: Content;
    let checked: DemoDeclaration['verification'];
    if (required.has(standard.code)) {
      // What the lots require: compliant, in date for months to come, and verified.
      content = build(ctx, 'COMPLIANT', { fresh: true });
      checked = verification(r, today, content, 'VERIFIED');
    } else {
      const outcome = productOutcome(r, standard.code, product.category);
      if (outcome === 'NONE') continue;
      content =
        outcome === 'PLANNED' && NEW_APIS.has(standard.code)
          ? build(ctx, outcome, { dueOn: addMonths(today, r.int(3, 18)) })
          : build(ctx, outcome, { reason: notApplicableReason(standard.code) });
      checked = verification(r, today, content);
    }
    current.push({ standard, content, verification: checked });
  }

  const rows: DemoDeclaration[] = [];
  const latest = product.versions.length - 1;
  const compliant = new Set(
    current.filter((c) => c.content.status === 'COMPLIANT').map((c) => c.standard.code),
  );
  product.versions.forEach((version, i) => {
    for (const { standard, content, verification: checked } of current) {
      if (contradicts(standard.code, content.status, compliant)) continue;
      // Older releases often predate the national APIs their successors connect to.
      if (i < latest && NEW_APIS.has(standard.code) && !required.has(standard.code) && r.chance(0.5))
        continue;
      rows.push({
        subject: { product: { key: product.key, version } },
        standardCode: standard.code,
        ...content,
        evidenceLinks: [...content.evidenceLinks],
        remediation: content.remediation && {
          ...content.remediation,
          actions: [...content.remediation.actions],
        },
        verification: checked && { ...checked },
      });
    }
  });
  return rows;
}

// --- All of it --------------------------------------------------------------------------------------

/** Builds the demo declarations. Pure: the same rows for the same input and options. */
export function demoDeclarations(
  input: DemoDeclarationsInput,
  options: DemoDeclarationsOptions,
): DemoDeclaration[] {
  const { today } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const rows: DemoDeclaration[] = [];
  const trusts = [...input.trusts].sort((a, b) =>
    a.odsCode < b.odsCode ? -1 : a.odsCode > b.odsCode ? 1 : 0,
  );
  for (const trust of trusts)
    rows.push(
      ...(trust.odsCode === DEMO_DECLARER_ODS_CODE
        ? demoTrustDeclarations(input.standards, today, seed)
        : trustDeclarations(trust, input.standards, today, seed)),
    );
  const required = requiredOf(input.catalogue, input.standards);
  for (const product of input.catalogue.products)
    rows.push(
      ...productDeclarations(product, required.get(product.key) ?? new Set(), input.standards, today, seed),
    );
  return rows;
}

/**
 * For a larger table (the national benchmark's scales): each declaration preceded by the earlier
 * ones it replaced, oldest first, a year apart, spread evenly so there are `total` in all (never
 * fewer than the declarations given). Earlier ones were never checked. Pure.
 */
export function withEarlierDeclarations(
  declarations: readonly DemoDeclaration[],
  total: number,
): DemoDeclaration[][] {
  const extra = Math.max(0, total - declarations.length);
  const n = declarations.length;
  return declarations.map((current, i) => {
    const earlier = Math.floor(((i + 1) * extra) / n) - Math.floor((i * extra) / n);
    const chain: DemoDeclaration[] = [];
    for (let back = earlier; back >= 1; back--)
      chain.push({ ...current, declaredOn: addMonths(current.declaredOn, -12 * back), verification: null });
    chain.push(current);
    return chain;
  });
}
