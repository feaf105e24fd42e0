import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { answerOf, type UserErrorLike } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';
import type { SignInValues } from '../sign-in-form';
import { forgetPreviousIdentity, writeViewer } from '../viewer';

const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        user {
          id
          name
        }
        ...AccountNavigation_me
        ...SiteMenu_me
        ...RequireRight_me
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export type SignInOutcome =
  | { kind: 'signed-in' }
  /** The server said no, in its own words (wrong credentials, too many attempts). */
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  /** No answer, or an unexpected one: the service has a problem. */
  | { kind: 'unavailable' };

const pathOf = (location: string) => location.replace(/[?#].*$/, '');

/**
 * Signs in, puts the new user in the cache for the header, drops what was cached for the anonymous
 * visitor and takes the person to `returnTo` (already checked to be local) with a notice.
 */
export function useSignInMutation() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(SIGN_IN_MUTATION);

  async function signIn(values: SignInValues, returnTo: string): Promise<SignInOutcome> {
    const answer = await answerOf(
      mutate({
        variables: { input: { email: values.email.trim(), password: values.password } },
        update: (cache, { data }) => {
          if (data?.signIn.me) writeViewer(cache, data.signIn.me);
        },
      }).then(({ data }) => data?.signIn),
      (payload) => payload.me,
    );
    if (answer.kind !== 'saved') return answer;

    notify({
      kind: 'success',
      text: `You are signed in as ${answer.saved.user.name}.`,
      path: pathOf(returnTo),
    });
    // Leave the sign-in page as soon as the header shows the new user; then refetch what the page
    // holds as that user. (Waiting for the refetch first left a window where the header already
    // offered the new user's actions on the old page.)
    await navigate(returnTo, { replace: true });
    await forgetPreviousIdentity(client);
    return { kind: 'signed-in' };
  }

  return [signIn, { loading }] as const;
}
