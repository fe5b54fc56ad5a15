import { defaultRoutingPath } from '@caseflow/classifier';
import { commonConfig, integer, string } from '@caseflow/config';

export const workflowsConfig = {
  ...commonConfig,
  /** Category → queue and default priority, for reclassification (the classifier's routing file). */
  routingFile: string('CLASSIFIER_ROUTING_FILE', defaultRoutingPath),
  /** How often the escalation sweep runs. */
  escalationSweepIntervalSeconds: integer('ESCALATION_SWEEP_INTERVAL_SECONDS', { fallback: 60, min: 5 }),
  /** When the daily escalation digest goes out (cron, UTC). */
  escalationDigestCron: string('ESCALATION_DIGEST_CRON', '0 8 * * *'),
};
