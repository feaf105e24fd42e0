import type { UserErrorLike } from '../messages';

/** What became of a framework mutation, for the form that asked. */
export type MutationOutcome<T> =
  | { kind: 'done'; framework: T }
  /** The server said no, in its own words; each error's `field` says where. */
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  /** No answer, or an unexpected one: the service has a problem. */
  | { kind: 'unavailable' };

/** Where a framework's public page is: the catalogue's `/frameworks/:reference`. */
export const frameworkPath = (reference: string) => `/frameworks/${encodeURIComponent(reference)}`;

export const editPath = (reference: string) => `${frameworkPath(reference)}/edit`;
