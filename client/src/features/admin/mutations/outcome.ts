import type { UserErrorLike } from '../user-form';

/** What became of an admin mutation, for the form that asked. */
export type MutationOutcome =
  | { kind: 'done' }
  /** The server said no, in its own words; `field` says where. */
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  /** No answer, or an unexpected one: the service has a problem. */
  | { kind: 'unavailable' };

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';
