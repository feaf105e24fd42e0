import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { answerOf, type MutationOutcome } from '../../../shared/graphql/mutation';
import { membershipLabel } from '../../../shared/labels/roles';
import { useNotify } from '../../../shared/notices/notices';

const ADD_MEMBERSHIP_MUTATION = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      membership {
        id
        role
        organisation {
          id
          name
          odsCode
        }
        supplier {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Grants a membership: it joins the user's memberships in the cache, and a notice says so. */
export function useAddMembershipMutation(userId: string) {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(ADD_MEMBERSHIP_MUTATION);

  async function addMembership(membership: {
    role: Role;
    organisationOdsCode: string | null;
    supplierId: string | null;
  }): Promise<MutationOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input: { userId, ...membership } },
        update: (cache, { data }) => {
          const membership = data?.addMembership.membership;
          if (!membership) return;
          cache.modify<{ memberships: readonly Reference[] }>({
            id: cache.identify({ __typename: 'User', id: userId }),
            fields: {
              memberships: (existing = [], { toReference }) => {
                const added = toReference(membership, true);
                return added ? [...existing, added] : existing;
              },
            },
          });
        },
      }).then(({ data }) => data?.addMembership),
      (payload) => payload.membership,
    );
    if (answer.kind !== 'saved') return answer;
    notify({ kind: 'success', text: `Added ${membershipLabel(answer.saved)}.`, path: pathname });
    return { kind: 'done' };
  }

  return [addMembership, { loading }] as const;
}
