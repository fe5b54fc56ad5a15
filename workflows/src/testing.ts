// Test support for this package's workflow tests (never imported by production code).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRoutingPath, loadRouting, type Routing } from '@caseflow/classifier';
import {
  type Classification,
  type DigestNotificationActivities,
  type EscalationDigest,
  type Priority,
  requestWorkflowId,
  searchAttributes,
  serviceRequestStart,
  serviceRequestWorkflowType,
  type ServiceRequestInput,
  type ServiceRequestOptions,
  type ServiceRequestState,
  stateQuery,
  taskQueues,
} from '@caseflow/contracts';
import { FieldCipher } from '@caseflow/codec';
import { createDb, CustomerVault, type Db, migrateToLatest, type SlaPolicyInput } from '@caseflow/db';
import { utcOffset } from '@caseflow/sla';
import { createTestDatabase, repoRoot } from '@caseflow/test-harness';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createAssignmentWorker, createRequestsWorker, workflowsPath } from './worker';

// temporal.api.enums.v1.IndexedValueType by search attribute type.
const indexedValueType = { KEYWORD: 2, INT: 3, DATETIME: 6 } as const;

/**
 * Temporal's Java test server with time skipping (infra/temporal/test-server.sh fetches it
 * from Maven Central once), with caseflow's search attributes registered.
 */
async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const path = execFileSync('bash', [join(repoRoot(), 'infra/temporal/test-server.sh')], { encoding: 'utf8' }).trim();
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(Object.values(searchAttributes).map((key) => [key.name, indexedValueType[key.type as keyof typeof indexedValueType]])),
  });
  return env;
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** Bundling takes seconds: once per test file, shared by every worker it starts. */
let deliveryBundle: Promise<WorkflowBundleWithSourceMap> | undefined;
const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

function deliveryStandInBundle(): Promise<WorkflowBundleWithSourceMap> {
  deliveryBundle ??= bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./testing-delivery.ts', import.meta.url)), logger: quiet });
  return deliveryBundle;
}

export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ workflowsPath, logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
  return bundle;
}

/** A subject "priority/category" makes the stand-in classifier answer with exactly that. */
export function subjectFor(priority: Priority, category: string): string {
  return `${priority}/${category}`;
}

/**
 * Stand-ins for the other services' activities (classification and notification run in
 * their own processes; these tests are about the workflows). A request whose id is in
 * `holdClassification` stays pending until it is removed.
 */
export class OtherServices {
  readonly digests: EscalationDigest[] = [];
  readonly holdClassification = new Set<string>();
  /** Opens sealed subjects, as the classification service does (set by startTestbed). */
  vault: CustomerVault | undefined;

  async start(env: TestWorkflowEnvironment): Promise<() => Promise<void>> {
    const classification = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue: taskQueues.classification,
      activities: {
        classify: async ({ requestId, subject }: { requestId: string; subject: string }): Promise<Classification> => {
          while (this.holdClassification.has(requestId)) await new Promise((resolve) => setTimeout(resolve, 50));
          const words = this.vault === undefined ? subject : await this.vault.unseal(subject);
          const [priority, category] = words.split('/') as [Priority, string];
          return { category, queue: `${category}-queue`, priority, confidence: 0.9, modelVersion: 'test', alternatives: [] };
        },
      },
    });
    // Events reach the notification service as child workflows (deliverEvent), which these
    // workflow tests leave unstarted; only the digest is an activity.
    const notificationActivities: DigestNotificationActivities = {
      notifyDigest: async (digest) => {
        this.digests.push(digest);
      },
    };
    const notification = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue: taskQueues.notification,
      activities: notificationActivities,
      workflowBundle: await deliveryStandInBundle(),
    });
    const running = [classification.run(), notification.run()];
    return async () => {
      this.holdClassification.clear();
      classification.shutdown();
      notification.shutdown();
      await Promise.all(running);
    };
  }
}

/**
 * What a workflow test runs against: the time-skipping server, a migrated database of its
 * own, the other services' stand-ins and the caseflow-requests worker. `stop` ends them all,
 * the worker first.
 */
