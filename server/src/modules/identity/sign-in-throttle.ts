import type { EntityManager } from '@mikro-orm/sql';
import { SignInThrottle } from './sign-in-throttle.entity.js';

/**
 * Failures allowed before waiting starts; then each failure doubles the wait, up to the cap.
 * An address gets more: a whole trust may reach Concord through one NAT address.
 */
export const FREE_FAILURES = { email: 5, ip: 25 } as const;
const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 15 * 60_000;

export const throttleKeys = (email: string, ipAddress: string | null) =>
  [`email:${email}`, ...(ipAddress ? [`ip:${ipAddress}`] : [])] as const;

/** Seconds until another attempt is allowed for any of the keys, or 0. */
export async function secondsBlocked(
  em: EntityManager,
  keys: readonly string[],
  now = new Date(),
): Promise<number> {
  const rows = await em.find(SignInThrottle, { key: { $in: [...keys] }, blockedUntil: { $gt: now } });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export async function recordFailure(
  em: EntityManager,
  keys: readonly string[],
  now = new Date(),
): Promise<void> {
  for (const key of keys) {
    const row =
      (await em.findOne(SignInThrottle, { key })) ?? em.create(SignInThrottle, { key, lastFailureAt: now });
    row.failures += 1;
    row.lastFailureAt = now;
    const free = key.startsWith('ip:') ? FREE_FAILURES.ip : FREE_FAILURES.email;
    if (row.failures >= free) {
      const wait = Math.min(FIRST_WAIT_MS * 2 ** (row.failures - free), MAX_WAIT_MS);
      row.blockedUntil = new Date(now.getTime() + wait);
    }
  }
}

/** A success clears the account's count (not the address's: one good password must not unlock guessing others). */
export async function recordSuccess(em: EntityManager, email: string): Promise<void> {
  await em.nativeDelete(SignInThrottle, { key: `email:${email}` });
}
