import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { useNotify } from '../../../shared/notices/notices';
import { SERVICE_PROBLEM } from './outcome';

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
 * Lets a deactivated user sign in again. The user's status changes wherever it shows (the cache
 * normalises users by id); lists filtered by status are dropped, to be fetched again when shown.
 */
export function useReactivateUserMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(REACTIVATE_USER_MUTATION);

  async function reactivateUser(userId: string): Promise<void> {
    const problem = (text: string) => notify({ kind: 'important', text, path: pathname });
    let payload;
    try {
      const { data } = await mutate({
        variables: { input: { userId } },
        update: (cache, { data }) => {
          if (!data?.reactivateUser.user) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
          cache.gc();
        },
      });
      payload = data?.reactivateUser;
    } catch {
      return problem(SERVICE_PROBLEM);
    }
    if (!payload?.user) return problem(payload?.userErrors[0]?.message ?? SERVICE_PROBLEM);
    notify({ kind: 'success', text: `${payload.user.name} can sign in again.`, path: pathname });
  }

  return [reactivateUser, { loading }] as const;
}
