import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clearLoginFailures, type Db, findAgentById, findAgentLogin, insertSession, loginLockedUntil, recordLoginFailure, revokeSession } from '@caseflow/db';
import { csrfTokenFor, decoyHash, generateToken, hashToken, verifyPassword } from '@caseflow/people';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import '../scopes';
import { ApiError } from '../errors';
import { clearSessionCookie, type SessionSettings, setSessionCookie } from '../session-cookie';
import { ErrorBody } from '../schemas';
import { SessionAnswer, SignInBody } from './agent-schemas';

export interface SessionRoutesOptions {
  db: Db;
  sessions: SessionSettings;
  /** Wrong passwords in a row before the e-mail is locked, and for how long. */
  lockout: { maxFailures: number; lockSeconds: number };
}

/** The same answer for an unknown e-mail, a wrong password, a disabled agent and one without a password yet. */
const wrongCredentials = () => new ApiError(401, 'invalid_credentials', 'the e-mail or the password is wrong');

function lockedOut(reply: FastifyReply, until: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  reply.header('retry-after', String(seconds));
  return new ApiError(429, 'sign_in_locked', 'too many wrong passwords for this e-mail: try again after the Retry-After header\'s seconds', { retryAfterSeconds: seconds });
}

/**
 * POST /v1/session signs in with e-mail and password (cookie + CSRF token), GET answers who
 * is signed in, DELETE signs out (the session is revoked server-side at once).
 */
export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRoutesOptions> = async (app, { db, sessions, lockout }) => {
  app.post(
    '/session',
    { config: { scope: 'public' }, schema: { summary: 'Sign in (sets the session cookie)', body: SignInBody, response: { 200: SessionAnswer, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const locked = await loginLockedUntil(db, email);
      if (locked !== null) throw lockedOut(reply, locked);
      const login = await findAgentLogin(db, email);
      // Always one scrypt, against the decoy when there is no hash: the time says nothing.
      const matches = await verifyPassword(password, login?.passwordHash ?? (await decoyHash()));
      if (login === undefined || login.passwordHash === null || !matches || login.disabled) {
        const lockedNow = await recordLoginFailure(db, email, lockout);
        throw lockedNow === null ? wrongCredentials() : lockedOut(reply, lockedNow);
      }
      await clearLoginFailures(db, email);
      const session = generateToken();
      await insertSession(db, { idHash: session.hash, agentId: login.id, expiresAt: new Date(Date.now() + sessions.absoluteSeconds * 1000) });
      const agent = await findAgentById(db, login.id);
      if (agent === undefined) throw wrongCredentials();
      setSessionCookie(request, reply, session.token, sessions);
      return { agent, csrfToken: csrfTokenFor(session.token) };
    },
  );

  app.get('/session', { config: { scope: 'session' }, schema: { summary: 'The signed-in agent', response: { 200: SessionAnswer, 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    const principal = request.principal;
    const agent = principal?.kind === 'agent' ? await findAgentById(db, principal.id) : undefined;
    if (principal?.kind !== 'agent' || agent === undefined) throw new ApiError(401, 'session_expired', 'no session');
    return { agent, csrfToken: csrfTokenFor(principal.sessionToken) };
  });

  app.delete('/session', { config: { scope: 'session' }, schema: { summary: 'Sign out', response: { 204: Type.Null(), 401: ErrorBody, 403: ErrorBody } } }, async (request, reply) => {
    if (request.principal?.kind === 'agent') await revokeSession(db, hashToken(request.principal.sessionToken));
    clearSessionCookie(reply);
    return reply.status(204).send(null);
  });
};
