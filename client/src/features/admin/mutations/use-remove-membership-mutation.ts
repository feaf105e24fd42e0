import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { answerOf } from '../../../shared/graphql/mutation';
import { membershipLabel, type LabelledMembership } from '../../../shared/labels/roles';
import { useNotify } from '../../../shared/notices/notices';
import { problemText } from './outcome';

const REMOVE_MEMBERSHIP_MUTATION = graphql(`
  mutation RemoveMembership($input: RemoveMembershipInput!) {
    removeMembership(input: $input) {
      removedMembershipId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Removes a membership: it leaves the cache (and so every list showing it), and a notice says so. */
export function useRemoveMembershipMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(REMOVE_MEMBERSHIP_MUTATION);

  async function removeMembership(membership: LabelledMembership & { id: string }): Promise<void> {
    const problem = (text: string) => notify({ kind: 'important', text, path: pathname });
    const answer = await answerOf(
      mutate({
        variables: { input: { membershipId: membership.id } },
        update: (cache, { data }) => {
          const removed = data?.removeMembership.removedMembershipId;
          if (!removed) return;
          // Evicting the membership leaves dangling references, which Apollo drops from lists.
          cache.evict({ id: cache.identify({ __typename: 'Membership', id: removed }) });
          cache.gc();
        },
      }).then(({ data }) => data?.removeMembership),
      (payload) => payload.removedMembershipId,
    );
    if (answer.kind !== 'saved') return problem(problemText(answer));
    notify({ kind: 'success', text: `Removed ${membershipLabel(membership)}.`, path: pathname });
  }

  return [removeMembership, { loading }] as const;
}
