import type { Answer } from '../../../shared/graphql/mutation';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** Why an action taken from a page (not a form) did nothing, for the notice: the server's first reason. */
export function problemText(answer: Exclude<Answer<unknown>, { kind: 'saved' }>): string {
  return (answer.kind === 'refused' && answer.userErrors[0]?.message) || SERVICE_PROBLEM;
}
