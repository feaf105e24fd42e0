import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { FrameworkPageQuery } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import { amendFrameworkPath, editFrameworkPath, withdrawFrameworkPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { SyntheticPricesNotice } from '../../../shared/ui/synthetic-prices-notice';
import { AmendmentHistory } from '../components/amendment-history';
import { FrameworkSummary } from '../components/framework-summary';
import { LotSection, lotAnchor, lotHeading } from '../components/lot-section';
import { ButtonLink } from '../../../shared/ui/button-link';

const FRAMEWORK_QUERY = graphql(`
  query FrameworkPage($reference: String!) {
    framework(reference: $reference) {
      id
      reference
      title
      status
      description
      endDate
      publishedAt
      viewerCanEdit
      viewerCanAmend
      owner {
        id
        name
      }
      ...FrameworkSummary_framework
      lots {
        id
        number
        title
        awards {
          id
        }
        ...LotSection_lot
      }
      amendments {
        id
        ...AmendmentHistory_amendments
      }
    }
  }
`);

type Framework = NonNullable<FrameworkPageQuery['framework']>;

/** `/frameworks/:reference`: one framework, its lots, suppliers, prices and history. */
export function FrameworkPage() {
  const { reference = '' } = useParams();
  const location = useLocation();
  const back = backToList(location.state, '/frameworks');
  const { data, loading, error, refetch } = useQuery(FRAMEWORK_QUERY, { variables: { reference } });
  const framework = data?.framework;

  const problem = error ? describeError(error) : null;
  const notFound = !framework && !loading && !problem;
  usePageTitle(
    framework
      ? `${framework.title} (${framework.reference})`
      : notFound
        ? 'Framework not found'
        : 'Framework',
    { error: problem !== null },
  );

  const backLink = <BackLink to={back}>Back to frameworks</BackLink>;

  if (problem || (loading && !framework)) {
    return (
      <RecordPending back={backLink} problem={problem} what="The framework" onRetry={() => retry(refetch)}>
        Loading framework…
      </RecordPending>
    );
  }

  if (!framework) {
    return (
      <>
        {backLink}
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h1>Framework not found</h1>
            <p>
              There is no framework with the reference <strong className="concord-nowrap">{reference}</strong>{' '}
              that you can see.
            </p>
            <p>
              Check the reference, or <Link to="/frameworks">search the framework catalogue</Link>. A draft is
              seen only by the central team that owns it, once they have signed in.
            </p>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      {backLink}
      <span className="nhsuk-caption-l">{framework.reference}</span>
      <h1>{framework.title}</h1>
      <Actions framework={framework} />
      <StatusNote framework={framework} />
      {framework.lots.some((lot) => lot.awards.length > 0) && <SyntheticPricesNotice />}

      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {framework.description.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index} className={index === 0 ? 'nhsuk-lede-text' : undefined}>
              {paragraph}
            </p>
          ))}
        </div>
      </div>
      <FrameworkSummary framework={framework} />

      {framework.lots.length > 0 && (
        <nav className="concord-lot-contents" aria-label="Lots">
          <h2 className="nhsuk-heading-m">Lots</h2>
          <ul className="nhsuk-list">
            {framework.lots.map((lot) => (
              <li key={lot.id}>
                <a href={`#${lotAnchor(lot.number)}`}>{lotHeading(lot)}</a>
              </li>
            ))}
            <li>
              <a href="#history">History of changes</a>
            </li>
          </ul>
        </nav>
      )}

      {framework.lots.length === 0 ? (
        <p>This framework has no lots yet.</p>
      ) : (
        framework.lots.map((lot) => <LotSection key={lot.id} lot={lot} />)
      )}

      <section className="concord-section" id="history" aria-labelledby="history-heading">
        <h2 id="history-heading">History of changes</h2>
        {framework.amendments.length > 0 ? (
          <AmendmentHistory amendments={framework.amendments} />
        ) : (
          <p>
            {framework.publishedAt
              ? 'There have been no amendments since it was published.'
              : 'Amendments are recorded here once the framework is published.'}
          </p>
        )}
      </section>
    </>
  );
}

/** What the viewer may do with the framework, as the server says (`viewerCan…`). */
function Actions({ framework }: { framework: Framework }) {
  if (!framework.viewerCanEdit && !framework.viewerCanAmend) return null;
  return (
    <div className="nhsuk-button-group">
      {framework.viewerCanEdit && (
        <ButtonLink to={editFrameworkPath(framework.reference)}>Edit draft</ButtonLink>
      )}
      {framework.viewerCanAmend && (
        <>
          <ButtonLink to={amendFrameworkPath(framework.reference)} kind="secondary">
            Amend
          </ButtonLink>
          <ButtonLink to={withdrawFrameworkPath(framework.reference)} kind="warning">
            Withdraw
          </ButtonLink>
        </>
      )}
    </div>
  );
}

/** What a status other than "published" means for a trust reading the page. */
function StatusNote({ framework }: { framework: Framework }) {
  switch (framework.status) {
    case 'PUBLISHED':
      return null;
    case 'DRAFT':
      return (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This is a draft. Only central commercial users at {framework.owner.name} can see it until it is
            published.
          </p>
        </div>
      );
    case 'EXPIRED':
      return (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This framework ended on {formatDate(framework.endDate)}. Trusts can no longer call off from it.
          </p>
        </div>
      );
    case 'WITHDRAWN':
      return (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This framework was withdrawn by {framework.owner.name}. Trusts can no longer call off from it.
            {framework.withdrawnReason && <> Reason: {framework.withdrawnReason}</>}
          </p>
        </div>
      );
  }
}
