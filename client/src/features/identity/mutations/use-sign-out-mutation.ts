import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { useNotify } from '../../../shared/notices/notices';
import { forgetPreviousIdentity, writeViewer } from '../viewer';

const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/**
 * Signs out: the header shows a visitor at once, the person lands on the home page with a notice,
 * and nothing fetched while they were signed in stays in the cache.
 */
export function useSignOutMutation() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const { pathname } = useLocation();
  const [mutate, { loading }] = useMutation(SIGN_OUT_MUTATION);

  async function signOut(): Promise<void> {
    try {
      await mutate({ update: (cache) => writeViewer(cache, null) });
    } catch {
      // The session cookie is HttpOnly: only the server can end it, so say it did not happen.
      notify({ kind: 'important', text: 'Sorry, you could not be signed out. Try again.', path: pathname });
      return;
    }
    notify({ kind: 'success', text: 'You have signed out.', path: '/' });
    // Leave the page first, so what it showed is not fetched again as a visitor: flushed, so the page
    // has gone (and its queries with it) before the store is reset.
    await navigate('/', { flushSync: true });
    await forgetPreviousIdentity(client);
  }

  return [signOut, { loading }] as const;
}
