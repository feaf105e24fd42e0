import { addMonths, readableDate } from '../../core/dates.js';
import { isHttpUrl } from '../../core/urls.js';
import { userError, type UserError } from '../../core/user-error.js';
import type { StandardAppliesTo, StandardAssessment, StandardStatus } from '../standards/standard.enums.js';
import type { DeclarationStatus } from './compliance.enums.js';

/** A declaration as someone asks to make it, before anything is looked up or stored. */
export type DeclarationDraft = {
  subject: { organisationOdsCode?: string | null; productVersionId?: string | null };
  status: DeclarationStatus;
  level?: string | null;
  notApplicableReason?: string | null;
  evidence?: { statement?: string | null; links?: string[] | null } | null;
  certificate?: { number?: string | null; issuedOn: string; expiresOn: string } | null;
  remediation?: { dueOn: string; actions: string[] } | null;
  /** Review date, for standards without certificates (a certificate's own expiry is used otherwise). */
  expiresOn?: string | null;
};

/** What the rules need to know about the standard declared against. */
export type StandardRules = {
  code: string;
  name: string;
  appliesTo: StandardAppliesTo;
  assessment: StandardAssessment;
  levels: string[];
  compliantLevels: string[];
  certificateMonths: number | null;
  status: StandardStatus;
};

const MAX_REASON = 2_000;
const MAX_STATEMENT = 5_000;
const MAX_LINKS = 20;
const MAX_LINK = 500;
const MAX_ACTION = 500;
const MAX_CERTIFICATE_NUMBER = 100;

const NEEDS_PLAN: readonly DeclarationStatus[] = ['PARTIAL', 'NON_COMPLIANT', 'PLANNED'];

/** "STANDARDS_MET" → "Standards Met"; a level already written in words is shown as it is. */
const levelName = (level: string): string =>
  /^[A-Z0-9_]+$/.test(level)
    ? level
        .split('_')
        .filter(Boolean)
        .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
        .join(' ')
    : level;

const listOf = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/**
 * Everything wrong with a declaration, all at once, as field-level userErrors. `standard` is null when
 * no standard has the code given; `today` is today's date in England (`todayInEngland()`).
 */
