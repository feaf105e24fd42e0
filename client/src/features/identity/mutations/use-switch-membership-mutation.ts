import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { membershipLabel } from '../../../shared/labels/roles';
import { useNotify } from '../../../shared/notices/notices';
import { forgetPreviousIdentity, writeViewer } from '../viewer';

const SWITCH_MEMBERSHIP_MUTATION = graphql(`
  mutation SwitchMembership($input: SwitchMembershipInput!) {
    switchMembership(input: $input) {
      me {
        activeMembership {
          id
          role
          organisation {
            id
            name
          }
          supplier {
            id
            name
          }
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

const isUnauthenticated = (error: unknown) =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED');

/**
 * Acts in another membership: the header shows it at once, what the page showed for the previous
 * membership is fetched again for the new one, and a notice says what changed.
 */
export function useSwitchMembershipMutation() {
  const client = useApolloClient();
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(SWITCH_MEMBERSHIP_MUTATION);

  async function switchMembership(membershipId: string): Promise<void> {
    const problem = (text: string) => notify({ kind: 'important', text, path: pathname });
    let payload;
    try {
      const { data } = await mutate({
        variables: { input: { membershipId } },
        update: (cache, { data }) => {
          if (data?.switchMembership.me) writeViewer(cache, data.switchMembership.me);
        },
      });
      payload = data?.switchMembership;
    } catch (error) {
      if (isUnauthenticated(error)) {
        // The session ended (idle or too old) since the page loaded: show the visitor they are.
        writeViewer(client.cache, null);
        await forgetPreviousIdentity(client);
        problem('Your session has ended. Sign in again to continue.');
      } else {
        problem('Sorry, there is a problem with the service. Try again later.');
      }
      return;
    }
    const active = payload?.me?.activeMembership;
    if (!payload?.me || !active) {
      problem(
        payload?.userErrors[0]?.message ?? 'Sorry, there is a problem with the service. Try again later.',
      );
      return;
    }
    await forgetPreviousIdentity(client);
    notify({ kind: 'success', text: `Switched to ${membershipLabel(active)}.`, path: pathname });
  }

  return [switchMembership, { loading }] as const;
}
