import { FieldCipher } from '@caseflow/codec';
import type { ConfigOf } from '@caseflow/config';
import { createTransport } from 'nodemailer';
import type { notificationConfig } from './config';
import type { EmailSettings } from './email/activities';
import type { WebhookSettings } from './webhooks/activities';

type NotificationConfig = ConfigOf<typeof notificationConfig>;

/** The validated configuration, turned into what the activities and the delivery workflow use. */
export function notificationSettings(config: NotificationConfig): { webhooks: WebhookSettings; email: EmailSettings } {
  const transport = config.smtpUrl === undefined ? undefined : createTransport(config.smtpUrl);
  return {
    webhooks: {
      policy: {
        attemptTimeoutMs: config.webhookTimeoutMs,
        initialRetryMs: config.webhookRetryInitialMs,
        maxRetryMs: Math.max(config.webhookRetryMaxMs, config.webhookRetryInitialMs),
        budgetMs: config.webhookRetryBudgetSeconds * 1000,
        emailEnabled: transport !== undefined,
      },
      autoDisableAfterSeconds: config.webhookAutoDisableAfterSeconds,
      destinations: config.webhookDestinations,
      secrets: new FieldCipher(config.codecKeys),
    },
    email: {
      transport,
      from: config.emailFrom,
      queueRecipients: config.emailQueueRecipients,
      adminRecipients: config.emailAdminRecipients,
      requestLinkBase: config.requestLinkBase,
      inboundDomain: config.inboundDomain,
      replyTokenKey: config.replyTokenKey,
    },
  };
}
