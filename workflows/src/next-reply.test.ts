import { randomUUID } from 'node:crypto';
import { actionUpdates, customerMessageUpdate, noteUpdate, replyUpdate, requestWorkflowId, type ServiceRequestState } from '@caseflow/contracts';
import { createSlaPolicy, type Db, listRequestEvents, type SlaPolicyInput } from '@caseflow/db';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { berlinOffice, nextLocal, startRequest, startTestbed, stateWhen, subjectFor, type Testbed, testSlaPolicy } from './testing';

// The next-reply clock on the time-skipping server: started by a customer's message once the
// first response is behind, stopped by the next public reply, paused while waiting on the
// customer, warned and escalated like the other clocks.
let testbed: Testbed;
let env: TestWorkflowEnvironment;
let db: Db;

const minute = 60_000;

const policy = (overrides: Partial<SlaPolicyInput>) => testSlaPolicy({ name: 'chat', resolutionMinutes: 10 * 24 * 60, nextReplyMinutes: 60, warnFraction: 0.5, ...overrides });

beforeAll(async () => {
  testbed = await startTestbed(inject('databaseUrl'));
  ({ env, db } = testbed);
  await createSlaPolicy(db, policy({}));
  await createSlaPolicy(db, policy({ priority: 'high', calendar: berlinOffice, roundTheClock: false }));
});

afterAll(async () => {
  await testbed?.stop();
});

