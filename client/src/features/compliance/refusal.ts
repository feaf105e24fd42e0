import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * Whether the server refused the request because the viewer may not see what it asked for
 * (`extensions.code` FORBIDDEN): a page says so in words rather than "try again later".
 */
export const isForbidden = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((problem) => problem.extensions?.['code'] === 'FORBIDDEN');
