import type { EmailBounce, NotificationActivities } from '@caseflow/contracts';
import { proxyActivities } from '@temporalio/workflow';

const { markEmailBounced } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * A delivery report about caseflow's own mail (workflow id `email-bounce-<report>`), started
 * by mail-intake before it answers 250: the delivery log changes here, in the service that
 * writes it, retried until PostgreSQL answers. Returns how many deliveries it marked failed.
 */
export async function recordEmailBounce(bounce: EmailBounce): Promise<number> {
  return markEmailBounced(bounce);
}
