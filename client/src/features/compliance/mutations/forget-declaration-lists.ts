import type { ApolloCache } from '@apollo/client';
import { forgetLists } from '../../../shared/graphql/mutation';

/**
 * After a declaration is made, replaced, verified or rejected: cached lists of declarations (the
 * verification queue, a subject's current declarations) and histories no longer say what is current
 * or where each stands, so they go, to be fetched again when next shown.
 */
export function forgetDeclarationLists(cache: ApolloCache): void {
  forgetLists(cache, 'declarations', 'declarationHistory');
}
