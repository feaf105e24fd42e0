import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { frameworkPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import {
  CannotChange,
  FrameworkNotFound,
  LoadProblem,
  Loading,
  NoAccess,
  SignInPrompt,
} from '../components/access';
import { AmendmentForm } from '../components/amendment-form';

const AMEND_FRAMEWORK_QUERY = graphql(`
  query AmendFrameworkPage($reference: String!) {
    framework(reference: $reference) {
      id
      reference
      status
      viewerCanAmend
      owner {
        id
        name
      }
      ...AmendmentForm_framework
    }
    me {
      user {
        id
      }
    }
  }
`);

/** `/frameworks/:reference/amend`: one recorded change to a published framework, for its owner's central users. */
export function AmendFrameworkPage() {
  const { reference = '' } = useParams();
  const query = useQuery(AMEND_FRAMEWORK_QUERY, { variables: { reference } });
  const { error, refetch } = query;
  // While it is fetched again (after a save, say) the form stays on the page with what it had.
  const previous = query.previousData;
  const data =
    query.data ??
    (previous?.framework?.reference.toUpperCase() === reference.toUpperCase() ? previous : undefined);
  const framework = data?.framework;
  // The form stays while its amendment is recorded and the page moves on.
  const [formShown, setFormShown] = useState(false);
  if (framework?.viewerCanAmend && !formShown) setFormShown(true);

  const back = (
    <BackLink to={frameworkPath(framework?.reference ?? reference)}>Back to the framework</BackLink>
  );
  if (error && !framework) return <LoadProblem what="framework" refetch={refetch} />;
  if (!data) return <Loading what="the framework" />;
  if (!framework) return data.me ? <FrameworkNotFound reference={reference} /> : <SignInPrompt />;
  if (!framework.viewerCanAmend && !formShown) {
    return (
      <>
        {back}
        {!data.me ? (
          <SignInPrompt />
        ) : framework.status === 'PUBLISHED' ? (
          <NoAccess title="You cannot amend this framework">
            <p>
              Only central commercial users at {framework.owner.name} can amend {framework.reference}.
            </p>
          </NoAccess>
        ) : (
          <CannotChange title={`${framework.reference} cannot be amended`}>
            <p>
              {framework.status === 'DRAFT'
                ? 'It is a draft: edit it directly until it is published.'
                : `Only a published framework in force can be amended, and this one is ${frameworkStatusLabels[framework.status].toLowerCase()}.`}
            </p>
          </CannotChange>
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <AmendmentForm key={framework.id} framework={framework} reload={() => refetch()} />
    </>
  );
}
