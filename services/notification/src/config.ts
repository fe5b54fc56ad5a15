import { AddressPolicy } from '@caseflow/net-guard';
import { commonConfig, tracingConfig, conversationConfig, custom, type Field, integer, listenAddress, string, url } from '@caseflow/config';

const address = /^[^\s@,;<>]+@[^\s@,;<>]+$/;

function addresses(value: string): string[] {
  const list = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const bad = list.find((item) => !address.test(item));
  if (bad !== undefined) throw new Error(`must hold e-mail addresses, got "${bad}"`);
  return list;
}

/** `queue=a@x,b@x;other=c@x`: who hears about requests routed to each queue. */
function queueRecipients(name: string): Field<Record<string, string[]>> {
  return custom(name, (value) => {
    const result: Record<string, string[]> = {};
    for (const entry of (value ?? '').split(';').map((item) => item.trim()).filter((item) => item !== '')) {
      const at = entry.indexOf('=');
      const queue = entry.slice(0, at).trim();
      if (at < 1 || queue === '') throw new Error(`must look like "queue=a@example.com,b@example.com;other=c@example.com", got "${entry}"`);
      result[queue] = addresses(entry.slice(at + 1));
    }
    return result;
  });
}

function optionalSmtpUrl(name: string): Field<string | undefined> {
  return custom(name, (value) => {
    if (value === undefined) return undefined;
    const parsed = URL.canParse(value) ? new URL(value) : undefined;
    if (parsed === undefined || !['smtp:', 'smtps:'].includes(parsed.protocol)) throw new Error('must be an smtp:// or smtps:// URL');
    return value;
  });
}

export const notificationConfig = {
  ...commonConfig,
  ...tracingConfig('caseflow-notification'),
  ...conversationConfig,
  /** Prometheus metrics of the Temporal SDK and of this worker, at http://<address>/metrics; `off` serves none. */
  metricsAddress: listenAddress('METRICS_ADDRESS', '127.0.0.1:9403'),
  /** One attempt's HTTP timeout. */
  webhookTimeoutMs: integer('WEBHOOK_TIMEOUT_MS', { fallback: 10_000, min: 100, max: 120_000 }),
  /** Temporal's exponential backoff between attempts: the first interval, doubling up to the maximum. */
  webhookRetryInitialMs: integer('WEBHOOK_RETRY_INITIAL_MS', { fallback: 1_000, min: 10 }),
  webhookRetryMaxMs: integer('WEBHOOK_RETRY_MAX_MS', { fallback: 10 * 60_000, min: 10 }),
  /** After this long without success a delivery is dead (it can be replayed). */
  webhookRetryBudgetSeconds: integer('WEBHOOK_RETRY_BUDGET_SECONDS', { fallback: 24 * 3600, min: 1 }),
  /** A subscription whose every attempt has failed for this long is disabled. */
  webhookAutoDisableAfterSeconds: integer('WEBHOOK_AUTO_DISABLE_AFTER_SECONDS', { fallback: 72 * 3600, min: 1 }),
  /**
   * CIDRs of non-public addresses webhooks may still reach (`127.0.0.1/32,::1/128` for a local
   * receiver); unset: none. Every other loopback, private, link-local … address is refused.
   */
  webhookDestinations: custom('WEBHOOK_ALLOW_PRIVATE', (value) => AddressPolicy.fromAllowList(value)),
  /** smtp://user:pass@host:port or smtps://…; unset: no e-mail is sent. */
  smtpUrl: optionalSmtpUrl('SMTP_URL'),
  emailFrom: string('EMAIL_FROM', 'caseflow <caseflow@localhost>'),
  emailQueueRecipients: queueRecipients('EMAIL_QUEUE_RECIPIENTS'),
  emailAdminRecipients: custom('EMAIL_ADMIN_RECIPIENTS', (value) => addresses(value ?? '')),
  /** How long a notified event stays in the outbox once its deliveries and e-mail are over (the delivery log stays). */
  outboxKeepHours: integer('OUTBOX_KEEP_HOURS', { fallback: 24, min: 1, max: 24 * 365 }),
  /** Where a person opens a request; the request id is appended. */
  requestLinkBase: url('REQUEST_LINK_BASE', ['http:', 'https:'], 'http://localhost:8080/v1/requests/'),
};
