import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AcceptDeclarationLocallyInput } from '../../../gql/graphql';
import { useLocation } from 'react-router';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';

const ACCEPT_DECLARATION_LOCALLY_MUTATION = graphql(`
  mutation AcceptDeclarationLocally($input: AcceptDeclarationLocallyInput!) {
    acceptDeclarationLocally(input: $input) {
      acceptance {
        id
        ...LocalAcceptances_acceptances
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * Records the viewer's trust's acceptance of a product declaration. The new acceptance joins the
 * cached declaration's list, so its page (which stays open) shows it at once, with a notice.
 */
export function useAcceptDeclarationLocallyMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(ACCEPT_DECLARATION_LOCALLY_MUTATION);
  async function acceptDeclarationLocally(input: AcceptDeclarationLocallyInput): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          const acceptance = data?.acceptDeclarationLocally.acceptance;
          if (!acceptance) return;
          const accepted = cache.identify(acceptance);
          cache.modify({
            id: cache.identify({ __typename: 'ComplianceDeclaration', id: String(input.declarationId) }),
            fields: {
              localAcceptances: (existing: readonly Reference[] = [], { toReference }) => {
                const reference = accepted ? toReference(accepted) : undefined;
                return reference && !existing.some((each) => each.__ref === reference.__ref)
                  ? [...existing, reference]
                  : existing;
              },
            },
          });
        },
      }).then(({ data }) => data?.acceptDeclarationLocally),
      (payload) => payload.acceptance,
    );
    if (answer.kind !== 'saved') return answer;
    notify({
      kind: 'success',
      text: `${answer.saved.organisation.name}’s acceptance of this declaration has been recorded.`,
      path: pathname,
    });
    return { kind: 'done' };
  }
  return [acceptDeclarationLocally, { loading }] as const;
}
