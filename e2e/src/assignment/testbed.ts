import { randomUUID } from 'node:crypto';
import {
  availabilitySignal,
  assignmentLineStart,
  assignmentLineWorkflowType,
  type Classification,
  type Priority,
  requestWorkflowId,
  serviceRequestStart,
  serviceRequestWorkflowType,
  taskQueues,
} from '@caseflow/contracts';
import { createDb, type Db, insertAgent, migrateToLatest, type QueueAssignmentMode, setAgentAvailability, setQueueMode } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, freePort, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createNamespace } from '../namespace';
import { serviceProcess, type Supervised } from '../processes';

/**
 * The assignment tests' system: a database and namespace of their own, the real workflow
 * worker as a process (it hosts the request workflows and every queue's line, and is what
 * the crash test kills), and an in-process classifier stand-in that routes a subject
 * "priority/queue" exactly there, so each test owns its queue.
 */
export interface AssignmentBed {
  db: Db;
  temporal: Client;
  workflows: Supervised;
  stop(): Promise<void>;
}

export async function startAssignmentBed(databaseServerUrl: string, temporalAddress: string): Promise<AssignmentBed> {
  const database: RunningPostgres = await createTestDatabase(databaseServerUrl);
  const db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  const namespace = await createNamespace(temporalAddress);
  const workflows = serviceProcess(
    'workflows',
    'workflows',
    { DATABASE_URL: database.databaseUrl, TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_NAMESPACE: namespace, METRICS_ADDRESS: `127.0.0.1:${await freePort()}`, LOG_LEVEL: 'info' },
    /workflow worker started/,
  );
  await workflows.start();
  const connection = await NativeConnection.connect({ address: temporalAddress });
  const classifier = await Worker.create({
    connection,
    namespace,
    taskQueue: taskQueues.classification,
    activities: {
      classify: async ({ subject }: { subject: string }): Promise<Classification> => {
        const [priority, queue] = subject.split('/') as [Priority, string];
        return { category: queue, queue, priority, confidence: 0.9, modelVersion: 'test', alternatives: [] };
      },
    },
  });
  const running = classifier.run();
  const temporal = await connectClient({ address: temporalAddress, namespace });
  return {
    db,
    temporal,
    workflows,
    stop: async () => {
      classifier.shutdown();
      await running;
      await Promise.all([workflows.stop(), temporal.connection.close()]);
      await connection.close();
      await db.destroy();
      await database.stop();
    },
  };
}

/** Agents serving one queue, available unless said otherwise. */
export async function agentsFor(
  db: Db,
  queue: string,
  specs: { name: string; capacity: number; languages?: string[]; level?: number; availability?: 'available' | 'away' | 'offline' }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const spec of specs) {
    const agent = await insertAgent(db, {
      name: spec.name,
      email: `${spec.name}-${randomUUID().slice(0, 8)}@example.com`,
      role: 'agent',
      languages: spec.languages ?? ['en'],
      capacity: spec.capacity,
      queues: [{ queue, level: spec.level ?? 1 }],
    });
    await setAgentAvailability(db, agent.id, spec.availability ?? 'available');
    ids.push(agent.id);
  }
  return ids;
}

export async function queueIn(db: Db, queue: string, mode: QueueAssignmentMode): Promise<void> {
  await setQueueMode(db, queue, mode);
}

/** Starts a request workflow the way intake does; the subject routes it ("priority/queue"). */
export async function postRequest(temporal: Client, queue: string, { priority = 'normal', body = 'Please help with my card.', createdAt = new Date() }: { priority?: Priority; body?: string; createdAt?: Date } = {}): Promise<string> {
  const requestId = randomUUID();
  const input = {
    requestId,
    customerId: `cust-${requestId.slice(0, 8)}`,
    subject: `${priority}/${queue}`,
    body,
    type: 'inquiry' as const,
    channel: 'test',
    metadata: {},
    idempotencyKey: null,
    requestHash: 'test',
    createdAt: createdAt.toISOString(),
  };
  await temporal.workflow.start(serviceRequestWorkflowType, serviceRequestStart(input, {}));
  return requestId;
}

/** What intake's onAvailabilityChanged does: the new availability in the database, then the queue's line told. */
export async function setAvailability(bed: AssignmentBed, queue: string, agentId: string, availability: 'available' | 'away' | 'offline', reassignAfterMs: number): Promise<void> {
  await setAgentAvailability(bed.db, agentId, availability);
  await bed.temporal.workflow.signalWithStart(assignmentLineWorkflowType, {
    ...assignmentLineStart(queue),
    signal: availabilitySignal,
    signalArgs: [{ agentId, available: availability === 'available', reassignAfterMs }],
  });
}

export async function requestsOf(db: Db, ids: readonly string[]) {
  return db.selectFrom('requests').select(['id', 'status', 'assignee', 'queue']).where('id', 'in', ids).execute();
}

/** request.assigned events by request: more than one without an unassign between is a double assignment. */
export async function assignmentEvents(db: Db, ids: readonly string[]) {
  return db.selectFrom('request_events').select(['request_id', 'type', 'data', 'seq']).where('request_id', 'in', ids).where('type', 'in', ['request.assigned', 'request.unassigned']).orderBy('request_id').orderBy('seq').execute();
}

export const handleOf = (temporal: Client, requestId: string) => temporal.workflow.getHandle(requestWorkflowId(requestId));
