import type { UserErrorLike } from '../form-state';

/** What became of a catalogue mutation, for the form that asked. */
export type MutationOutcome =
  | { kind: 'done' }
  /** The server said no, in its own words; `field` says where. */
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  /** No answer, or an unexpected one: the service has a problem. */
  | { kind: 'unavailable' };
