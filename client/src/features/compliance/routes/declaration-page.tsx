import '../compliance.css';
import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { DeclarationPage_DeclarationFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import {
  organisationCompliancePath,
  productConformancePath,
  supersedeDeclarationPath,
  verifyQueuePath,
} from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { ButtonLink } from '../../../shared/ui/button-link';
import { useViewer } from '../../identity/viewer';
import { AcceptForm } from '../components/accept-form';
import { DeclarationNotFound, DeclarationPending } from '../components/declaration-access';
import {
  DeclarationCertificate,
  DeclarationEvidence,
  DeclarationOutcome,
  DeclarationRecord,
  RemediationPlan,
} from '../components/declaration-details';
import { DeclarationHistory } from '../components/declaration-history';
import { subjectName } from '../components/declaration-subject';
import { StatusTag, VerificationTag } from '../components/declaration-tags';
import { LocalAcceptances } from '../components/local-acceptances';
import { VerificationForm } from '../components/verification-form';

/** Everything the declaration's page shows; every mutation of a declaration answers with it too. */
export const DeclarationPage_declaration = graphql(`
  fragment DeclarationPage_declaration on ComplianceDeclaration {
    id
    rowVersion
    current
    supersededAt
    status
    lapsed
    overdue
    expiresOn
    verification
    verificationComment
    remediationDueOn
    viewerCanSupersede
    viewerCanVerify
    standard {
      id
      code
      name
    }
    organisation {
      id
      odsCode
      name
    }
    productVersion {
      id
      version
      product {
        id
        name
      }
    }
    localAcceptances {
      id
      organisation {
        id
      }
      ...LocalAcceptances_acceptances
    }
    ...DeclarationSubject_declaration
    ...DeclarationDetails_declaration
    ...VerificationForm_declaration
  }
`);

const DECLARATION_QUERY = graphql(`
  query DeclarationPage($id: String!) {
    declaration(id: $id) {
      id
      ...DeclarationPage_declaration
    }
  }
`);

/** Router state of the verification queue's links: the declaration's back link returns to it. */
export type FromVerifyQueue = { from: 'verify-queue'; listSearch: string };
const fromQueue = (state: unknown): state is FromVerifyQueue =>
  typeof state === 'object' && state !== null && (state as Partial<FromVerifyQueue>).from === 'verify-queue';

/** `/declarations/:id`: one declaration, its evidence and plan, its verification, and its history. */
export function DeclarationPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(DECLARATION_QUERY, { variables: { id } });
  const declaration = data?.declaration;
  const problem = error ? describeError(error) : null;
  const notFound = !declaration && !loading && !problem;
  const queue = fromQueue(location.state);

  if (problem || (!declaration && !notFound)) {
    return (
      <DeclarationPending
        title="Declaration"
        back={
          <BackLink to={queue ? backToList(location.state, verifyQueuePath) : '/standards'}>Back</BackLink>
        }
        problem={problem}
        onRetry={() => retry(refetch)}
      />
    );
  }
  if (!declaration) {
    return (
      <>
        <BackLink to={queue ? backToList(location.state, verifyQueuePath) : '/standards'}>Back</BackLink>
        <DeclarationNotFound />
      </>
    );
  }
  const back = queue ? (
    <BackLink to={backToList(location.state, verifyQueuePath)}>Back to declarations to verify</BackLink>
  ) : declaration.organisation ? (
    <BackLink to={organisationCompliancePath(declaration.organisation.odsCode)}>
      Back to {declaration.organisation.name}’s compliance
    </BackLink>
  ) : declaration.productVersion ? (
    <BackLink to={productConformancePath(declaration.productVersion.product.id)}>
      Back to {declaration.productVersion.product.name}’s conformance
    </BackLink>
  ) : (
    <BackLink to="/standards">Back to standards</BackLink>
  );
  return <Declaration key={declaration.id} declaration={declaration} back={back} reload={() => refetch()} />;
}

