import { randomBytes } from 'node:crypto';
import { freePorts } from '@caseflow/test-harness';
import { type Supervised, serviceProcess } from './processes';
import { seedSmallModel, smallModelLimitPerLabel } from './small-model';

export interface SystemOptions {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  autoCloseAfterSeconds: number;
  /** Extra environment for the notification process (retry intervals, SMTP, …). */
  notificationEnv?: Record<string, string>;
  /** CASEFLOW_ADMIN_KEY for intake; a random one when absent. */
  adminKey?: string;
  /** Extra environment for the classification worker (e.g. INCIDENT_DETECTION_INTERVAL_SECONDS). */
  classificationEnv?: Record<string, string>;
  /** Extra environment for the workflow worker (e.g. ESCALATION_SWEEP_INTERVAL_SECONDS). */
  workflowsEnv?: Record<string, string>;
  /** How long each process may take to be ready (default 120 s; the workflow bundle alone takes minutes on a loaded machine). */
  startTimeoutMs?: number;
  /** Extra environment for intake (e.g. REOPEN_WINDOW_DAYS, REPLY_TOKEN_KEY). */
  intakeEnv?: Record<string, string>;
  /** Starts the SMTP listener (services/mail-intake) too, with this extra environment. */
  mailIntakeEnv?: Record<string, string>;
  /** Extra environment for every process (e.g. OTEL_EXPORTER_OTLP_ENDPOINT). */
  env?: Record<string, string>;
}

/** The Authorization header for an API key, merged into other headers. */
export function authorized(key: string, headers: Record<string, string> = {}): Record<string, string> {
  return { ...headers, authorization: `Bearer ${key}` };
}

/** A JSON answer as tests read it, field by field without declaring each shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export interface IntakeAnswer {
  status: number;
  /** The JSON answer; {} for 204 No Content. */
  body: Json;
  headers: Headers;
}

/**
 * One call to intake's HTTP API with an API key: `body` goes as JSON (a string as it is, to
 * send malformed JSON), the status and the JSON answer come back whatever the status.
 */
export async function callIntake(intakeUrl: string, key: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<IntakeAnswer> {
  const response = await fetch(`${intakeUrl}${path}`, {
    method,
    headers: authorized(key, body === undefined ? headers : { 'content-type': 'application/json', ...headers }),
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 204 ? {} : ((await response.json()) as Json), headers: response.headers };
}

export interface RunningSystem {
  intakeUrl: string;
  /** An admin API key (every scope): `call` sends it; authorized(system.adminKey) for a bare fetch. */
  adminKey: string;
  /** callIntake with the admin key. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<IntakeAnswer>;
  /** The payload codec key ring every process runs with (CODEC_KEYS). */
  codecKeys: { id: string; key: Buffer }[];
  intake: Supervised;
  workflows: Supervised;
  classification: Supervised;
  notification: Supervised;
  /** The SMTP listener, when mailIntakeEnv was given; `mailPort` is its port. */
  mailIntake: Supervised | undefined;
  mailPort: number;
  /** Each worker's Prometheus endpoint (METRICS_ADDRESS): the SDK's metrics and caseflow's own. */
  metricsUrls: { workflows: string; classification: string; notification: string };
  stop(): Promise<void>;
}

/** Every caseflow process, each on its own, wired only through Temporal and PostgreSQL. */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const adminKey = options.adminKey ?? `e2e-admin-${randomBytes(24).toString('base64url')}`;
  const codecKeys = [{ id: 'e2e-1', key: randomBytes(32) }];
  const common = {
    // Every process encrypts Temporal payloads with the same ring, as in production.
    CODEC_KEYS: codecKeys.map(({ id, key }) => `${id}:${key.toString('base64')}`).join(','),
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_NAMESPACE: options.temporalNamespace,
    LOG_LEVEL: 'info',
    // The test receivers listen on loopback, which webhooks may reach only when allowed, as under `make up`.
    WEBHOOK_ALLOW_PRIVATE: '127.0.0.1/32,::1/128',
    ...options.env,
  };
  // Free ports for the metrics too, not the defaults: test files start systems side by side on one host.
  const [port, mailPort, ...metricsPorts] = (await freePorts(5)) as [number, number, number, number, number];
  const [workflowsMetrics, classificationMetrics, notificationMetrics] = metricsPorts.map((free) => `127.0.0.1:${free}`) as [string, string, string];
  const workflows = serviceProcess('workflows', 'workflows', { ...common, METRICS_ADDRESS: workflowsMetrics, ...options.workflowsEnv }, /workflow worker started/);
  const classification = serviceProcess(
    'classification',
    'services/classification',
    // A small model keeps the suite fast (registered below, before the worker starts); the full data set is for `make up` and benchmarks.
    { ...common, METRICS_ADDRESS: classificationMetrics, CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL: String(smallModelLimitPerLabel), CLASSIFIER_MODEL_POLL_MS: '500', ...options.classificationEnv },
    /classification worker started/,
  );
  const notification = serviceProcess(
    'notification',
    'services/notification',
    { ...common, METRICS_ADDRESS: notificationMetrics, ...options.notificationEnv },
    /notification worker started/,
  );
  const intake = serviceProcess(
    'intake',
    'services/intake',
    { ...common, PORT: String(port), AUTO_CLOSE_AFTER_SECONDS: String(options.autoCloseAfterSeconds), CASEFLOW_ADMIN_KEY: adminKey, ...options.intakeEnv },
    /Server listening/,
  );
  const mailIntake =
    options.mailIntakeEnv === undefined
      ? undefined
      : serviceProcess('mail-intake', 'services/mail-intake', { ...common, INBOUND_SMTP_PORT: String(mailPort), AUTO_CLOSE_AFTER_SECONDS: String(options.autoCloseAfterSeconds), ...options.mailIntakeEnv }, /mail intake listening/);
  const all = [workflows, classification, notification, intake, ...(mailIntake === undefined ? [] : [mailIntake])];
  await seedSmallModel(options.databaseUrl);
  await Promise.all(all.map((process) => process.start(options.startTimeoutMs)));
  const intakeUrl = `http://127.0.0.1:${port}`;
  return {
    intakeUrl,
    adminKey,
    call: (method, path, body, headers) => callIntake(intakeUrl, adminKey, method, path, body, headers),
    codecKeys,
    intake,
    workflows,
    classification,
    notification,
    mailIntake,
    mailPort,
    metricsUrls: {
      workflows: `http://${workflowsMetrics}/metrics`,
      classification: `http://${classificationMetrics}/metrics`,
      notification: `http://${notificationMetrics}/metrics`,
    },
    stop: async () => {
      await Promise.all(all.map((process) => process.stop()));
    },
  };
}