export interface Testbed {
  env: TestWorkflowEnvironment;
  db: Db;
  /** The customers' data keys, wrapped by a key ring of the testbed's own. */
  vault: CustomerVault;
  services: OtherServices;
  /** Stops the requests worker, runs `whileStopped` (if any), starts a new one (timers must survive it). */
  restartRequestsWorker(whileStopped?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestbed(databaseServerUrl: string, { sticky = true } = {}): Promise<Testbed> {
  const [env, database] = await Promise.all([startTimeSkippingServer(), createTestDatabase(databaseServerUrl)]);
  const db = createDb(database.databaseUrl);
  const guardDb = createDb(database.databaseUrl, { maxConnections: 2 });
  const services = new OtherServices();
  const vault = new CustomerVault(db, new FieldCipher([{ id: 'testbed', key: new Uint8Array(randomBytes(32)) }]));
  services.vault = vault;
  const routing = loadRouting(defaultRoutingPath);
  const stops: (() => Promise<void>)[] = [() => database.stop(), () => db.destroy(), () => guardDb.destroy(), () => env.teardown()];
  const stop = async () => {
    for (const next of stops.reverse().splice(0)) await next();
  };
  let stopWorker: () => Promise<void> = async () => undefined;
  try {
    await migrateToLatest(db);
    stops.push(await services.start(env));
    stopWorker = await startRequestsWorker(env, db, guardDb, vault, routing, { sticky });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    env,
    db,
    vault,
    services,
    restartRequestsWorker: async (whileStopped) => {
      await stopWorker();
      await whileStopped?.();
      stopWorker = await startRequestsWorker(env, db, guardDb, vault, routing, { sticky });
    },
    stop: async () => {
      await stopWorker();
      await stop();
    },
  };
}

/** The caseflow-requests worker and the lines' worker beside it, started and stoppable (to prove timers survive a restart). */
async function startRequestsWorker(env: TestWorkflowEnvironment, db: Db, guardDb: Db, vault: CustomerVault, routing: Routing, { sticky = true } = {}): Promise<() => Promise<void>> {
  const worker = await createRequestsWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    db,
    guardDb,
    client: env.client,
    vault,
    routing,
    workflowBundle: await workflowBundle(),
    ...(sticky ? {} : { maxCachedWorkflows: 0 }),
  });
  const lines = await createAssignmentWorker({ connection: env.nativeConnection, namespace: env.namespace ?? 'default', db, guardDb, client: env.client, workflowBundle: await workflowBundle() });
  const running = Promise.all([worker.run(), lines.run()]);
  return async () => {
    worker.shutdown();
    lines.shutdown();
    await running;
  };
}

export function requestInput(requestId: string, subject: string, createdAt: string): ServiceRequestInput {
  return {
    requestId,
    customerId: `cust-${requestId.slice(0, 8)}`,
    subject,
    body: 'Test request body',
    type: 'inquiry',
    channel: 'test',
    metadata: {},
    idempotencyKey: null,
    requestHash: 'test',
    createdAt,
  };
}

/** Starts a request workflow the way intake does (intake's row insert is left to the workflow's first record). */
export async function startRequest(env: TestWorkflowEnvironment, requestId: string, subject: string, options: ServiceRequestOptions = {}) {
  const createdAt = new Date(await env.currentTimeMs()).toISOString();
  return env.client.workflow.start(serviceRequestWorkflowType, serviceRequestStart(requestInput(requestId, subject, createdAt), options));
}

/** Polls the workflow's state Query until `ready` holds (activities run in real time). */
export async function stateWhen(
  env: TestWorkflowEnvironment,
  requestId: string,
  ready: (state: ServiceRequestState) => boolean,
  timeoutMs = 20_000,
): Promise<ServiceRequestState> {
  const handle = env.client.workflow.getHandle(requestWorkflowId(requestId));
  const deadline = Date.now() + timeoutMs;
  let last: ServiceRequestState | undefined;
  while (Date.now() < deadline) {
    last = await handle.query(stateQuery);
    if (ready(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`request ${requestId} did not reach the expected state; last: ${JSON.stringify(last)}`);
}

/** The next instant that is `weekday` (1 = Monday) at hh:mm local time in `timeZone`. */
export function nextLocal(from: number, timeZone: string, weekday: number, hh: number, mm: number): number {
  for (let day = 0; day < 8; day += 1) {
    const date = new Date(from + utcOffset(timeZone, from) + day * 24 * 3_600_000);
    const wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hh, mm);
    const instant = wall - utcOffset(timeZone, wall);
    if ((date.getUTCDay() || 7) === weekday && instant > from) return instant;
  }
  throw new Error('unreachable');
}

/** Calendars for SLA tests: open every minute of every day in UTC, and a Berlin office week. */
export const alwaysUtc = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00', holidays: [] };
export const berlinOffice = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '18:00', holidays: [] };

/** An SLA policy for tests: normal priority, 30 min first response, 2 h resolution, round the clock in UTC, unless overridden. */
export function testSlaPolicy(overrides: Partial<SlaPolicyInput>): SlaPolicyInput {
  return {
    name: 'test',
    priority: 'normal',
    category: null,
    firstResponseMinutes: 30,
    resolutionMinutes: 120,
    warnFraction: null,
    escalationAction: 'notify',
    escalationQueue: null,
    roundTheClock: true,
    calendar: alwaysUtc,
    ...overrides,
  };
}
