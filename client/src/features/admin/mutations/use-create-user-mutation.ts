import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { forgetLists, useSaveThenShow } from '../../../shared/graphql/mutation';

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
  const saveThenShow = useSaveThenShow();
  const [mutate, { loading }] = useMutation(CREATE_USER_MUTATION);
  const createUser = (user: NewUser) =>
    saveThenShow(
      mutate({
        variables: {
          input: {
            name: user.name.trim(),
            email: user.email.trim(),
            password: user.password,
            memberships: [user.membership],
          },
        },
        update: (cache, { data }) => {
          if (data?.createUser.user) forgetLists(cache, 'users');
        },
      }).then(({ data }) => data?.createUser),
      (payload) => payload.user,
      (created) => ({ path: userPath(created.id), notice: `${created.name} has been created.` }),
    );
  return [createUser, { loading }] as const;
}
