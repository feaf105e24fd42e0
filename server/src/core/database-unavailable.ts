import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** What a person is told while the database cannot be reached: nothing of theirs was saved. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Concord cannot reach its database just now, so nothing was read or saved. Try again in a few seconds.';

/** Seconds a client is asked to wait before trying again (`Retry-After`). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The error every answer made while the database is away carries (GraphQL and the REST routes). */
export const DATABASE_UNAVAILABLE_ERROR = {
  message: DATABASE_UNAVAILABLE_MESSAGE,
  extensions: { code: 'SERVICE_UNAVAILABLE' },
} as const;

// PostgreSQL's classes for "cannot talk to me now": connection exceptions (08), the server shutting
// down or starting up (57P01–57P03), an idle session ended (57P05), too many connections (53300).
const POSTGRES_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '57P05',
  '53300',
]);
// The socket itself: refused, reset, timed out, unreachable.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres reports a dropped connection or a pool that could not connect in time by message
// only; its messages start so.
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^timeout exceeded when trying to connect/,
  /^Client was closed and is not queryable/,
];

/**
 * Whether an error (or any error it wraps) says the database could not be reached. A GraphQL error's
 * own words are not read (they may quote what the client sent), only the error it wraps.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 8; depth++) {
    if (e instanceof GraphQLError) {
      e = e.originalError;
      continue;
    }
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (POSTGRES_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((re) => re.test(message))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    const wrapper = e as { cause?: unknown; originalError?: unknown };
    e = wrapper.cause ?? wrapper.originalError;
  }
  return false;
}

/**
 * A GraphQL answer that failed because the database was away is a 503 with Retry-After, so that
 * clients and proxies treat it as the passing outage it is (the error formatter gives the words).
 */
export const databaseUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        if (!errors?.some((e) => isDatabaseUnavailable(unwrapResolverError(e)))) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      },
    };
  },
};

/** The error to answer with when the database is away before any operation ran (signing the request in). */
export function databaseUnavailableError(cause: unknown): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_ERROR.message, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      ...DATABASE_UNAVAILABLE_ERROR.extensions,
      http: {
        status: 503,
        headers: new HeaderMap([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]),
      },
    },
  });
}
