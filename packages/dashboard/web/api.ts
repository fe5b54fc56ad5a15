/** Calls to /v1/analytics with the API key from session storage (never the URL). */
const keyName = 'caseflow.apiKey';
const timeoutMs = 20_000;

export class Unauthorized extends Error {}

export function storedKey(): string | null {
  return sessionStorage.getItem(keyName);
}

export function storeKey(key: string): void {
  sessionStorage.setItem(keyName, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(keyName);
}

/** A preset is the last `days` days until now; a custom range is two dates (local days in `tz`). */
export type Filters = ({ days: number } | { from: string; to: string }) & { tz: string; queue: string };

/**
 * When the answers of one load of the page were computed: intake shares answers for a while
 * and says their `Age`, so the page is as recent as its oldest answer.
 */
export class AnswerTimes {
  #oldest: number | null = null;

  record(computedAt: number): void {
    this.#oldest = Math.min(this.#oldest ?? computedAt, computedAt);
  }

  asOf(): Date {
    return new Date(this.#oldest ?? Date.now());
  }
}

/**
 * GET an analytics answer; a slow endpoint gives up after 20 s instead of hanging its panel.
 * `fresh` asks intake to compute anew rather than answer from what it shares (a press of Refresh).
 */
export async function getJson<T>(
  path: string,
  params: Record<string, string | undefined>,
  { fresh = false, signal, times }: { fresh?: boolean; signal?: AbortSignal; times?: AnswerTimes } = {},
): Promise<T> {
  const url = new URL(`/v1/analytics/${path}`, location.origin);
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') url.searchParams.set(name, value);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  signal?.addEventListener('abort', () => controller.abort(signal.reason));
  try {
    const headers: Record<string, string> = { authorization: `Bearer ${storedKey() ?? ''}` };
    if (fresh) headers['cache-control'] = 'no-cache';
    const response = await fetch(url, { headers, signal: controller.signal });
    if (response.status === 401) throw new Unauthorized('the API key was refused');
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
    times?.record(Date.now() - (Number(response.headers.get('age')) || 0) * 1000);
    return body as T;
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof Unauthorized)) throw controller.signal.reason instanceof Error ? controller.signal.reason : new Error('aborted');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export function periodParams(filters: Filters): Record<string, string> {
  const period = 'days' in filters ? { days: String(filters.days) } : { from: filters.from, to: filters.to };
  return { ...period, tz: filters.tz, queue: filters.queue };
}
