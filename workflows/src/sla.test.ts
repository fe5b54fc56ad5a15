import { randomUUID } from 'node:crypto';
import { actionUpdates, type EscalationDigest, escalationDigestWorkflowType, escalationSweepWorkflowType, requestWorkflowId, searchAttributes, taskQueues } from '@caseflow/contracts';
import { createSlaPolicy, type Db, findSlaReviewCandidates, listRequestEvents, updateSlaPolicy } from '@caseflow/db';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EscalationSweepResult } from './escalation';
import { alwaysUtc, berlinOffice, nextLocal, type OtherServices, startRequest, startTestbed, stateWhen, subjectFor, type Testbed, testSlaPolicy } from './testing';

let testbed: Testbed;
let env: TestWorkflowEnvironment;
let db: Db;
let services: OtherServices;

const minute = 60_000;

const policy = testSlaPolicy;

beforeAll(async () => {
  // Without workflow caching (no sticky task queue), so a stopped worker's tasks go to its
  // successor at once: the test server, unlike a real one, never gives up on a sticky queue.
  testbed = await startTestbed(inject('databaseUrl'), { sticky: false });
  ({ env, db, services } = testbed);
  await createSlaPolicy(db, policy({ priority: 'normal', warnFraction: 0.5 }));
});

afterAll(async () => {
  await testbed?.stop();
});

