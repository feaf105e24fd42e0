import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DATABASE_UNAVAILABLE_ERROR, isDatabaseUnavailable } from './database-unavailable.js';

/** Codes of unexpected outcomes, sent as `extensions.code`. Expected outcomes are `userErrors`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A failure the domain anticipates; mapped once to a GraphQL error with its code. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Bad value of an argument (or a field of an input argument), named in `extensions.argument`. */
export function badInput(argument: string, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { argument });
}

// graphql-js reports literal argument values of the wrong type as validation errors; to a
// caller they are bad input like any other, so they get the same code.
const badValueMessages = [
  /^Value ".*" does not exist in ".*" enum/,
  /^Enum ".*" cannot represent/,
  /^Expected value of type ".*", found/,
  /^Field ".*" is not defined by type ".*"/,
  /^Field ".*" of required type ".*" was not provided/,
  /^Int cannot represent/,
  /^String cannot represent/,
];

export function createErrorFormatter(options: {
  isProduction: boolean;
  onInternal: (error: unknown) => void;
  /** The database could not be reached: an outage to log, not a bug. */
  onUnavailable: (error: unknown) => void;
}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...original.details },
      };
    }
    if (isDatabaseUnavailable(original)) {
      options.onUnavailable(original);
      return DATABASE_UNAVAILABLE_ERROR;
    }
    const code = formatted.extensions?.['code'];
    if (code === 'GRAPHQL_VALIDATION_FAILED' && badValueMessages.some((re) => re.test(formatted.message))) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    // graphql-js stops coercing variables after 50 bad values and says so in an error of its own,
    // without a code: as much bad input as the 50 before it.
    if (/^Too many errors processing variables/.test(formatted.message)) {
      return withoutStacktrace(
        { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } },
        options.isProduction,
      );
    }
    if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
      return withoutStacktrace(formatted, options.isProduction);
    }
    options.onInternal(original);
    if (options.isProduction) {
      return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError, isProduction: boolean): GraphQLFormattedError {
  if (!isProduction || !formatted.extensions?.['stacktrace']) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
