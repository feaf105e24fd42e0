import { useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { useNotify } from '../../../shared/notices/notices';
import { SERVICE_PROBLEM } from './outcome';

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

/**
 * Stops the user signing in (the server ends their sessions). The user's status changes wherever it shows (the cache
 * normalises users by id); lists filtered by status are dropped, to be fetched again when shown.
 */
export function useDeactivateUserMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(DEACTIVATE_USER_MUTATION);

  async function deactivateUser(userId: string): Promise<void> {
    const problem = (text: string) => notify({ kind: 'important', text, path: pathname });
    let payload;
    try {
      const { data } = await mutate({
        variables: { input: { userId } },
        update: (cache, { data }) => {
          if (!data?.deactivateUser.user) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
          cache.gc();
        },
      });
      payload = data?.deactivateUser;
    } catch {
      return problem(SERVICE_PROBLEM);
    }
    if (!payload?.user) return problem(payload?.userErrors[0]?.message ?? SERVICE_PROBLEM);
    notify({ kind: 'success', text: `${payload.user.name} can no longer sign in.`, path: pathname });
  }

  return [deactivateUser, { loading }] as const;
}