const handle = (id: string) => env.client.workflow.getHandle(requestWorkflowId(id));
const agent = { kind: 'api_key' as const, id: 'key-1', name: 'operator' };
const reply = (id: string, body = 'We are on it') => handle(id).executeUpdate(replyUpdate, { args: [{ actor: agent, body }] });
const note = (id: string) => handle(id).executeUpdate(noteUpdate, { args: [{ actor: agent, body: 'courier case 4471' }] });
async function customerWrites(id: string, body = 'Any news?') {
  const state = await stateWhen(env, id, () => true);
  const message = { id: randomUUID(), requestId: id, direction: 'inbound' as const, visibility: 'public' as const, author: { kind: 'customer' as const, id: state.customerId }, body, html: null, attachments: [], channel: 'api' as const, externalId: null };
  return handle(id).executeUpdate(customerMessageUpdate, { args: [{ actor: { kind: 'customer', id: state.customerId }, message, reopenWindowMs: 14 * 24 * 60 * minute }] });
}
/** Lets recorded events land: activities run in real time while the server's clock stands still. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const eventsOf = async (id: string) => listRequestEvents(db, id);

async function answeredRequest(priority: 'normal' | 'high' = 'normal'): Promise<{ id: string; state: ServiceRequestState }> {
  const id = randomUUID();
  await startRequest(env, id, subjectFor(priority, 'card_arrival'), { autoCloseAfter: '30 days' });
  await stateWhen(env, id, (s) => s.status === 'classified' && s.sla.terms !== null);
  return { id, state: await reply(id, 'Hello, we are looking into it') };
}

describe('the next-reply clock', () => {
  it('leaves a customer message before the first response to the first-response clock', async () => {
    const id = randomUUID();
    await startRequest(env, id, subjectFor('normal', 'card_arrival'), { autoCloseAfter: '30 days' });
    await stateWhen(env, id, (s) => s.status === 'classified' && s.sla.terms !== null);
    const { state } = await customerWrites(id);
    expect(state.sla.nextReply).toBeNull();
    expect(state.sla.firstResponse.stoppedAt).toBeNull();
    expect(state.slaDueAt).toBe(state.sla.firstResponse.dueAt);
  });

  it('runs from a customer message after the first reply, due the policy\'s minutes later, and stops at the next public reply, not at an internal note', async () => {
    const { id, state: answered } = await answeredRequest();
    expect(answered.sla.nextReply).toBeNull();
    await env.sleep(10 * minute);
    const { state } = await customerWrites(id);
    const clock = state.sla.nextReply!;
    expect(clock).toMatchObject({ targetMinutes: 60, stoppedAt: null, breached: false });
    expect(Date.parse(clock.dueAt!) - Date.parse(clock.runningSince!)).toBe(60 * minute);
    expect(Date.parse(clock.warnAt!) - Date.parse(clock.runningSince!)).toBe(30 * minute);
    expect(state.slaDueAt).toBe(clock.dueAt);

    // A second message before the reply does not push the due time back.
    await env.sleep(5 * minute);
    expect((await customerWrites(id, 'Hello?')).state.sla.nextReply?.dueAt).toBe(clock.dueAt);

    const noted = await note(id);
    expect(noted.sla.nextReply).toMatchObject({ stoppedAt: null, dueAt: clock.dueAt });

    const replied = await reply(id);
    expect(replied.sla.nextReply?.stoppedAt).not.toBeNull();
    expect(replied.slaDueAt).toBe(replied.sla.resolution.dueAt);
    await settle();
    const row = await db.selectFrom('requests').select('sla_clocks').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.sla_clocks?.nextReply).toEqual(replied.sla.nextReply);

    // The next customer message starts a new cycle from its own time.
    await env.sleep(30 * minute);
    const again = (await customerWrites(id)).state.sla.nextReply!;
    expect(again.stoppedAt).toBeNull();
    expect(Date.parse(again.dueAt!) - Date.parse(again.runningSince!)).toBe(60 * minute);
    expect(Date.parse(again.runningSince!)).toBeGreaterThan(Date.parse(replied.sla.nextReply!.stoppedAt!));
  });

  it('counts business minutes: a message on Friday 17:30 with a 60-minute target is due Monday 09:30', async () => {
    const now = await env.currentTimeMs();
    const friday = nextLocal(now, 'Europe/Berlin', 5, 17, 0);
    await env.sleep(friday - now);
    const { id } = await answeredRequest('high');
    await env.sleep(30 * minute);
    const { state } = await customerWrites(id);
    const berlin = (iso: string | null | undefined) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso!));
    expect(berlin(state.sla.nextReply?.runningSince)).toBe('Fri 17:30');
    expect(berlin(state.sla.nextReply?.dueAt)).toBe('Mon 09:30');
  });

  it('pauses while waiting on the customer and counts on when the customer answers', async () => {
    const { id } = await answeredRequest();
    await handle(id).executeUpdate(actionUpdates.assign, { args: [{ actor: 'op', agentId: 'ana', agentName: 'Ana', reason: 'manual' }] });
    await handle(id).executeUpdate(actionUpdates.start, { args: [{ actor: 'op' }] });
    await customerWrites(id);
    await env.sleep(20 * minute);
    const waiting = await handle(id).executeUpdate(actionUpdates.wait, { args: [{ actor: 'op', reason: 'asked for the card number' }] });
    expect(waiting.sla.nextReply).toMatchObject({ runningSince: null, stoppedAt: null, dueAt: null });
    await env.sleep(3 * 60 * minute);
    await settle();
    expect((await stateWhen(env, id, () => true)).escalationLevel).toBe(0);

    const { outcome, state } = await customerWrites(id, 'It is 4242');
    expect(outcome).toBe('resumed');
    const clock = state.sla.nextReply!;
    // 20 minutes counted before the wait (and the test's own seconds), the rest from the answer.
    expect(clock.elapsedMs).toBeGreaterThanOrEqual(20 * minute);
    expect(clock.elapsedMs).toBeLessThan(21 * minute);
    expect(Date.parse(clock.dueAt!) - Date.parse(clock.runningSince!)).toBe(60 * minute - clock.elapsedMs);
  });

  it('warns, then escalates once at the breach; the reply ends the cycle and the next one starts unbreached', async () => {
    const { id } = await answeredRequest();
    await customerWrites(id);
    await env.sleep(61 * minute);
    const escalated = await stateWhen(env, id, (s) => s.escalationLevel === 1);
    expect(escalated.slaBreached).toBe(true);
    expect(escalated.sla.nextReply).toMatchObject({ warned: true, breached: true });
    await env.sleep(60 * minute);
    await settle();
    const events = await eventsOf(id);
    const clockEvents = events.filter((e) => e.type === 'request.sla_warning' || e.type === 'request.escalated').map((e) => `${e.type}:${String(e.data['clock'])}`);
    expect(clockEvents).toEqual(['request.sla_warning:nextReply', 'request.escalated:nextReply']);
    expect((await stateWhen(env, id, () => true)).escalationLevel).toBe(1);

    await reply(id, 'Sorry for the wait');
    const fresh = (await customerWrites(id)).state;
    expect(fresh.sla.nextReply).toMatchObject({ warned: false, breached: false, stoppedAt: null });
    // The request keeps its record of the breach.
    expect(fresh.slaBreached).toBe(true);
  });
});
