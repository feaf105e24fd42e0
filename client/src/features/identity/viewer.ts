import type { ApolloCache, ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ViewerQuery } from '../../gql/graphql';

/**
 * The page frame's one query for the signed-in user: the header's account area declares what it
 * shows. Every mutation that changes who is signed in selects the same fragment, so its answer can
 * take the place of the cached one without asking the server again. (Spread directly, not through
 * a fragment of fragments: the server's depth limit counts each spread as two levels.)
 */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    me {
      ...AccountNavigation_me
      ...SiteMenu_me
      ...RequireRight_me
    }
  }
`);

export type Viewer = ViewerQuery['me'];

/**
 * The signed-in user (null for an anonymous visitor), or undefined until the server has said.
 * Cache-first: sign in, switch and sign out write their answer here, so it never lags behind.
 */
export function useViewer(): Viewer | undefined {
  const { data, previousData } = useQuery(VIEWER_QUERY);
  // While the query runs again after the store is reset, the last answer (already the new
  // identity, written by the mutation) stays in place of an empty header.
  return (data ?? previousData)?.me;
}

/** Puts who is now signed in (or null) in the cache: the header changes at once. */
export function writeViewer(cache: ApolloCache, me: Viewer): void {
  cache.writeQuery({ query: VIEWER_QUERY, data: { me } });
}

/**
 * After the person signed in, out or into another membership: everything cached was fetched as
 * someone else, so it goes. `resetStore` also drops requests still in flight (their answers belong
 * to the old identity) and fetches what is on screen again. A failed refetch shows in its query.
 */
export async function forgetPreviousIdentity(client: ApolloClient): Promise<void> {
  await client.resetStore().catch(() => undefined);
}
