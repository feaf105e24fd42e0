import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import type { MutationOutcome } from './outcome';

const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        ...UserDetails_user
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export type NewUser = {
  name: string;
  email: string;
  password: string;
  membership: { role: Role; organisationOdsCode: string | null; supplierId: string | null };
};

export const userPath = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

/**
 * Creates a user with a first membership, then opens their page with a notice. Lists of users
 * cached so far no longer hold everyone, so they go and are fetched again when next shown.
 */
export function useCreateUserMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(CREATE_USER_MUTATION);

  async function createUser(user: NewUser): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: {
          input: {
            name: user.name.trim(),
            email: user.email.trim(),
            password: user.password,
            memberships: [user.membership],
          },
        },
        update: (cache, { data }) => {
          if (!data?.createUser.user) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
          cache.gc();
        },
      });
      payload = data?.createUser;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.user) return { kind: 'refused', userErrors: payload.userErrors };

    const path = userPath(payload.user.id);
    notify({ kind: 'success', text: `${payload.user.name} has been created.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [createUser, { loading }] as const;
}
