import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import { organisationCompliancePath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { Tag } from '../../../shared/ui/tag';
import { OrganisationSummary } from '../components/organisation-summary';

const ORGANISATION_QUERY = graphql(`
  query OrganisationPage($odsCode: String!) {
    organisation(odsCode: $odsCode) {
      id
      odsCode
      name
      kind
      isOpen
      ...OrganisationSummary_organisation
    }
  }
`);

/** `/organisations/:odsCode`: one organisation. */
export function OrganisationPage() {
  const { odsCode = '' } = useParams();
  const location = useLocation();
  const back = backToList(location.state, '/organisations');
  const { data, loading, error, refetch } = useQuery(ORGANISATION_QUERY, { variables: { odsCode } });
  const organisation = data?.organisation;

  const problem = error ? describeError(error) : null;
  const notFound = !organisation && !loading && !problem;
  usePageTitle(organisation?.name ?? (notFound ? 'Organisation not found' : 'Organisation'), {
    error: problem !== null,
  });

  const backLink = <BackLink to={back}>Back to organisations</BackLink>;

  if (problem || (loading && !organisation)) {
    return (
      <RecordPending back={backLink} problem={problem} what="The organisation" onRetry={() => retry(refetch)}>
        Loading organisation…
      </RecordPending>
    );
  }

  if (!organisation) {
    return (
      <>
        {backLink}
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

  return (
    <>
      {backLink}
      <h1>{organisation.name}</h1>
      {!organisation.isOpen && (
        <p>
          <Tag colour="grey">Closed</Tag>
        </p>
      )}
      <OrganisationSummary organisation={organisation} />
      {organisation.kind === 'TRUST' && (
        <>
          <h2>Compliance</h2>
          <p>
            <Link to={organisationCompliancePath(organisation.odsCode)}>
              Compliance with standards
              <span className="nhsuk-u-visually-hidden"> at {organisation.name}</span>
            </Link>
            : what the trust declares about security, clinical safety, identity and other standards, with its
            evidence and plans.
          </p>
        </>
      )}
    </>
  );
}
