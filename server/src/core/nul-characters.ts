import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/** Where the first NUL character is in a value, as a path (`input.lines.0.reference`); null if none. */
export function nulPath(value: unknown, at: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${at}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, at ? `${at}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function literalWithNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

/**
 * Refuses text containing the NUL character (U+0000) before anything runs: PostgreSQL cannot store
 * it, so it would otherwise fail deep in a save as an internal error. No one types it; a file or a
 * script can send it. The answer is BAD_USER_INPUT naming the variable that holds it.
 */
export const refuseNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const at = nulPath(request.variables ?? {}, '');
        if (at || literalWithNul(document)) {
          throw new GraphQLError(
            `Text cannot contain the NUL character (U+0000)${at ? `: it is in ${at}` : ''}. Remove it and send again.`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        }
      },
    };
  },
};
