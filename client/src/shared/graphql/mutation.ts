import type { ApolloCache } from '@apollo/client';
import { useGoWithNotice } from '../notices/notices';

/** A `UserError` as every payload selects it: `field` is the path of the input at fault, if any. */
export type UserErrorLike = { code: string; field: readonly string[] | null; message: string };

/**
 * What became of a mutation, for the form that asked: done (with whatever the form needs from the
 * answer, `T`); refused by the server, in its own words; or no usable answer (the service has a
 * problem).
 */
export type MutationOutcome<T extends object = Record<never, never>> =
  | ({ kind: 'done' } & T)
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  | { kind: 'unavailable' };

/** A payload's answer: the record it saved, or why not. */
export type Answer<R> =
  | { kind: 'saved'; saved: R }
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  | { kind: 'unavailable' };

/**
 * Waits for a mutation's payload and sorts it: `saved` picks the record out of it (null when the
 * server refused, and then its `userErrors` say why); a failed request or an empty answer is
 * `unavailable`. Every mutation hook starts from this, then updates the cache and tells the person.
 */
export async function answerOf<P extends { userErrors: readonly UserErrorLike[] }, R>(
  payload: Promise<P | null | undefined>,
  saved: (payload: P) => R | null | undefined,
): Promise<Answer<R>> {
  let answer: P | null | undefined;
  try {
    answer = await payload;
  } catch {
    return { kind: 'unavailable' };
  }
  if (!answer) return { kind: 'unavailable' };
  const record = saved(answer);
  return record ? { kind: 'saved', saved: record } : { kind: 'refused', userErrors: answer.userErrors };
}

/**
 * Drops cached lists (root fields such as `suppliers`, every page and filter of them) that a change
 * may have made wrong, so they are fetched again when next shown; and whatever only they held.
 */
export function forgetLists(cache: ApolloCache, ...fieldNames: string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * The steps of every mutation that saves a record and then shows it: sort the payload (`answerOf`),
 * and once saved go to the record's page with a notice; otherwise hand the refusal or the failure
 * back to the form.
 */
export function useSaveThenShow() {
  const goWithNotice = useGoWithNotice();
  return async function saveThenShow<P extends { userErrors: readonly UserErrorLike[] }, R>(
    payload: Promise<P | null | undefined>,
    saved: (payload: P) => R | null | undefined,
    show: (record: R) => { path: string; notice: string },
  ): Promise<MutationOutcome> {
    const answer = await answerOf(payload, saved);
    if (answer.kind !== 'saved') return answer;
    const { path, notice } = show(answer.saved);
    await goWithNotice(path, notice);
    return { kind: 'done' };
  };
}
