import { freePort } from '@caseflow/test-harness';
import { ServiceProcess } from './processes';

export interface SystemOptions {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  webhookUrl: string;
  webhookSecret: string;
  autoCloseAfterSeconds: number;
  /** Extra environment for the workflow worker (e.g. ESCALATION_SWEEP_INTERVAL_SECONDS). */
  workflowsEnv?: Record<string, string>;
}

export interface RunningSystem {
  intakeUrl: string;
  intake: ServiceProcess;
  workflows: ServiceProcess;
  classification: ServiceProcess;
  notification: ServiceProcess;
  stop(): Promise<void>;
}

/** Every caseflow process, each on its own, wired only through Temporal and PostgreSQL. */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const common = {
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_NAMESPACE: options.temporalNamespace,
    LOG_LEVEL: 'info',
  };
  const port = await freePort();
  const workflows = new ServiceProcess('workflows', 'workflows', { ...common, ...options.workflowsEnv }, /workflow worker started/);
  const classification = new ServiceProcess(
    'classification',
    'services/classification',
    // A small bootstrap model keeps the suite fast; the full data set is for `make up` and benchmarks.
    { ...common, CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL: '20', CLASSIFIER_MODEL_POLL_MS: '500' },
    /classification worker started/,
  );
  const notification = new ServiceProcess(
    'notification',
    'services/notification',
    { ...common, WEBHOOK_URLS: options.webhookUrl, WEBHOOK_SECRET: options.webhookSecret },
    /notification worker started/,
  );
  const intake = new ServiceProcess(
    'intake',
    'services/intake',
    { ...common, PORT: String(port), AUTO_CLOSE_AFTER_SECONDS: String(options.autoCloseAfterSeconds) },
    /Server listening/,
  );
  const all = [workflows, classification, notification, intake];
  await Promise.all(all.map((process) => process.start()));
  return {
    intakeUrl: `http://127.0.0.1:${port}`,
    intake,
    workflows,
    classification,
    notification,
    stop: async () => {
      await Promise.all(all.map((process) => process.stop()));
    },
  };
}
