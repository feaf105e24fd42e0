import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The cache normalises by stable identity. Organisations by `id`, not `odsCode`: a body with a
 * local CC- code keeps its id when ODS later confirms a real code. Regions and ICBs are ODS
 * reference data whose code is their identity and who have no `id`. Users and memberships by
 * their `id` (the default), so a change to either shows wherever it appears. `Me` is the one
 * signed-in user: a singleton, so any answer that includes it updates the header.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Organisation: { keyFields: ['id'] },
      Region: { keyFields: ['code'] },
      Icb: { keyFields: ['code'] },
      Me: { keyFields: [] },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin in production (one process serves both) and through Vite's proxy in development.
    link: new HttpLink({ uri: '/graphql' }),
    cache: createCache(),
  });
}
