import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { userError, type UserError } from './user-error.js';

export const staleVersion = (what: string): UserError =>
  userError(
    'STALE_VERSION',
    `This ${what} has changed since you loaded it (someone else saved it). Reload to see their changes, then make yours again.`,
    ['expectedRowVersion'],
  );

/**
 * Runs one change in one transaction. A concurrent edit (the version moved on) and a duplicate that
 * slipped past the checks become user errors instead of internal ones.
 */
export async function saveChange<T>(
  em: EntityManager,
  what: string,
  work: (tx: EntityManager) => Promise<T>,
  duplicate: UserError = userError(
    'CONFLICT',
    'The change clashes with a record saved at the same time: reload and try again.',
  ),
): Promise<{ saved: T; userErrors: [] } | { saved: null; userErrors: UserError[] }> {
  try {
    return { saved: await em.transactional(work), userErrors: [] };
  } catch (error) {
    if (error instanceof OptimisticLockError) return { saved: null, userErrors: [staleVersion(what)] };
    if (error instanceof UniqueConstraintViolationException) return { saved: null, userErrors: [duplicate] };
    throw error;
  }
}