const eventTypes = async (id: string) => (await listRequestEvents(db, id)).map((event) => event.type);
const count = (types: string[], type: string) => types.filter((t) => t === type).length;
/** Lets recorded events land: activities run in real time while the server's clock stands still. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function plannedRequest(subject: string) {
  const id = randomUUID();
  await startRequest(env, id, subject, { autoCloseAfter: '30 days' });
  const state = await stateWhen(env, id, (s) => s.status === 'classified' && s.sla.terms !== null);
  return { id, state };
}

describe('SLA breaches', () => {
  it('escalates exactly once per breached clock, warning first, and shows it in the API fields and search attributes', async () => {
    const { id, state } = await plannedRequest(subjectFor('normal', 'card_arrival'));
    expect(Date.parse(state.sla.firstResponse.dueAt!) - Date.parse(state.createdAt)).toBe(30 * minute);

    await env.sleep(31 * minute);
    const first = await stateWhen(env, id, (s) => s.escalationLevel === 1);
    expect(first.slaBreached).toBe(true);
    await env.sleep(30 * minute);
    await settle();
    expect((await stateWhen(env, id, () => true)).escalationLevel).toBe(1);

    await env.sleep(60 * minute);
    await stateWhen(env, id, (s) => s.escalationLevel === 2);
    await env.sleep(24 * 60 * minute);
    await settle();
    const types = await eventTypes(id);
    expect(count(types, 'request.escalated')).toBe(2);
    expect(count(types, 'request.sla_warning')).toBe(2);
    expect(types.indexOf('request.sla_warning')).toBeLessThan(types.indexOf('request.escalated'));

    const final = await stateWhen(env, id, () => true);
    expect(final.escalationLevel).toBe(2);
    const described = await env.client.workflow.getHandle(requestWorkflowId(id)).describe();
    expect(described.typedSearchAttributes.get(searchAttributes.escalationLevel)).toBe(2);
    expect(described.typedSearchAttributes.get(searchAttributes.slaDueAt)?.toISOString()).toBe(final.slaDueAt);
    const row = await db.selectFrom('requests').select(['escalation_level', 'sla_breached', 'sla_due_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ escalation_level: 2, sla_breached: true, sla_due_at: new Date(final.slaDueAt!) });
  });

  it('fires a breach timer started before a worker restart exactly once, on the new worker', async () => {
    const { id } = await plannedRequest(subjectFor('normal', 'card_arrival'));
    await env.sleep(10 * minute);
    await testbed.restartRequestsWorker();
    await env.sleep(25 * minute);
    await stateWhen(env, id, (s) => s.escalationLevel === 1);
    await settle();
    expect(count(await eventTypes(id), 'request.escalated')).toBe(1);
  });

  it('stops the first-response clock at the first public comment, not at an internal note', async () => {
    const { id } = await plannedRequest(subjectFor('normal', 'card_arrival'));
    const handle = env.client.workflow.getHandle(requestWorkflowId(id));
    const note = await handle.executeUpdate(actionUpdates.comment, { args: [{ actor: 'op', author: 'ana', body: 'checking', internal: true }] });
    expect(note.firstRespondedAt).toBeNull();
    const reply = await handle.executeUpdate(actionUpdates.comment, { args: [{ actor: 'op', author: 'ana', body: 'On it', internal: false }] });
    expect(reply.firstRespondedAt).not.toBeNull();
    expect(reply.sla.firstResponse.stoppedAt).toBe(reply.firstRespondedAt);
    expect(reply.slaDueAt).toBe(reply.sla.resolution.dueAt);
  });

  it('records both clocks and their calendar in the read model, for the request page', async () => {
    const { id } = await plannedRequest(subjectFor('normal', 'card_arrival'));
    const handle = env.client.workflow.getHandle(requestWorkflowId(id));
    const reply = await handle.executeUpdate(actionUpdates.comment, { args: [{ actor: 'op', author: 'ana', body: 'On it', internal: false }] });
    await settle();
    const row = await db.selectFrom('requests').select('sla_clocks').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.sla_clocks).toEqual({ firstResponse: reply.sla.firstResponse, resolution: reply.sla.resolution, nextReply: null, calendar: alwaysUtc });
    expect(row.sla_clocks?.firstResponse.stoppedAt).toBe(reply.firstRespondedAt);
  });
});

describe('the escalation sweep', () => {
  it('escalates a request whose timer a policy change outran, and a second sweep changes nothing more', async () => {
    const scoped = await createSlaPolicy(db, policy({ priority: 'low', category: 'card_arrival', firstResponseMinutes: 600, resolutionMinutes: 480 }));
    const { id } = await plannedRequest(subjectFor('low', 'card_arrival'));
    await updateSlaPolicy(db, scoped.id, policy({ priority: 'low', category: 'card_arrival', firstResponseMinutes: 600, resolutionMinutes: 1 }));
    await env.sleep(2 * minute);
    await settle();
    expect((await stateWhen(env, id, () => true)).escalationLevel).toBe(0);
    const now = new Date(await env.currentTimeMs());
    expect((await findSlaReviewCandidates(db, { now, limit: 1000 })).map((c) => c.id)).toContain(id);

    const sweep = (n: number) =>
      env.client.workflow.execute(escalationSweepWorkflowType, { taskQueue: taskQueues.requests, workflowId: `sweep-${n}-${id}`, args: [{}] }) as Promise<EscalationSweepResult>;
    expect((await sweep(1)).signalled).toBeGreaterThanOrEqual(1);
    const escalated = await stateWhen(env, id, (s) => s.escalationLevel === 1);
    expect(escalated.sla.terms?.policyVersion).toBe(scoped.version + 1);
    await settle();
    const afterFirst = await eventTypes(id);
    expect(afterFirst.slice(-2)).toEqual(['request.sla_updated', 'request.escalated']);

    await sweep(2);
    await settle();
    expect(await eventTypes(id)).toEqual(afterFirst);
    expect((await findSlaReviewCandidates(db, { now: new Date(await env.currentTimeMs()), limit: 1000 })).map((c) => c.id)).not.toContain(id);
  });

  it('sends a digest of open breaches per queue', async () => {
    const digest = (await env.client.workflow.execute(escalationDigestWorkflowType, { taskQueue: taskQueues.requests, workflowId: `digest-${randomUUID()}` })) as EscalationDigest;
    expect(digest.queues.find((queue) => queue.queue === 'card_arrival-queue')?.breached).toBeGreaterThanOrEqual(1);
    expect(services.digests.map((sent) => sent.id)).toContain(digest.id);
  });
});

describe('business hours', () => {
  it('makes a 1-hour first response posted Friday 17:55 due Monday 09:55, and escalates then to the escalation queue', async () => {
    await createSlaPolicy(db, policy({ priority: 'high', firstResponseMinutes: 60, resolutionMinutes: 600, calendar: berlinOffice, roundTheClock: false, escalationAction: 'escalation_queue', escalationQueue: 'escalations' }));
    const now = await env.currentTimeMs();
    const friday = nextLocal(now, 'Europe/Berlin', 5, 17, 55);
    await env.sleep(friday - now);
    const { id, state } = await plannedRequest(subjectFor('high', 'card_arrival'));
    const monday = nextLocal(friday, 'Europe/Berlin', 1, 9, 55);
    const berlin = (iso: string | null) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso!));
    expect(berlin(state.createdAt)).toBe('Fri 17:55');
    expect(berlin(state.sla.firstResponse.dueAt)).toBe('Mon 09:55');
    // Due exactly one business hour after creation (creation carries the test server's milliseconds).
    expect(Date.parse(state.slaDueAt!) - monday).toBe(Date.parse(state.createdAt) - friday);

    await env.sleep(monday - friday - 5 * minute);
    await settle();
    expect((await stateWhen(env, id, () => true)).escalationLevel).toBe(0);
    await env.sleep(10 * minute);
    const escalated = await stateWhen(env, id, (s) => s.escalationLevel === 1);
    expect(escalated.classification?.queue).toBe('escalations');
  });

  it('stops the clock over the lunch break of a calendar with several openings a day: 1 hour from 11:30 is due 13:30', async () => {
    const lunch = { ...berlinOffice, hours: [['09:00', '12:00'], ['13:00', '18:00']] as [string, string][] };
    await createSlaPolicy(db, policy({ priority: 'urgent', firstResponseMinutes: 60, resolutionMinutes: 600, calendar: lunch, roundTheClock: false }));
    const now = await env.currentTimeMs();
    const tuesday = nextLocal(now, 'Europe/Berlin', 2, 11, 30);
    await env.sleep(tuesday - now);
    const { id, state } = await plannedRequest(subjectFor('urgent', 'card_arrival'));
    const berlin = (iso: string | null) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso!));
    expect(berlin(state.createdAt)).toBe('Tue 11:30');
    expect(berlin(state.sla.firstResponse.dueAt)).toBe('Tue 13:30');
    await settle();
    const row = await db.selectFrom('requests').select('sla_clocks').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.sla_clocks?.calendar).toEqual(lunch);
  });
});
