import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { answerOf, forgetLists } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';
import { problemText } from './outcome';

const DEACTIVATE_USER_MUTATION = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      user {
        id
        name
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const REACTIVATE_USER_MUTATION = graphql(`
  mutation ReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      user {
        id
        name
        active
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
 * Deactivates a user (the server ends their sessions) or lets them sign in again. The user's status
 * changes wherever it shows (the cache normalises users by id); lists filtered by status are
 * dropped, to be fetched again when shown.
 */
export function useSetUserActiveMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [deactivate, deactivating] = useMutation(DEACTIVATE_USER_MUTATION);
  const [reactivate, reactivating] = useMutation(REACTIVATE_USER_MUTATION);

  async function setUserActive(userId: string, active: boolean): Promise<void> {
    const problem = (text: string) => notify({ kind: 'important', text, path: pathname });
    const options = {
      variables: { input: { userId } },
      update: (cache: ApolloCache) => forgetLists(cache, 'users'),
    };
    const answer = await answerOf(
      active
        ? reactivate(options).then(({ data }) => data?.reactivateUser)
        : deactivate(options).then(({ data }) => data?.deactivateUser),
      (payload) => payload.user,
    );
    if (answer.kind !== 'saved') return problem(problemText(answer));
    const { name } = answer.saved;
    const text = active ? `${name} can sign in again.` : `${name} can no longer sign in.`;
    notify({ kind: 'success', text, path: pathname });
  }

  return [setUserActive, { loading: deactivating.loading || reactivating.loading }] as const;
}
