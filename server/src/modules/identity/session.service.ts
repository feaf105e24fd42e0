import type { EntityManager } from '@mikro-orm/sql';
import { anonymous, type Viewer } from '../../core/auth/viewer.js';
import type { Config } from '../../core/config.js';
import { ApiToken } from './api-token.entity.js';
import { Session } from './session.entity.js';
import { newToken, tokenHash } from './session-token.js';
import type { User } from './user.entity.js';

/** How often a busy session's `lastSeenAt` is written: often enough for idle expiry, no more. */
const TOUCH_EVERY_MS = 60_000;

export type SessionSettings = Config['session'];

export const idleDeadline = (session: Session, settings: SessionSettings) =>
  new Date(session.lastSeenAt.getTime() + settings.idleMinutes * 60_000);

/** The viewer a session cookie stands for: anonymous if it is missing, unknown, expired or its user is inactive. */
export async function viewerFromToken(
  em: EntityManager,
  token: string | undefined,
  settings: SessionSettings,
  now = new Date(),
): Promise<Viewer> {
  if (!token) return anonymous;
  const session = await em.findOne(
    Session,
    { tokenHash: tokenHash(token) },
    { populate: ['user', 'activeMembership'] },
  );
  if (!session) return anonymous;
  const user = session.user.getEntity();
  if (!user.active || session.expiresAt <= now || idleDeadline(session, settings) <= now) {
    await em.nativeDelete(Session, { tokenHash: session.tokenHash });
    return anonymous;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(Session, { tokenHash: session.tokenHash }, { lastSeenAt: now });
    session.lastSeenAt = now;
  }
  return {
    kind: 'user',
    user,
    membership: session.activeMembership?.getEntity() ?? null,
    session,
    token: null,
  };
}

/** Creates a session for `user` acting in their first membership; returns the cookie token. */
export function startSession(
  em: EntityManager,
  user: User,
  settings: SessionSettings,
  meta: { userAgent: string | null; ipAddress: string | null },
): { token: string; session: Session; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(Date.now() + settings.maxHours * 3_600_000);
  const first = user.memberships.getItems()[0] ?? null;
  const session = em.create(Session, {
    tokenHash: tokenHash(token),
    user,
    activeMembership: first,
    expiresAt,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
    ipAddress: meta.ipAddress,
  });
  return { token, session, expiresAt };
}

/**
 * The viewer an `Authorization: Bearer` token stands for, or null if the token is unknown, revoked
 * or its user inactive (the caller refuses the request: a bad token is never treated as anonymous).
 */
export async function viewerFromApiToken(
  em: EntityManager,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  const apiToken = await em.findOne(
    ApiToken,
    { tokenHash: tokenHash(token), revokedAt: null },
    { populate: ['user', 'membership'] },
  );
  if (!apiToken) return null;
  const user = apiToken.user.getEntity();
  if (!user.active) return null;
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    apiToken.lastUsedAt = now;
  }
  return { kind: 'user', user, membership: apiToken.membership.getEntity(), session: null, token: apiToken };
}
