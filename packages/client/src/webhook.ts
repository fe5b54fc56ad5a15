/**
 * Verifies a caseflow webhook delivery with Web Crypto only, so it runs unchanged in Node ≥ 20,
 * browsers, Deno and workers. The format is the one @caseflow/webhook-signature signs with
 * (copied, not imported: that package is private to the workspace and uses node:crypto):
 * `X-Caseflow-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`,
 * one `v1` per active secret while the sender rotates.
 */

/** Node's `req.headers` or the Fetch API's `Headers`. */
export type WebhookHeaders = Record<string, string | string[] | undefined> | { get(name: string): string | null };

export type WebhookVerification =
  | { ok: true; deliveryId: string; eventType: string; timestamp: number }
  | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' };

export interface VerifyWebhookOptions {
  /** Seconds a delivery stays acceptable after it was signed, and before (clock skew); default 300. */
  toleranceSeconds?: number;
  /** Milliseconds since the epoch; for tests. */
  now?: () => number;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks the signature over the exact raw body (string or bytes, never re-serialised JSON)
 * against each of `secrets` — pass the old and the new secret while you rotate — within the
 * tolerance window. Comparison is HMAC verification by Web Crypto, which is constant-time.
 * On success, de-duplicate on `deliveryId`: deliveries are at least once.
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secrets: string | readonly string[],
  { toleranceSeconds = 300, now = () => Date.now() }: VerifyWebhookOptions = {},
): Promise<WebhookVerification> {
  const deliveryId = header(headers, 'x-caseflow-delivery');
  const eventType = header(headers, 'x-caseflow-event');
  const signature = header(headers, 'x-caseflow-signature');
  if (!deliveryId || !eventType || !signature) return { ok: false, reason: 'malformed' };
  let timestamp: number | undefined;
  const candidates: Uint8Array<ArrayBuffer>[] = [];
  for (const part of signature.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value !== undefined && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value)) candidates.push(hexBytes(value));
  }
  if (timestamp === undefined || candidates.length === 0) return { ok: false, reason: 'malformed' };
  if (Math.abs(now() / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: 'expired' };

  const encoder = new TextEncoder();
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const prefix = encoder.encode(`${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    for (const candidate of candidates) {
      if (await globalThis.crypto.subtle.verify('HMAC', key, candidate, signed)) return { ok: true, deliveryId, eventType, timestamp };
    }
  }
  return { ok: false, reason: 'mismatch' };
}
