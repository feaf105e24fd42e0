import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes, 1 lane).
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified when the email is unknown, so a wrong email takes as long as a wrong password.
const decoy = hash('concord-decoy-password-never-valid');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
