import { createHash, randomBytes } from 'node:crypto';

/**
 * Session ids and invitation tokens: 32 random bytes, given out once; only their sha256 is
 * stored, so a leaked table opens nothing (random secrets need no slow hash).
 */
export function generateToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The CSRF token of a session: derived from the session id (which only the cookie holds,
 * httpOnly), so it needs no storage, is the same on every call for the same session, and
 * cannot be computed by a page that cannot read the cookie.
 */
export const csrfTokenFor = (sessionToken: string) => createHash('sha256').update(`caseflow.csrf.${sessionToken}`).digest('base64url');

export const tokenShape = /^[A-Za-z0-9_-]{43}$/;
