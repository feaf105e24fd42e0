import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { NoAccess } from '../../identity/components/access';
import { CannotChange, FrameworkForm } from '../components/access';
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
  return (
    <FrameworkForm
      reference={reference}
      query={query}
      what="framework"
      usable={(framework) => framework.viewerCanAmend}
      refusal={(framework) =>
        framework.status === 'PUBLISHED' ? (
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
        )
      }
    >
      {(framework) => (
        <AmendmentForm key={framework.id} framework={framework} reload={() => query.refetch()} />
      )}
    </FrameworkForm>
  );
}
