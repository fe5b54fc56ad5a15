import { defaultRoutingPath } from '@caseflow/classifier';
import { commonConfig, integer, listenAddress, string } from '@caseflow/config';

export const workflowsConfig = {
  ...commonConfig,
  /** Prometheus metrics of the Temporal SDK and of this worker, at http://<address>/metrics; `off` serves none. */
  metricsAddress: listenAddress('METRICS_ADDRESS', '127.0.0.1:9401'),
  /** Category → queue and default priority, for reclassification (the classifier's routing file). */
  routingFile: string('CLASSIFIER_ROUTING_FILE', defaultRoutingPath),
  /** How often the escalation sweep runs. */
  escalationSweepIntervalSeconds: integer('ESCALATION_SWEEP_INTERVAL_SECONDS', { fallback: 60, min: 5 }),
  /** When the daily escalation digest goes out (cron, UTC). */
  escalationDigestCron: string('ESCALATION_DIGEST_CRON', '0 8 * * *'),
};
