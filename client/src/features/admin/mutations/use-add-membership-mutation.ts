import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { membershipLabel } from '../../../shared/labels/roles';
import { useNotify } from '../../../shared/notices/notices';
import type { MutationOutcome } from './outcome';

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
    let payload;
    try {
      const { data } = await mutate({
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
      });
      payload = data?.addMembership;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.membership) return { kind: 'refused', userErrors: payload.userErrors };
    notify({ kind: 'success', text: `Added ${membershipLabel(payload.membership)}.`, path: pathname });
    return { kind: 'done' };
  }

  return [addMembership, { loading }] as const;
}
