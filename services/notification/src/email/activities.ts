import type { EmailOutcome, NotificationActivities, NotificationPayload } from '@caseflow/contracts';
import { type CustomerVault, type Db, findEmailContext, findSubscription, listEmailDeliveries, markEmailBounced, recordEmailAttempt } from '@caseflow/db';
import { replyAddress, replyMessageId, requestThreadId } from '@caseflow/conversations';
import type { Logger } from '@caseflow/logging';
import { ApplicationFailure, type MetricMeter, noopMetricMeter } from '@temporalio/common';
import type { Transporter } from 'nodemailer';
import { renderReply } from './reply';
import { type Audience, audiences, emailLanguage, hasTemplate, renderEmail } from './templates';

export interface EmailSettings {
  /** Absent: e-mail is off and sendEmail does nothing. */
  transport: Transporter | undefined;
  from: string;
  queueRecipients: Readonly<Record<string, readonly string[]>>;
  adminRecipients: readonly string[];
  requestLinkBase: string;
  /** Replies: Message-ID and Reply-To in this domain (INBOUND_DOMAIN), the token signed with replyTokenKey. */
  inboundDomain?: string;
  replyTokenKey?: string | undefined;
}

type EmailActivities = Pick<NotificationActivities, 'sendEmail' | 'announceSubscriptionDisabled' | 'markEmailBounced'>;

/**
 * E-mail to a request's customer and to its queue, one message per recipient, logged in
 * `email_deliveries`. A retry (Temporal's policy) sends only to recipients not yet reached.
 * `caseflow_emails` counts each message by outcome (sent, failed, and bounced when a
 * delivery report marks a sent one failed).
 */
export function createEmailActivities(db: Db, vault: CustomerVault, settings: EmailSettings, logger: Logger, meter: MetricMeter = noopMetricMeter): EmailActivities {
  const messages = meter.createCounter('caseflow_emails', '', 'E-mail messages by outcome (sent, failed, bounced), one per recipient and attempt; bounced when a delivery report comes back');
  const domain = /@([^>\s]+)>?\s*$/.exec(settings.from)?.[1] ?? 'caseflow.local';

  return {
    async sendEmail(sealedPayload: NotificationPayload): Promise<EmailOutcome> {
      const payload = await vault.unsealDeep(sealedPayload);
      const transport = settings.transport;
      const wanted = audiences[payload.type] ?? [];
      if (transport === undefined || wanted.length === 0 || !hasTemplate(payload.type)) return { sent: 0, skipped: 0 };
      const request = payload.data.request;
      const context = await findEmailContext(db, request.requestId);
      if (context === undefined) {
        // The read model is written before the event is handed over; missing means not yet visible: retry.
        throw ApplicationFailure.create({ type: 'RequestNotFound', message: `request ${request.requestId} is not in the read model yet` });
      }
      const recipients = new Map<string, Audience>();
      if (wanted.includes('customer') && context.customerEmail) recipients.set(context.customerEmail, 'customer');
      const queue = request.classification?.queue ?? context.queue;
      if (wanted.includes('queue') && queue) for (const address of settings.queueRecipients[queue] ?? []) recipients.set(address, 'queue');

      const done = new Set((await listEmailDeliveries(db, payload.id)).filter((row) => row.status === 'sent').map((row) => row.recipient));
      const language = emailLanguage(context.language);
      const link = `${settings.requestLinkBase}${request.requestId}`;
      const reply = payload.type === 'request.replied' ? payload.data.message : undefined;
      const mail = reply === undefined ? renderEmail({ payload, language, requestSubject: context.subject, link }) : renderReply(payload, reply, language, context.subject, link);
      const inbound = settings.inboundDomain ?? domain;
      const thread = requestThreadId(request.requestId, inbound);
      const failures: string[] = [];
      let sent = 0;
      for (const [recipient, audience] of recipients) {
        if (done.has(recipient)) continue;
        const record = { eventId: payload.id, eventType: payload.type, requestId: request.requestId, recipient, audience, language, subject: mail.subject };
        try {
          const info = await transport.sendMail({
            from: settings.from,
            to: recipient,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            ...(reply === undefined
              ? {
                  // One thread per request in the recipient's mail client; the event id makes each message unique.
                  messageId: `<${payload.id}.${audience}@${domain}>`,
                  references: [`<request-${request.requestId}@${domain}>`],
                  inReplyTo: `<request-${request.requestId}@${domain}>`,
                }
              : {
                  // A reply's Message-ID names its message: the customer's answer threads back by it, or by the token.
                  messageId: replyMessageId(reply.id, inbound),
                  references: [thread],
                  inReplyTo: thread,
                  replyTo: replyAddress(settings.replyTokenKey, request.requestId, inbound),
                }),
            headers: { 'X-Caseflow-Request': request.requestId, 'X-Caseflow-Event': payload.type, 'Auto-Submitted': reply === undefined ? 'auto-generated' : 'no' },
          });
          await recordEmailAttempt(db, { ...record, outcome: 'sent', messageId: info.messageId ?? null, error: null });
          messages.add(1, { outcome: 'sent' });
          sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await recordEmailAttempt(db, { ...record, outcome: 'failed', messageId: null, error: message });
          messages.add(1, { outcome: 'failed' });
          failures.push(`${recipient}: ${message}`);
        }
      }
      if (failures.length > 0) {
        throw ApplicationFailure.create({ type: 'EmailDeliveryFailed', message: `e-mail failed for ${failures.join('; ')}` });
      }
      return { sent, skipped: recipients.size - sent };
    },

    async markEmailBounced(bounce): Promise<number> {
      const marked = await markEmailBounced(db, bounce);
      logger.warn({ messageIds: bounce.messageIds, marked }, 'e-mail bounced');
      if (marked > 0) messages.add(marked, { outcome: 'bounced' });
      return marked;
    },

    async announceSubscriptionDisabled({ subscriptionId }): Promise<void> {
      const subscription = await findSubscription(db, subscriptionId);
      if (subscription === undefined || subscription.active) return;
      logger.warn({ subscriptionId, url: subscription.url, reason: subscription.disabled_reason }, 'webhook subscription disabled');
      const transport = settings.transport;
      if (transport === undefined || settings.adminRecipients.length === 0) return;
      await transport.sendMail({
        from: settings.from,
        to: [...settings.adminRecipients],
        subject: `[caseflow] webhook subscription ${subscriptionId} disabled`,
        text: [
          `The webhook subscription ${subscriptionId} (${subscription.url}) was disabled because every delivery failed.`,
          `Reason: ${subscription.disabled_reason ?? 'unknown'}`,
          `Re-enable it with PATCH /v1/webhooks/${subscriptionId} {"active": true} once the receiver is fixed,`,
          `then replay its dead deliveries with POST /v1/deliveries/<id>/replay.`,
          '',
        ].join('\n'),
        messageId: `<webhook-disabled.${subscriptionId}.${subscription.disabled_at?.getTime() ?? 0}@${domain}>`,
      });
    },
  };
}
