import { Link, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { DeclarationDetails_DeclarationFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { complianceLevelLabel, declarationStatusLabels } from '../../../shared/labels/compliance';
import { standardPath } from '../../../shared/paths';
import { SummaryList, type SummaryRow } from '../../../shared/ui/summary-list';
import { Tag } from '../../../shared/ui/tag';
import { signInHref } from '../../identity/return-to';
import { StatusTag, VerificationTag } from './declaration-tags';
import { SubjectLink } from './declaration-subject';

/** What a declaration's page shows of it: what was declared, the evidence, the plan, who and when. */
export const DeclarationDetails_declaration = graphql(`
  fragment DeclarationDetails_declaration on ComplianceDeclaration {
    id
    status
    declaredStatus
    lapsed
    overdue
    level
    notApplicableReason
    evidenceStatement
    evidenceLinks
    certificateNumber
    certificateIssuedOn
    expiresOn
    remediationDueOn
    remediationActions
    declaredAt
    declaredByName
    verification
    verificationComment
    verifiedAt
    verifiedByName
    standard {
      id
      code
      name
      assessment
      compliantLevels
      certificateMonths
    }
    ...DeclarationSubject_declaration
  }
`);

type Declaration = DeclarationDetails_DeclarationFragment;

const hasCertificate = (declaration: Declaration) =>
  declaration.certificateNumber !== null || declaration.certificateIssuedOn !== null;

/** Text typed with line breaks keeps them. */
function Paragraphs({ text }: { text: string }) {
  return <p className="concord-pre-line nhsuk-u-margin-bottom-0">{text}</p>;
}

/** What was declared, for what and against which standard, and until when it holds. */
export function DeclarationOutcome({ declaration }: { declaration: Declaration }) {
  const { standard } = declaration;
  const rows: SummaryRow[] = [
    { key: 'Declared for', value: <SubjectLink declaration={declaration} /> },
    {
      key: 'Standard',
      value: (
        <>
          <Link to={standardPath(standard.code)}>{standard.name}</Link>{' '}
          <span className="concord-nowrap">({standard.code})</span>
        </>
      ),
    },
    {
      key: 'Status',
      value: (
        <>
          <StatusTag status={declaration.status} />
          {declaration.lapsed && declaration.expiresOn && (
            <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
              It was declared {declarationStatusLabels[declaration.declaredStatus].toLowerCase()} until{' '}
              {formatDate(declaration.expiresOn)}, and has lapsed since.
            </p>
          )}
        </>
      ),
    },
  ];
  if (declaration.level) {
    const counts = standard.compliantLevels.includes(declaration.level);
    rows.push({
      key: 'Level',
      value: `${complianceLevelLabel(declaration.level)} (${counts ? 'counts as compliant' : 'does not count as compliant'})`,
    });
  }
  if (declaration.notApplicableReason) {
    rows.push({ key: 'Why it does not apply', value: <Paragraphs text={declaration.notApplicableReason} /> });
  }
  if (!hasCertificate(declaration)) {
    rows.push({
      key: 'Review by',
      value: declaration.expiresOn ? (
        <>
          <span className="concord-nowrap">{formatDate(declaration.expiresOn)}</span>
          {declaration.lapsed && (
            <>
              {' '}
              <Tag colour="orange">Lapsed</Tag>
            </>
          )}
        </>
      ) : (
        'No review date: it holds until it is replaced'
      ),
    });
  }
  return <SummaryList rows={rows} />;
}

/** The evidence: the declarer's statement and links (only for people who are signed in). */
export function DeclarationEvidence({ declaration }: { declaration: Declaration }) {
  const { pathname } = useLocation();
  const links = declaration.evidenceLinks;
  const rows: SummaryRow[] = [
    {
      key: 'Statement',
      value: declaration.evidenceStatement ? (
        <Paragraphs text={declaration.evidenceStatement} />
      ) : (
        'No statement given'
      ),
    },
    {
      key: 'Links',
      value:
        links === null ? (
          <>
            <Link to={signInHref(pathname)}>Sign in to see the evidence links</Link>. Links to evidence are
            shown only to people who are signed in.
          </>
        ) : links.length === 0 ? (
          'No links given'
        ) : (
          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
            {links.map((link, index) => (
              <li key={`${index}:${link}`} className="concord-break-anywhere">
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {link}
                  <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return <SummaryList rows={rows} />;
}

/** The certificate, for a standard that issues them: its number and dates. */
export function DeclarationCertificate({ declaration }: { declaration: Declaration }) {
  if (!hasCertificate(declaration)) return null;
  const months = declaration.standard.certificateMonths;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Number', value: declaration.certificateNumber ?? 'Not given' },
          {
            key: 'Issued',
            value: declaration.certificateIssuedOn
              ? formatDate(declaration.certificateIssuedOn)
              : 'Not given',
          },
          {
            key: 'Expires',
            value: declaration.expiresOn ? (
              <>
                <span className="concord-nowrap">{formatDate(declaration.expiresOn)}</span>
                {declaration.lapsed && (
                  <>
                    {' '}
                    <Tag colour="orange">Expired</Tag>
                  </>
                )}
              </>
            ) : (
              'Not given'
            ),
          },
        ]}
      />
      {months !== null && (
        <p className="nhsuk-body-s">
          {declaration.standard.name} certificates last {months} months. The declaration lapses the day after
          its certificate expires.
        </p>
      )}
    </>
  );
}

/** The remediation plan: by when, whether it is overdue, and what will be done, in order. */
export function RemediationPlan({ declaration }: { declaration: Declaration }) {
  if (!declaration.remediationDueOn) return null;
  return (
    <SummaryList
      rows={[
        {
          key: 'Due by',
          value: (
            <>
              <span className="concord-nowrap">{formatDate(declaration.remediationDueOn)}</span>
              {declaration.overdue && (
                <>
                  {' '}
                  <Tag colour="red">Overdue</Tag>
                </>
              )}
            </>
          ),
        },
        {
          key: 'What will be done',
          value:
            declaration.remediationActions.length === 0 ? (
              'No actions given'
            ) : (
              <ol className="nhsuk-list nhsuk-list--number nhsuk-u-margin-bottom-0">
                {declaration.remediationActions.map((action, index) => (
                  <li key={index}>{action}</li>
                ))}
              </ol>
            ),
        },
      ]}
    />
  );
}

/** Who declared it and when, and what a central team found. */
export function DeclarationRecord({ declaration }: { declaration: Declaration }) {
  const rows: SummaryRow[] = [
    {
      key: 'Declared',
      value: (
        <>
          <span className="concord-nowrap">{formatDateTime(declaration.declaredAt)}</span>
          {declaration.declaredByName ? `, by ${declaration.declaredByName}` : ''}
        </>
      ),
    },
    { key: 'Verification', value: <VerificationTag verification={declaration.verification} /> },
  ];
  if (declaration.verification) {
    rows.push({
      key: declaration.verification === 'REJECTED' ? 'Rejected' : 'Verified',
      value: (
        <>
          <span className="concord-nowrap">
            {declaration.verifiedAt ? formatDateTime(declaration.verifiedAt) : 'Date not recorded'}
          </span>
          {declaration.verifiedByName ? `, by ${declaration.verifiedByName}` : ''}
        </>
      ),
    });
    rows.push({
      key: 'Comment',
      value: declaration.verificationComment ? (
        <Paragraphs text={declaration.verificationComment} />
      ) : (
        'No comment'
      ),
    });
  }
  return <SummaryList rows={rows} />;
}
