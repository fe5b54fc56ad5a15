import { CaseflowNetworkError, CaseflowTimeoutError } from './errors.js';
import { idempotentPostPaths } from './generated/idempotent.js';

export interface RetryOptions {
  /** Attempts per logical call, the first included (default 4). */
  maxAttempts?: number;
  /** Backoff before the second attempt; doubles each time, full jitter (default 200 ms). */
  baseDelayMs?: number;
  /** Cap on one backoff (default 10 s). */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the answer is returned as it is (default 60 s). */
  maxRetryAfterMs?: number;
  /** Per attempt: no answer (headers) by then aborts the attempt (default 10 s). */
  timeoutMs?: number;
}

type Fetch = (request: Request) => Promise<Response>;

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const idempotentPosts = idempotentPostPaths.map((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`));

/** True when the server answers a repeat of this call with the first outcome instead of acting twice. */
function repeatable(method: string, path: string): boolean {
  return safeMethods.has(method) || (method === 'POST' && idempotentPosts.some((pattern) => pattern.test(path)));
}

/** Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date), if it is readable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base · 2^(attempt-1))]. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
}

function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A fetch for openapi-fetch that makes one logical call out of several attempts: an
 * Idempotency-Key generated once (for POSTs that honour one, unless the caller gave it) and
 * sent on every attempt; retries on network errors, timeouts and 503 when a repeat is safe,
 * on 429 always (the server refused before acting); never on any other status.
 */
export function resilientFetch(options: RetryOptions = {}, baseFetch: Fetch = (request) => globalThis.fetch(request)): Fetch {
  const { maxAttempts = 4, baseDelayMs = 200, maxDelayMs = 10_000, maxRetryAfterMs = 60_000, timeoutMs = 10_000 } = options;
  return async (request) => {
    const path = new URL(request.url).pathname;
    const method = request.method.toUpperCase();
    const headers = new Headers(request.headers);
    const safe = repeatable(method, path);
    if (method === 'POST' && safe && !headers.has('idempotency-key')) headers.set('idempotency-key', globalThis.crypto.randomUUID());
    // Read once: a Request body is a stream and every attempt needs it whole.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const callerSignal = request.signal;
    for (let attempt = 1; ; attempt += 1) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = AbortSignal.any([callerSignal, timeout]);
      let response: Response;
      try {
        response = await baseFetch(new Request(request.url, { method, headers, signal, ...(body === undefined ? {} : { body }) }));
      } catch (error) {
        if (callerSignal.aborted) throw error;
        const timedOut = timeout.aborted;
        if (!safe || attempt >= maxAttempts) {
          const what = timedOut ? `no answer within ${timeoutMs} ms` : `network error: ${(error as Error).message}`;
          const Failure = timedOut ? CaseflowTimeoutError : CaseflowNetworkError;
          throw new Failure(`${method} ${path}: ${what} (attempt ${attempt} of ${maxAttempts})`, { cause: error });
        }
        await sleep(backoffMs(attempt, baseDelayMs, maxDelayMs), callerSignal);
        continue;
      }
      const retryable = response.status === 429 || (response.status === 503 && safe);
      if (!retryable || attempt >= maxAttempts) return response;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined && asked > maxRetryAfterMs) return response;
      // Free the connection: this answer is dropped.
      await response.body?.cancel().catch(() => {});
      await sleep(asked ?? backoffMs(attempt, baseDelayMs, maxDelayMs), callerSignal);
    }
  };
}