export function declarationProblems(
  input: DeclarationDraft,
  standard: StandardRules | null,
  today: string,
): UserError[] {
  const problems: UserError[] = [];
  const invalid = (message: string, field: string[]) => problems.push(userError('INVALID', message, field));
  const { status } = input;

  // Subject
  const onOrganisation = Boolean(input.subject.organisationOdsCode?.trim());
  const onProduct = Boolean(input.subject.productVersionId?.trim());
  if (onOrganisation === onProduct) {
    invalid('Declare for either an organisation or a product version, not both or neither.', ['subject']);
  }

  // Status
  if (status === 'LAPSED') {
    invalid(
      'A declaration cannot be made as lapsed: it lapses by itself when its expiry date passes. Choose another status.',
      ['status'],
    );
  }
  const statusKnown = status !== 'LAPSED';

  // Standard
  if (!standard) {
    problems.push(userError('NOT_FOUND', 'There is no standard with that code.', ['standardCode']));
  } else {
    if (standard.status === 'RETIRED') {
      invalid(`${standard.name} has been retired: declare against the standard that replaced it.`, [
        'standardCode',
      ]);
    }
    if (onOrganisation !== onProduct) {
      if (onProduct && standard.appliesTo === 'ORGANISATION') {
        invalid(`${standard.name} applies to organisations, not products.`, ['standardCode']);
      }
      if (onOrganisation && standard.appliesTo === 'PRODUCT') {
        invalid(`${standard.name} applies to products, not organisations.`, ['standardCode']);
      }
    }
  }

  // Level, and whether it counts as compliant
  const level = input.level?.trim() || null;
  if (standard?.assessment === 'PASS_FAIL' && level) {
    invalid(`${standard.name} is met or not met: it has no levels.`, ['level']);
  }
  if (standard?.assessment === 'LEVELS' && statusKnown) {
    const levels = listOf(standard.levels.map(levelName));
    if (status === 'NOT_APPLICABLE') {
      if (level) invalid(`Leave the level empty: ${standard.name} does not apply here.`, ['level']);
    } else if (!level) {
      invalid(`Choose the level assessed for ${standard.name}: ${levels}.`, ['level']);
    } else if (!standard.levels.includes(level)) {
      invalid(`${standard.name} has no such level: choose ${levels}.`, ['level']);
    } else {
      const compliant = standard.compliantLevels.includes(level);
      const compliantLevels = listOf(standard.compliantLevels.map(levelName));
      if (status === 'COMPLIANT' && !compliant) {
        invalid(
          `${standard.name} is met only at ${compliantLevels}: at ${levelName(level)}, declare it as partial, non-compliant or planned.`,
          ['status'],
        );
      }
      if (status !== 'COMPLIANT' && compliant) {
        invalid(`${levelName(level)} meets ${standard.name}: declare it compliant.`, ['status']);
      }
    }
  }

  // Not applicable
  if (status === 'NOT_APPLICABLE') {
    const reason = input.notApplicableReason?.trim() ?? '';
    if (!reason) invalid('Say why the standard does not apply.', ['notApplicableReason']);
    if (reason.length > MAX_REASON) {
      invalid(`The reason must be ${MAX_REASON.toLocaleString('en-GB')} characters or fewer.`, [
        'notApplicableReason',
      ]);
    }
  }

  // Remediation plan
  const plan = input.remediation;
  const needsPlan = NEEDS_PLAN.includes(status);
  if (needsPlan && !plan) {
    invalid('Add a remediation plan: what will be done, and by when.', ['remediation']);
  }
  if (plan && (status === 'COMPLIANT' || status === 'NOT_APPLICABLE')) {
    invalid(
      status === 'COMPLIANT'
        ? 'A compliant declaration has no remediation plan: remove it.'
        : 'A standard that does not apply needs no remediation plan: remove it.',
      ['remediation'],
    );
  } else if (plan) {
    if (plan.dueOn < today) {
      invalid(`The plan must be due today (${readableDate(today)}) or later.`, ['remediation', 'dueOn']);
    }
    if (!plan.actions.some((action) => action.trim())) {
      invalid('List at least one action in the plan.', ['remediation', 'actions']);
    }
    plan.actions.forEach((action, i) => {
      if (action.trim().length > MAX_ACTION) {
        invalid(`Each action must be ${MAX_ACTION} characters or fewer.`, [
          'remediation',
          'actions',
          String(i),
        ]);
      }
    });
  }

  // Evidence
  const statement = input.evidence?.statement?.trim() ?? '';
  if (statement.length > MAX_STATEMENT) {
    invalid(`The evidence statement must be ${MAX_STATEMENT.toLocaleString('en-GB')} characters or fewer.`, [
      'evidence',
      'statement',
    ]);
  }
  const links = input.evidence?.links ?? [];
  if (links.length > MAX_LINKS) {
    invalid(`Give at most ${MAX_LINKS} evidence links.`, ['evidence', 'links']);
  }
  links.forEach((link, i) => {
    const url = link.trim();
    if (!isHttpUrl(url) || url.length > MAX_LINK) {
      invalid(`Enter each link in full, like https://digital.nhs.uk/…, in ${MAX_LINK} characters or fewer.`, [
        'evidence',
        'links',
        String(i),
      ]);
    }
  });

  // Certificate
  const certificate = input.certificate;
  const months = standard?.certificateMonths ?? null;
  if (standard && months !== null && status === 'COMPLIANT' && !certificate) {
    invalid(`Add the ${standard.name} certificate: its number, issue date and expiry date.`, ['certificate']);
  }
  const certificateAllowed = !standard || months !== null;
  if (certificate && !certificateAllowed) {
    invalid(`${standard.name} has no certificate: remove it, and give a review date instead if needed.`, [
      'certificate',
    ]);
  } else if (certificate) {
    const number = certificate.number?.trim() ?? '';
    if (!number) invalid('Enter the certificate number.', ['certificate', 'number']);
    if (number.length > MAX_CERTIFICATE_NUMBER) {
      invalid(`The certificate number must be ${MAX_CERTIFICATE_NUMBER} characters or fewer.`, [
        'certificate',
        'number',
      ]);
    }
    if (certificate.issuedOn > today) {
      invalid(`The certificate cannot be issued after today (${readableDate(today)}).`, [
        'certificate',
        'issuedOn',
      ]);
    }
    if (certificate.expiresOn <= certificate.issuedOn) {
      invalid(`The certificate must expire after it was issued (${readableDate(certificate.issuedOn)}).`, [
        'certificate',
        'expiresOn',
      ]);
    } else if (standard && months !== null) {
      const latest = addMonths(certificate.issuedOn, months);
      if (certificate.expiresOn > latest) {
        invalid(
          `${standard.name} certificates last ${months} months: the expiry must be on or before ${readableDate(latest)}.`,
          ['certificate', 'expiresOn'],
        );
      }
    }
  }

  // Review date (when the certificate itself is wrong, its problem says what to do instead)
  if (certificate && certificateAllowed && input.expiresOn) {
    invalid('Leave the review date empty: the certificate’s expiry date is used.', ['expiresOn']);
  }

  return problems;
}

/** When a declaration lapses: its certificate's expiry, else its review date, else never (null). */
export function declarationExpiry(input: DeclarationDraft): string | null {
  return input.certificate?.expiresOn ?? input.expiresOn ?? null;
}
