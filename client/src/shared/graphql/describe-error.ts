import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/**
 * What went wrong with a request, in terms the page can act on: input the server refused (show its
 * messages, the person can change what they asked for) or anything else (the service is unavailable).
 */
export type RequestProblem = { kind: 'bad-input'; messages: string[] } | { kind: 'unavailable' };

const isBadInput = (error: GraphQLFormattedError) => error.extensions?.['code'] === 'BAD_USER_INPUT';

function badInputMessages(errors: readonly GraphQLFormattedError[]): string[] {
  return errors.filter(isBadInput).map((error) => error.message);
}

// Apollo Server answers variable coercion errors with HTTP 400, which Apollo Client reports as a
// ServerError; the GraphQL errors are still in the body.
function errorsInBody(bodyText: string): GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
      return body.errors as GraphQLFormattedError[];
    }
  } catch {
    // not JSON: a proxy or gateway error page
  }
  return [];
}

/** The GraphQL errors a failed request carries, whether it came back 200 or 4xx. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error) && error.statusCode >= 400 && error.statusCode < 500) {
    return errorsInBody(error.bodyText);
  }
  return [];
}

export function describeError(error: unknown): RequestProblem {
  const errors = graphQLErrorsOf(error);
  const messages = badInputMessages(errors);
  return messages.length > 0 ? { kind: 'bad-input', messages } : { kind: 'unavailable' };
}

/**
 * Runs a query again from a "Try again" button. A failure shows through the query's own `error`,
 * so the rejected promise is settled here rather than left to the console as an unhandled rejection.
 */
export function retry(refetch: () => Promise<unknown>): void {
  refetch().catch(() => undefined);
}
