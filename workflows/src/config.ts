import { defaultRoutingPath } from '@caseflow/classifier';
import { commonConfig, tracingConfig, custom, integer, listenAddress, string } from '@caseflow/config';

export const workflowsConfig = {
  ...commonConfig,
  ...tracingConfig('caseflow-workflows'),
  /** Prometheus metrics of the Temporal SDK and of this worker, at http://<address>/metrics; `off` serves none. */
  metricsAddress: listenAddress('METRICS_ADDRESS', '127.0.0.1:9401'),
  /** Category → queue and default priority, for reclassification (the classifier's routing file). */
  routingFile: string('CLASSIFIER_ROUTING_FILE', defaultRoutingPath),
  /** How often the escalation sweep runs. */
  escalationSweepIntervalSeconds: integer('ESCALATION_SWEEP_INTERVAL_SECONDS', { fallback: 60, min: 5 }),
  /** When the daily escalation digest goes out (cron, UTC). */
  escalationDigestCron: string('ESCALATION_DIGEST_CRON', '0 8 * * *'),
  /**
   * Frames an Error keeps in workflow code (limitWorkflowStackFrames): each frame costs the
   * SDK a source-map lookup for every promise a workflow makes. Raise it to see where a
   * stuck workflow waits (the Web UI's stack trace).
   */
  workflowStackFrames: integer('WORKFLOW_STACK_FRAMES', { fallback: 1, min: 0, max: 200 }),
  /** Closed requests older than this many days are erased (the caseflow-retention Schedule); unset or `off`: kept. */
  retentionDays: custom('RETENTION_DAYS', parseRetentionDays),
};

/** Whole days from 1 to 36500 (100 years); unset or `off` is undefined: retention off. */
export function parseRetentionDays(value: string | undefined): number | undefined {
  if (value === undefined || value.toLowerCase() === 'off') return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`must be a whole number of days or "off", got "${value}"`);
  const days = Number(value);
  if (days < 1 || days > 36_500) throw new Error(`must be between 1 and 36500 days, got ${days}`);
  return days;
}
