import { commonConfig, integer, secret, urlList } from '@caseflow/config';

export const notificationConfig = {
  ...commonConfig,
  /** Comma-separated subscriber URLs that receive every event (subscriptions in the database come later). */
  webhookUrls: urlList('WEBHOOK_URLS', ['http:', 'https:']),
  webhookSecret: secret('WEBHOOK_SECRET', { fallback: 'caseflow-dev-webhook-secret', minLength: 16 }),
  webhookTimeoutMs: integer('WEBHOOK_TIMEOUT_MS', { fallback: 10_000, min: 100, max: 120_000 }),
};
