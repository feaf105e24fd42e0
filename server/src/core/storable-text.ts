import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * Text PostgreSQL cannot store: the NUL character (U+0000), and half of a character (a UTF-16
 * surrogate without its pair, which no UTF-8 encodes; a `json` column refuses it outright). No one
 * types either; a script, a file or a cut in the wrong place makes them.
 */
export type UnstorableText = 'NUL' | 'HALF_CHARACTER';

export function unstorableIn(text: string): UnstorableText | null {
  if (text.includes('\u0000')) return 'NUL';
  return text.isWellFormed() ? null : 'HALF_CHARACTER';
}

/** The problem in words, to begin a sentence: "Text cannot contain …". */
export function describeUnstorable(problem: UnstorableText): string {
  return problem === 'NUL'
    ? 'Text cannot contain the NUL character (U+0000)'
    : 'Text cannot contain half of a character (a UTF-16 surrogate without its pair)';
}

/**
 * The first string in a value (or key of one of its objects) that holds unstorable text, with the
 * path to it (`['input', 'lines', '0', 'reference']`); null if there is none.
 */
export function findUnstorableText(
  value: unknown,
  at: string[] = [],
): { path: string[]; problem: UnstorableText } | null {
  if (typeof value === 'string') {
    const problem = unstorableIn(value);
    return problem ? { path: at, problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const inKey = unstorableIn(key);
    if (inKey) return { path: [...at, key], problem: inKey };
    const found = findUnstorableText(item, [...at, key]);
    if (found) return found;
  }
  return null;
}

/**
 * At most `max` UTF-16 code units of the text, never ending in half of a character: a cut that
 * would split a pair (an emoji, say) drops the whole character.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

function literalProblem(document: DocumentNode): UnstorableText | null {
  let found: UnstorableText | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ??= unstorableIn(node.value);
    },
  });
  return found;
}

/**
 * Refuses unstorable text in a request's variables or string literals before anything runs: it
 * would otherwise fail deep in a save as an internal error. The answer is BAD_USER_INPUT naming the
 * variable that holds it.
 */
export const refuseUnstorableText: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const inVariables = findUnstorableText(request.variables ?? {});
        const problem = inVariables?.problem ?? literalProblem(document);
        if (problem) {
          const where = inVariables ? `: it is in ${inVariables.path.join('.')}` : '';
          throw new GraphQLError(`${describeUnstorable(problem)}${where}. Remove it and send again.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
