import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { webhookPayloadVersion } from '@caseflow/contracts';
import { type AddressPolicy, DestinationRefused, pinnedLookup, type Resolver, systemResolver, vettedAddresses } from '@caseflow/net-guard';
import { signatureHeaderValue } from '@caseflow/webhook-signature';

export interface PostResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
  /** False for answers that retrying cannot change (4xx other than 408 and 429). */
  retryable: boolean;
  /** The receiver's Retry-After, in ms, when it sent one. */
  retryAfterMs: number | null;
}

export interface SignedPost {
  url: string;
  body: string;
  eventType: string;
  eventId: string;
  /** Current secret first; during a rotation's grace the previous one too (one v1 entry each). */
  secrets: readonly string[];
  timeoutMs: number;
  /** Which addresses the POST may connect to (WEBHOOK_ALLOW_PRIVATE). */
  destinations: AddressPolicy;
  /** How the host is resolved at delivery time; the system resolver unless a test brings its own. */
  resolve?: Resolver;
  now?: () => number;
}

interface Answer {
  status: number;
  retryAfter: string | null;
}

/**
 * One signed POST of an event to one subscriber; never throws, never follows a redirect.
 * The host is resolved here, each address judged, and the socket connects only to the
 * addresses that passed (a pinned `lookup`), so no later resolution can swap in another.
 * A refused destination is a final failure: retrying cannot make it allowed.
 */
export async function postEvent({ url, body, eventType, eventId, secrets, timeoutMs, destinations, resolve = systemResolver, now = Date.now }: SignedPost): Promise<PostResult> {
  const started = performance.now();
  const timestamp = Math.floor(now() / 1000);
  const failed = (error: string, retryable: boolean): PostResult => ({ ok: false, statusCode: null, error, latencyMs: performance.now() - started, retryable, retryAfterMs: null });
  try {
    const target = new URL(url);
    const addresses = await vettedAddresses(destinations, target.hostname, resolve);
    const answer = await send(target, pinnedLookup(addresses), timeoutMs, body, {
      'content-type': 'application/json',
      'user-agent': 'caseflow-webhooks/1',
      'x-caseflow-event': eventType,
      'x-caseflow-delivery': eventId,
      'x-caseflow-webhook-version': webhookPayloadVersion,
      'x-caseflow-signature': signatureHeaderValue(secrets, body, timestamp),
    });
    const status = answer.status;
    const ok = status >= 200 && status < 300;
    return {
      ok,
      statusCode: status,
      error: ok ? null : `HTTP ${status}`,
      latencyMs: performance.now() - started,
      retryable: !(status >= 300 && status < 500 && status !== 408 && status !== 429),
      retryAfterMs: parseRetryAfter(answer.retryAfter, now()),
    };
  } catch (error) {
    if (error instanceof DestinationRefused) return failed(error.message, false);
    const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return failed(message, true);
  }
}

/** node:http rather than fetch: its `lookup` option is where the vetted addresses are pinned. */
function send(target: URL, lookup: LookupFunction, timeoutMs: number, body: string, headers: Record<string, string>): Promise<Answer> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = request(
      target,
      { method: 'POST', lookup, agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        clearTimeout(timer);
        const retryAfter = response.headers['retry-after'];
        resolve({ status: response.statusCode ?? 0, retryAfter: typeof retryAfter === 'string' ? retryAfter : null });
        // The answer's body is never read: closing now keeps a slow sender from holding the socket.
        response.destroy();
      },
    );
    const timer = setTimeout(() => outgoing.destroy(new Error(`timeout: no answer within ${timeoutMs} ms`)), timeoutMs);
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(body);
  });
}

/** `Retry-After: <seconds>` or `Retry-After: <HTTP date>` → ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
