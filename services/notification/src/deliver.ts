import { signatureHeaderValue } from '@caseflow/webhook-signature';

export interface DeliveryResult {
  target: string;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
  /** False for answers that retrying cannot change (4xx other than 408 and 429). */
  retryable: boolean;
}

export interface SignedPost {
  target: string;
  body: string;
  eventType: string;
  eventId: string;
  secret: string;
  timeoutMs: number;
  now?: () => number;
}

/** One signed POST of an event to one subscriber. */
export async function deliver({ target, body, eventType, eventId, secret, timeoutMs, now = Date.now }: SignedPost): Promise<DeliveryResult> {
  const started = performance.now();
  const timestamp = Math.floor(now() / 1000);
  try {
    const response = await fetch(target, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'caseflow-webhooks/1',
        'x-caseflow-event': eventType,
        'x-caseflow-delivery': eventId,
        'x-caseflow-signature': signatureHeaderValue([secret], body, timestamp),
      },
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    const status = response.status;
    return {
      target,
      ok,
      statusCode: status,
      error: ok ? null : `HTTP ${status}`,
      latencyMs: performance.now() - started,
      retryable: !(status >= 400 && status < 500 && status !== 408 && status !== 429),
    };
  } catch (error) {
    const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return { target, ok: false, statusCode: null, error: message, latencyMs: performance.now() - started, retryable: true };
  }
}
