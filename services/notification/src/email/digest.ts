import type { DigestNotificationActivities, EscalationDigest } from '@caseflow/contracts';
import type { Logger } from '@caseflow/logging';
import type { EmailSettings } from './activities';

type Breaches = EscalationDigest['queues'][number];

function lines(queues: readonly Breaches[]): string[] {
  return queues.map(
    (q) => `- ${q.queue}: ${q.breached} open request(s) past an SLA target, highest escalation level ${q.highestLevel}${q.oldestDueAt ? `, oldest due ${q.oldestDueAt}` : ''}`,
  );
}

/**
 * The daily escalation digest: each queue's team gets its own queue's breaches, the admins
 * every queue's. The message id is derived from the digest id, so a retried activity that
 * re-sends is recognisable as the same message by every mail system.
 */
export function createDigestActivities(settings: EmailSettings, logger: Logger): DigestNotificationActivities {
  const domain = /@([^>\s]+)>?\s*$/.exec(settings.from)?.[1] ?? 'caseflow.local';
  return {
    async notifyDigest(digest: EscalationDigest): Promise<void> {
      logger.info({ digestId: digest.id, queues: digest.queues.length }, 'escalation digest');
      const transport = settings.transport;
      if (transport === undefined || digest.queues.length === 0) return;
      const letters = new Map<string, Breaches[]>();
      for (const address of settings.adminRecipients) letters.set(address, [...digest.queues]);
      for (const queue of digest.queues) {
        for (const address of settings.queueRecipients[queue.queue] ?? []) {
          if (!settings.adminRecipients.includes(address)) letters.set(address, [...(letters.get(address) ?? []), queue]);
        }
      }
      for (const [to, queues] of letters) {
        await transport.sendMail({
          from: settings.from,
          to,
          subject: `[caseflow] SLA digest: ${queues.reduce((sum, q) => sum + q.breached, 0)} open request(s) past target`,
          text: [`Open requests past an SLA target as of ${digest.createdAt}:`, '', ...lines(queues), ''].join('\n'),
          messageId: `<${digest.id}.${Buffer.from(to).toString('hex')}@${domain}>`,
        });
      }
    },
  };
}
