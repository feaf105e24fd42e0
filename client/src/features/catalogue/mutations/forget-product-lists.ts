import type { ApolloCache } from '@apollo/client';
import { forgetLists } from '../../../shared/graphql/mutation';

/**
 * After a product is added or changed: lists of products may have gained or lost it (a new name or
 * category moves it in or out of a search), and so has its supplier's list, which is sorted by name.
 */
export function forgetProductLists(cache: ApolloCache, supplierId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Supplier', id: supplierId }), fieldName: 'products' });
  forgetLists(cache, 'products');
}
