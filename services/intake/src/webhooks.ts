import { randomBytes } from 'node:crypto';
import type { WebhookDeliveryAttemptRow, WebhookDeliveryRow, WebhookSubscriptionRow } from '@caseflow/db';
import { cursorTimestamp, uuidPattern } from './cursor';
import { type AddressPolicy, checkUrlHost } from '@caseflow/net-guard';
import { ApiError } from './errors';

/** A fresh signing secret: 32 random bytes, prefixed so it is recognisable in a config file. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * Subscriber URLs are http(s) only and carry no credentials (they would be stored and
 * logged in clear; the signature is the receiver's authentication). A host that is an
 * address the destination policy refuses — in whatever spelling: the WHATWG parser has
 * already turned `2130706433` or `0x7f.1` into `127.0.0.1` — is refused now; a host name is
 * accepted and judged again, resolved, at every delivery (notification).
 */
export function parseWebhookUrl(value: string, destinations: AddressPolicy): string {
  if (!URL.canParse(value)) throw invalidUrl(`url is not a valid URL`);
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidUrl(`url must use http or https, got ${url.protocol}`);
  if (url.username !== '' || url.password !== '') throw invalidUrl('url must not contain credentials');
  if (url.hash !== '') throw invalidUrl('url must not contain a fragment');
  const verdict = checkUrlHost(destinations, url.hostname);
  if (!verdict.allowed) {
    throw new ApiError(400, 'webhook_destination_refused', `url refused (${verdict.rule}): ${verdict.reason}`, { rule: verdict.rule, host: url.hostname });
  }
  return url.toString();
}

const invalidUrl = (message: string) => new ApiError(400, 'invalid_webhook_url', message, null);

/** `["*"]` alone, or distinct event types. */
export function parseEventList(events: readonly string[]): string[] {
  if (events.includes('*') && events.length > 1) {
    throw new ApiError(400, 'invalid_request', 'events: "*" subscribes to every event and cannot be combined with others', null);
  }
  return [...events];
}

/** Opaque keyset cursor over (created_at, id). */
export function encodeCursor(row: { created_at: Date; id: string }): string {
  return Buffer.from(`${row.created_at.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = cursorTimestamp(at ?? '');
  if (createdAt === undefined || id === undefined || rest.length > 0 || !uuidPattern.test(id)) {
    throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API returned', null);
  }
  return { createdAt, id };
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export function presentSubscription(row: WebhookSubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    active: row.active,
    includeInternal: row.include_internal,
    previousSecretValidUntil: row.previous_secret_expires_at !== null && row.previous_secret_expires_at > new Date() ? iso(row.previous_secret_expires_at) : null,
    failingSince: iso(row.failing_since),
    disabledAt: iso(row.disabled_at),
    disabledReason: row.disabled_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentDelivery(row: WebhookDeliveryRow) {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    eventId: row.event_id,
    eventType: row.event_type,
    requestId: row.request_id,
    status: row.status,
    attempts: row.attempts,
    replays: row.replays,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deliveredAt: iso(row.delivered_at),
    deadAt: iso(row.dead_at),
  };
}

export function presentAttempt(row: WebhookDeliveryAttemptRow) {
  return {
    attempt: row.attempt,
    outcome: row.outcome,
    statusCode: row.status_code,
    error: row.error,
    latencyMs: row.latency_ms,
    at: row.created_at.toISOString(),
  };
}
