import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import { standardPath, verifyQueuePath } from '../../../shared/paths';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { StandardSummary } from '../components/standard-summary';
import { ButtonLink } from '../../../shared/ui/button-link';

const STANDARD_QUERY = graphql(`
  query StandardPage($code: String!) {
    standard(code: $code) {
      id
      code
      name
      status
      appliesTo
      viewerCanEdit
      supersededBy {
        id
        code
      }
      ...StandardSummary_standard
    }
  }
`);

/** `/standards/:code`: everything the catalogue records about one standard. */
export function StandardPage() {
  const { code = '' } = useParams();
  const location = useLocation();
  const back = <BackLink to={backToList(location.state, '/standards')}>Back to standards</BackLink>;
  const { data, loading, error, refetch } = useQuery(STANDARD_QUERY, { variables: { code } });
  const viewer = useViewer();
  const standard = data?.standard;
  const problem = error ? describeError(error) : null;
  const notFound = !standard && !loading && !problem;
  usePageTitle(
    standard ? `${standard.code}: ${standard.name}` : notFound ? 'Standard not found' : 'Standard',
    {
      error: problem !== null,
    },
  );

  if (problem || (!standard && !notFound)) {
    return (
      <RecordPending back={back} problem={problem} what="The standard" onRetry={() => retry(refetch)}>
        Loading standard…
      </RecordPending>
    );
  }
  if (!standard) {
    return (
      <>
        {back}
        <h1>Standard not found</h1>
        <p>
          There is no standard with the code <strong>{code}</strong> in the catalogue.
        </p>
        <p>
          Check the code, or <Link to="/standards">search the standards catalogue</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      {back}
      <span className="nhsuk-caption-l">{standard.code}</span>
      <h1>{standard.name}</h1>
      {standard.status === 'RETIRED' && standard.supersededBy && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This standard is no longer in force. It has been replaced by{' '}
            <Link to={standardPath(standard.supersededBy.code)}>{standard.supersededBy.code}</Link>.
          </p>
        </div>
      )}
      <StandardSummary standard={standard} />
      {(standard.appliesTo === 'ORGANISATION' || standard.appliesTo === 'BOTH') && (
        <p>
          Trusts declare their compliance with it on their own compliance page:{' '}
          <Link to="/organisations">find a trust</Link>.
        </p>
      )}
      {(standard.appliesTo === 'PRODUCT' || standard.appliesTo === 'BOTH') && (
        <p>
          Suppliers declare their products’ conformance with it on each product’s conformance page:{' '}
          <Link to="/products">find a product</Link>.
        </p>
      )}
      {viewerCan(viewer, 'viewerCanVerifyDeclarations') && (
        <p>
          <Link to={`${verifyQueuePath}?${new URLSearchParams({ standard: standard.code }).toString()}`}>
            Declarations against {standard.code} waiting for verification
          </Link>
        </p>
      )}
      {standard.viewerCanEdit && (
        <ButtonLink to={`${standardPath(standard.code)}/edit`} kind="secondary">
          Edit standard<span className="nhsuk-u-visually-hidden"> {standard.code}</span>
        </ButtonLink>
      )}
    </>
  );
}
