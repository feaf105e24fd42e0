import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldFunctionOptions,
  type StoreObject,
} from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';
import persistedQueryIds from 'virtual:persisted-query-ids';
import { serviceNoticeLink } from './service-notice';

/**
 * A price's volume bands: a list of objects with no identity, which the cache would replace whole.
 * Each band is merged with the one at its place before (its unit price too), so an answer that asked
 * for fewer of their fields (`amount` but not `currency`) does not take the others from the pages
 * that asked for them. A band that is new keeps only what it came with.
 */
function mergeBands(
  existing: readonly StoreObject[] | null | undefined,
  incoming: readonly StoreObject[] | null,
  { mergeObjects }: FieldFunctionOptions,
): readonly StoreObject[] | null {
  if (!existing || !incoming) return incoming;
  return incoming.map((band, index) => {
    const before = existing[index];
    if (!before) return band;
    const unitPrice = mergeObjects(before['unitPrice'] as StoreObject, band['unitPrice'] as StoreObject);
    return { ...mergeObjects(before, band), unitPrice };
  });
}

/**
 * The cache normalises by stable identity. Organisations by `id`, not `odsCode`: a body with a
 * local CC- code keeps its id when ODS later confirms a real code. Regions and ICBs are ODS
 * reference data whose code is their identity and who have no `id`. Users and memberships by
 * their `id` (the default), so a change to either shows wherever it appears. `Me` is the one
 * signed-in user: a singleton, so any answer that includes it updates the header.
 *
 * Amounts (`Money`) have no identity: a price's ceiling is replaced whole when a page fetches it
 * again, and pages ask for different fields of it (the editor for `currency` too), so old and new
 * are merged rather than one losing what the other asked for. Volume bands (`PriceTier`) only come
 * in lists, merged band by band (`mergeBands`). `PriceQuote` is worked out in the browser, never
 * fetched, so it needs nothing.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Organisation: { keyFields: ['id'] },
      Region: { keyFields: ['code'] },
      Icb: { keyFields: ['code'] },
      Me: { keyFields: [] },
      Money: { merge: true },
      CataloguePrice: { fields: { tiers: { merge: mergeBands } } },
    },
  });
}

/**
 * A built app sends each operation's id from the persisted query manifest, never its text: in
 * production the server runs nothing else for a browser (trusted documents). An id the server does
 * not know means the app changed since this page loaded; where trusted documents are required (as
 * in production) its text would be refused too, so the link does not retry, and the page says to
 * reload. `pnpm dev` sends text, so operations can change without building a manifest.
 */
export function persistedQueryLink(): ApolloLink {
  return new PersistedQueryLink({
    ...generatePersistedQueryIdsFromManifest({ loadManifest: () => persistedQueryIds }),
    retry: () => false,
  });
}

export function createApolloClient(): ApolloClient {
  // Same origin in production (one process serves both) and through Vite's proxy in development.
  const http = new HttpLink({ uri: '/graphql' });
  return new ApolloClient({
    link: ApolloLink.from([
      serviceNoticeLink(),
      ...(import.meta.env.PROD ? [persistedQueryLink()] : []),
      http,
    ]),
    cache: createCache(),
  });
}
