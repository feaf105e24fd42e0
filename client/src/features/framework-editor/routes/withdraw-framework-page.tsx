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
import { WithdrawalForm } from '../components/withdrawal-form';

const WITHDRAW_FRAMEWORK_QUERY = graphql(`
  query WithdrawFrameworkPage($reference: String!) {
    framework(reference: $reference) {
      id
      reference
      status
      viewerCanAmend
      owner {
        id
        name
      }
      ...WithdrawalForm_framework
    }
    me {
      user {
        id
      }
    }
  }
`);

/** `/frameworks/:reference/withdraw`: withdraws a published framework, for its owner's central users. */
export function WithdrawFrameworkPage() {
  const { reference = '' } = useParams();
  const query = useQuery(WITHDRAW_FRAMEWORK_QUERY, { variables: { reference } });
  const { error, refetch } = query;
  // While it is fetched again (after a save, say) the form stays on the page with what it had.
  const previous = query.previousData;
  const data =
    query.data ??
    (previous?.framework?.reference.toUpperCase() === reference.toUpperCase() ? previous : undefined);
  const framework = data?.framework;
  // The form stays while the framework is withdrawn and the page moves on.
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
          <NoAccess title="You cannot withdraw this framework">
            <p>
              Only central commercial users at {framework.owner.name} can withdraw {framework.reference}.
            </p>
          </NoAccess>
        ) : (
          <CannotChange title={`${framework.reference} cannot be withdrawn`}>
            <p>
              Only a published framework in force can be withdrawn, and this one is{' '}
              {frameworkStatusLabels[framework.status].toLowerCase()}.
            </p>
          </CannotChange>
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <WithdrawalForm key={framework.id} framework={framework} reload={() => refetch()} />
    </>
  );
}