function Declaration({
  declaration,
  back,
  reload,
}: {
  declaration: DeclarationPage_DeclarationFragment;
  back: ReactNode;
  reload: () => Promise<unknown>;
}) {
  const viewer = useViewer();
  const [verifyProblem, setVerifyProblem] = useState(false);
  const [acceptProblem, setAcceptProblem] = useState(false);
  const subject = subjectName(declaration);
  const { standard } = declaration;
  usePageTitle(`${standard.name} (${standard.code}): ${subject}`, { error: verifyProblem || acceptProblem });

  const membership = viewer?.activeMembership;
  const ownTrust = membership?.role === 'TRUST_COMPLIANCE' ? membership.organisation : null;
  const product = declaration.productVersion;
  const canAccept =
    ownTrust !== null &&
    ownTrust !== undefined &&
    product !== null &&
    declaration.current &&
    !declaration.localAcceptances.some((acceptance) => acceptance.organisation.id === ownTrust.id);

  return (
    <>
      {back}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">
            {subject} <span className="nhsuk-u-visually-hidden">:</span>
          </span>
          <h1>
            {standard.name} <span className="concord-nowrap">({standard.code})</span>
          </h1>
          <p className="concord-tags">
            <StatusTag status={declaration.status} />
            <VerificationTag verification={declaration.verification} />
          </p>
          <Callouts declaration={declaration} />
          {declaration.viewerCanSupersede && (
            <>
              <ButtonLink to={supersedeDeclarationPath(declaration.id)} kind="secondary">
                Supersede<span className="nhsuk-u-visually-hidden"> this declaration</span>
              </ButtonLink>
              <p className="nhsuk-body-s">
                Declarations are never edited: to change this one, make a new declaration that replaces it.
                This one stays in the history.
              </p>
            </>
          )}

          <section className="concord-section" aria-labelledby="declared-heading">
            <h2 id="declared-heading">What was declared</h2>
            <DeclarationOutcome declaration={declaration} />
          </section>

          <section className="concord-section" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence</h2>
            <DeclarationEvidence declaration={declaration} />
          </section>

          {(declaration.certificateNumber !== null || declaration.certificateIssuedOn !== null) && (
            <section className="concord-section" aria-labelledby="certificate-heading">
              <h2 id="certificate-heading">Certificate</h2>
              <DeclarationCertificate declaration={declaration} />
            </section>
          )}

          {declaration.remediationDueOn && (
            <section className="concord-section" aria-labelledby="plan-heading">
              <h2 id="plan-heading">Remediation plan</h2>
              <RemediationPlan declaration={declaration} />
            </section>
          )}

          <section className="concord-section" aria-labelledby="record-heading">
            <h2 id="record-heading">Declaration and verification</h2>
            <DeclarationRecord declaration={declaration} />
            {!declaration.verification && (
              <p>A central commercial team has not checked this declaration’s evidence yet.</p>
            )}
          </section>

          {declaration.viewerCanVerify && (
            <section className="concord-section" aria-label="Verify this declaration">
              <VerificationForm declaration={declaration} reload={reload} onProblem={setVerifyProblem} />
            </section>
          )}

          {product && (
            <section className="concord-section" aria-labelledby="acceptances-heading">
              <h2 id="acceptances-heading">Accepted by trusts</h2>
              <LocalAcceptances acceptances={declaration.localAcceptances} />
              {canAccept && ownTrust && (
                <AcceptForm
                  declarationId={declaration.id}
                  trust={ownTrust.name}
                  product={`${product.product.name} ${product.version}`}
                  onProblem={setAcceptProblem}
                />
              )}
            </section>
          )}
        </div>
      </div>

      <section className="concord-section" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <DeclarationHistory
          subject={
            declaration.organisation
              ? { organisationOdsCode: declaration.organisation.odsCode }
              : { productVersionId: declaration.productVersion?.id ?? '' }
          }
          standardCode={standard.code}
          shownId={declaration.id}
        />
      </section>
    </>
  );
}

/** What the reader must know first: replaced, lapsed, rejected, or a plan past its date. */
function Callouts({ declaration }: { declaration: DeclarationPage_DeclarationFragment }) {
  return (
    <>
      {!declaration.current && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            A newer declaration replaced this one
            {declaration.supersededAt ? ` on ${formatDateTime(declaration.supersededAt)}` : ''}. The current
            one is at the top of the <a href="#history-heading">history</a> below.
          </p>
        </div>
      )}
      {declaration.current && declaration.lapsed && (
        <Warning title="This declaration has lapsed">
          <p>
            {declaration.expiresOn
              ? `It held until ${formatDate(declaration.expiresOn)}. `
              : 'Its expiry date has passed. '}
            It no longer counts as compliant: its declarer must make a new declaration to replace it.
          </p>
        </Warning>
      )}
      {declaration.verification === 'REJECTED' && (
        <Warning title="A central team rejected this declaration">
          <p>{declaration.verificationComment ?? 'No reason was recorded.'}</p>
          {declaration.current && <p>It counts as rejected until its declarer replaces it with a new one.</p>}
        </Warning>
      )}
      {declaration.overdue && declaration.remediationDueOn && (
        <Warning title="The remediation plan is overdue">
          <p>
            It was due by {formatDate(declaration.remediationDueOn)}. Its declarer should replace this
            declaration with one that says where things stand.
          </p>
        </Warning>
      )}
    </>
  );
}

function Warning({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {title}
        </span>
      </h2>
      {children}
    </div>
  );
}
