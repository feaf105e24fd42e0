import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useGoWithNotice } from '../../../shared/notices/notices';

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
  const goWithNotice = useGoWithNotice();
  const [mutate, { loading }] = useMutation(CREATE_USER_MUTATION);

  async function createUser(user: NewUser): Promise<MutationOutcome> {
    const answer = await answerOf(
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
    );
    if (answer.kind !== 'saved') return answer;
    await goWithNotice(userPath(answer.saved.id), `${answer.saved.name} has been created.`);
    return { kind: 'done' };
  }

  return [createUser, { loading }] as const;
}
