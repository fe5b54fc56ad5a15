import { signatureHeader, verifySignature, type VerifyOptions } from './signature';

/** Request headers as Node (`req.headers`) or the Fetch API (`request.headers`) hands them over. */
export type IncomingHeaders = Record<string, string | string[] | undefined> | { get(name: string): string | null };

export type VerifiedDelivery =
  | { ok: true; deliveryId: string; eventType: string; timestamp: number }
  | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' };

function header(headers: IncomingHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A receiver's whole check in one call: the signature over the exact raw body, against any
 * of `secrets` (pass the old and the new one while you rotate), within the tolerance window;
 * on success the delivery id to de-duplicate on.
 */
export function verifyDelivery(headers: IncomingHeaders, rawBody: string, secrets: string | readonly string[], options: VerifyOptions = {}): VerifiedDelivery {
  const deliveryId = header(headers, 'x-caseflow-delivery');
  const eventType = header(headers, 'x-caseflow-event');
  if (!deliveryId || !eventType) return { ok: false, reason: 'malformed' };
  let failure: VerifiedDelivery = { ok: false, reason: 'mismatch' };
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const result = verifySignature(header(headers, signatureHeader), secret, rawBody, options);
    if (result.ok) return { ok: true, deliveryId, eventType, timestamp: result.timestamp };
    failure = result;
    if (result.reason !== 'mismatch') break;
  }
  return failure;
}
