import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'concord_session';

/** A new random token for a cookie (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored: the token's SHA-256, so the database alone cannot be used to sign in. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
