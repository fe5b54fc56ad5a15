import { webhookPayloadVersion } from '@caseflow/contracts';
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
  now?: () => number;
}

/** One signed POST of an event to one subscriber; never throws, never follows a redirect. */
export async function postEvent({ url, body, eventType, eventId, secrets, timeoutMs, now = Date.now }: SignedPost): Promise<PostResult> {
  const started = performance.now();
  const timestamp = Math.floor(now() / 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'caseflow-webhooks/1',
        'x-caseflow-event': eventType,
        'x-caseflow-delivery': eventId,
        'x-caseflow-webhook-version': webhookPayloadVersion,
        'x-caseflow-signature': signatureHeaderValue(secrets, body, timestamp),
      },
    });
    await response.body?.cancel();
    const status = response.status;
    const ok = status >= 200 && status < 300;
    return {
      ok,
      statusCode: status,
      error: ok ? null : `HTTP ${status}`,
      latencyMs: performance.now() - started,
      retryable: !(status >= 300 && status < 500 && status !== 408 && status !== 429),
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now()),
    };
  } catch (error) {
    const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return { ok: false, statusCode: null, error: message, latencyMs: performance.now() - started, retryable: true, retryAfterMs: null };
  }
}

/** `Retry-After: <seconds>` or `Retry-After: <HTTP date>` → ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
