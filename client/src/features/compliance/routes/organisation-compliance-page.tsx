import '../compliance.css';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { cellStateOf } from '../../../shared/labels/compliance';
import { newDeclarationPath, organisationPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { ButtonLink } from '../../../shared/ui/button-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { ComplianceTable, UndeclaredTable } from '../components/compliance-table';
import { SignInLink, VerifiedOnlyNotice } from '../components/declaration-access';
import { stateCounts } from '../state-counts';
import { WHOLE_LIST } from '../list-size';

const ORGANISATION_COMPLIANCE_QUERY = graphql(`
  query OrganisationCompliancePage($odsCode: String!, $first: Int!) {
    organisation(odsCode: $odsCode) {
      id
      odsCode
      name
      kind
      isOpen
    }
    declarations(first: $first, filter: { organisationOdsCodes: [$odsCode] }) {
      totalCount
      edges {
        node {
          id
          status
          verification
          standard {
            id
            code
            name
          }
          ...ComplianceTable_declarations
        }
      }
    }
    standards(first: $first, filter: { appliesTo: [ORGANISATION], statuses: [EFFECTIVE] }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

/**
 * `/organisations/:odsCode/compliance`: a trust's current declarations against the standards that
 * apply to organisations, and the standards it has not declared. Visitors see verified declarations
 * only (without evidence links); the trust's own users and central teams see them all, and its
 * compliance team declares and supersedes from here.
 */
export function OrganisationCompliancePage() {
  const { odsCode = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ORGANISATION_COMPLIANCE_QUERY, {
    variables: { odsCode, first: WHOLE_LIST },
  });
  const organisation = data?.organisation;
  const problem = error ? describeError(error) : null;
  const notFound = !organisation && !loading && !problem;
  usePageTitle(
    organisation ? `Compliance: ${organisation.name}` : notFound ? 'Organisation not found' : 'Compliance',
    { error: problem !== null },
  );
  const back = <BackLink to={organisationPath(odsCode)}>Back to the organisation</BackLink>;

  if (problem || (!data && !notFound) || (loading && !organisation)) {
    return (
      <RecordPending
        back={back}
        problem={problem}
        what="The trust’s compliance"
        onRetry={() => retry(refetch)}
      >
        Loading compliance…
      </RecordPending>
    );
  }
  if (!organisation || !data) {
    return (
      <>
        <BackLink to="/organisations">Back to organisations</BackLink>
        <h1>Organisation not found</h1>
        <p>
          There is no organisation with the code <strong className="nhsuk-u-nowrap">{odsCode}</strong>.
        </p>
        <p>
          Check the code, or <Link to="/organisations">search the directory of organisations</Link>.
        </p>
      </>
    );
  }

  const membership = viewer?.activeMembership;
  const central = membership?.role === 'CENTRAL_COMMERCIAL';
  const ownTrust = membership?.organisation?.id === organisation.id;
  const declarer =
    viewerCan(viewer, 'viewerCanDeclareCompliance') && membership?.role === 'TRUST_COMPLIANCE' && ownTrust;
  const seesAll = central || ownTrust;

  const declarations = data.declarations.edges
    .map((edge) => edge.node)
    .sort((a, b) => a.standard.name.localeCompare(b.standard.name, 'en-GB'));
  const declared = new Set(declarations.map((declaration) => declaration.standard.code));
  const undeclared = data.standards.edges
    .map((edge) => edge.node)
    .filter((standard) => !declared.has(standard.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const counts = stateCounts(declarations.map(cellStateOf));

  return (
    <>
      {back}
      <span className="nhsuk-caption-l">
        {organisation.name} <span className="concord-nowrap">({organisation.odsCode})</span>
      </span>
      <h1>Compliance with standards</h1>
      <p className="nhsuk-lede-text">
        What {organisation.name} declares about the standards that apply to NHS organisations: security,
        clinical safety, identity and more, with the evidence, and a plan where a standard is not met yet.
      </p>
      {organisation.kind !== 'TRUST' && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Only NHS trusts declare compliance in Concord. This organisation is not a trust.</p>
        </div>
      )}
      {!seesAll && (
        <VerifiedOnlyNotice>
          {viewer === null ? (
            <>
              <SignInLink /> to see the links to their evidence.
            </>
          ) : (
            'The trust’s own teams also see those not verified yet.'
          )}
        </VerifiedOnlyNotice>
      )}
      {declarer && undeclared.length > 0 && (
        <ButtonLink to={newDeclarationPath({ kind: 'organisation', subject: organisation.odsCode })}>
          Declare compliance with a standard
        </ButtonLink>
      )}

      <section className="concord-section" aria-labelledby="declared-heading">
        <h2 id="declared-heading">Current declarations</h2>
        {declarations.length === 0 ? (
          <>
            <h3 className="nhsuk-heading-s">No declarations yet</h3>
            <p>
              {seesAll
                ? `${organisation.name} has not declared compliance with any standard yet.`
                : `${organisation.name} has no verified declarations yet.`}
            </p>
          </>
        ) : (
          <>
            <p>
              {formatCount(declarations.length, 'standard')}: {counts}.
            </p>
            <ComplianceTable
              declarations={declarations}
              caption={`${organisation.name}’s current declarations, by standard`}
            />
            {data.declarations.totalCount > declarations.length && (
              <p className="nhsuk-body-s">
                Showing the first {declarations.length} of {data.declarations.totalCount} declarations.
              </p>
            )}
          </>
        )}
      </section>

      {undeclared.length > 0 && (
        <section className="concord-section" aria-labelledby="undeclared-heading">
          <h2 id="undeclared-heading">{seesAll ? 'Not declared' : 'No verified declaration'}</h2>
          <p>
            {seesAll
              ? `Standards in force for organisations that ${organisation.name} has not declared against.`
              : `Standards in force for organisations with no verified declaration from ${organisation.name}. It may have declared some that are not verified yet.`}
          </p>
          <UndeclaredTable
            standards={undeclared}
            caption={`Standards ${organisation.name} has not declared`}
            label={seesAll ? 'Not declared' : 'No verified declaration'}
            declare={
              declarer
                ? (standard) => (
                    <Link
                      to={newDeclarationPath({
                        kind: 'organisation',
                        subject: organisation.odsCode,
                        standard: standard.code,
                      })}
                    >
                      Declare<span className="nhsuk-u-visually-hidden"> {standard.code}</span>
                    </Link>
                  )
                : null
            }
          />
        </section>
      )}
    </>
  );
}
