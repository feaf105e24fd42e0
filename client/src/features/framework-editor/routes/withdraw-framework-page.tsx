import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { NoAccess } from '../../identity/components/access';
import { CannotChange, FrameworkForm } from '../components/access';
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
  return (
    <FrameworkForm
      reference={reference}
      query={query}
      what="framework"
      usable={(framework) => framework.viewerCanAmend}
      refusal={(framework) =>
        framework.status === 'PUBLISHED' ? (
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
        )
      }
    >
      {(framework) => (
        <WithdrawalForm key={framework.id} framework={framework} reload={() => query.refetch()} />
      )}
    </FrameworkForm>
  );
}
