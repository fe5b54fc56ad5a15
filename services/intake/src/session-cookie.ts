import { timingSafeEqual } from 'node:crypto';
import { csrfTokenFor, tokenShape } from '@caseflow/people';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'caseflow_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionSettings {
  /** A session unused this long ends. */
  idleSeconds: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteSeconds: number;
  /** `auto`: Secure when the request came over TLS; `always`: behind a TLS-terminating proxy. */
  secureCookie: 'auto' | 'always';
}

export const defaultSessionSettings: SessionSettings = { idleSeconds: 2 * 3600, absoluteSeconds: 12 * 3600, secureCookie: 'auto' };

/** The session id from the Cookie header, when it has the shape of one (anything else is no session). */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    const token = value.join('=');
    if (name === SESSION_COOKIE && tokenShape.test(token)) return token;
  }
  return undefined;
}

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site subrequests and
 * form posts), Path=/ and no Domain (this host only), Secure over TLS. Max-Age is the
 * absolute lifetime; the idle limit is kept server-side.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, settings: SessionSettings): void {
  const secure = settings.secureCookie === 'always' || request.protocol === 'https';
  reply.header('set-cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${settings.absoluteSeconds}${secure ? '; Secure' : ''}`);
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
}

/** The CSRF header matches the session's token (constant-time). */
export function csrfTokenMatches(request: FastifyRequest, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
