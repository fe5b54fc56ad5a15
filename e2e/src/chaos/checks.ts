import { createDb } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import type { ReceivedWebhook } from '../webhook-receiver';
import type { Outcome } from './load';
import { sleep } from '../processes';

export interface Verdict {
  sent: number;
  accepted: number;
  gaveUp: number;
  lost: number;
  duplicated: number;
  phantom: number;
  notClassified: number;
  notResolved: number;
  workflowsMissing: number;
  workflowsDuplicated: number;
  sequenceGaps: number;
  eventsExpected: number;
  eventsMissing: number;
  eventsUnexpected: number;
  redeliveries: number;
  problems: string[];
}

interface Snapshot {
  rows: { id: string; idempotency_key: string | null; status: string; assignee: string | null }[];
  events: { request_id: string; seq: number; event_id: string }[];
  /**
   * Notices the run's requests caused that are not events of a request: `incident.detected`
   * (many customers asking the same thing, as a chaos load does), queued in the outbox
   * against the incident's first request and delivered like any event.
   */
  notices: string[];
}

async function snapshot(databaseUrl: string, runId: string): Promise<Snapshot> {
  const db = createDb(databaseUrl, { maxConnections: 1 });
  try {
    const rows = await db.selectFrom('requests').select(['id', 'idempotency_key', 'status', 'assignee']).where('idempotency_key', 'like', `${runId}-%`).execute();
    const events = await db
      .selectFrom('request_events')
      .innerJoin('requests', 'requests.id', 'request_events.request_id')
      .select(['request_events.request_id', 'request_events.seq', 'request_events.event_id'])
      .where('requests.idempotency_key', 'like', `${runId}-%`)
      .orderBy('request_events.request_id')
      .orderBy('request_events.seq')
      .execute();
    const notices = await db
      .selectFrom('event_outbox')
      .innerJoin('requests', 'requests.id', 'event_outbox.request_id')
      .select('event_outbox.event_id')
      .where('requests.idempotency_key', 'like', `${runId}-%`)
      .where('event_outbox.event_type', '=', 'incident.detected')
      .execute();
    return { rows, events, notices: notices.map((notice) => notice.event_id) };
  } finally {
    await db.destroy();
  }
}

const deliveryIds = (received: readonly ReceivedWebhook[]) => received.map((hook) => String(hook.headers['x-caseflow-delivery']));

/**
 * Waits until every accepted request has reached its end state and every event arrived. A
 * request is settled once classified and, as every queue assigns automatically, no longer
 * waiting in a line.
 */
export async function awaitQuiescence(
  databaseUrl: string,
  runId: string,
  outcomes: Outcome[],
  received: readonly ReceivedWebhook[],
  timeoutMs: number,
  /** True when waiting is pointless (a member died by itself). */
  hopeless: () => boolean,
): Promise<number> {
  const started = Date.now();
  const want = new Map(outcomes.filter((o) => o.id !== undefined).map((o) => [o.id!, o.resolved ? 'resolved' : 'classified']));
  while (Date.now() - started < timeoutMs && !hopeless()) {
    const { rows, events, notices } = await snapshot(databaseUrl, runId).catch(() => ({ rows: [], events: [], notices: [] }) as Snapshot);
    // Classified with an agent: assigned on arrival, its request.assigned not recorded yet (ms).
    const notYetAssigned = (row: Snapshot['rows'][number]) => row.status === 'classified';
    // A classified request still waiting in its line is not settled: counted as settled (as it
    // was), the verdict read the lines the moment the load ended and called a request that its
    // line had not reached yet "never assigned" (the run of 2026-12-01, quiescence 0 s).
    const settles = (row: Snapshot['rows'][number], wanted: string | undefined) =>
      wanted === 'resolved' ? row.status === 'resolved' : wanted === 'classified' && row.status !== 'pending' && !notYetAssigned(row);
    const settled = rows.filter((row) => settles(row, want.get(row.id))).length;
    const got = new Set(deliveryIds(received));
    if (settled >= want.size && events.length > 0 && events.every((event) => got.has(event.event_id)) && notices.every((id) => got.has(id))) return Date.now() - started;
    await sleep(500);
  }
  return Date.now() - started;
}

export async function verify(options: {
  databaseUrl: string;
  temporal: Client;
  runId: string;
  outcomes: Outcome[];
  received: readonly ReceivedWebhook[];
}): Promise<Verdict> {
  const { outcomes, runId } = options;
  const { rows, events, notices } = await snapshot(options.databaseUrl, runId);
  const problems: string[] = [];
  const accepted = outcomes.filter((o) => o.id !== undefined);
  const rowsByKey = new Map<string, typeof rows>();
  for (const row of rows) rowsByKey.set(row.idempotency_key ?? '', [...(rowsByKey.get(row.idempotency_key ?? '') ?? []), row]);

  let lost = 0;
  let duplicated = 0;
  let notClassified = 0;
  let notResolved = 0;
  for (const outcome of accepted) {
    const found = rowsByKey.get(outcome.key) ?? [];
    if (found.length === 0) {
      lost += 1;
      problems.push(`lost: ${outcome.key} (${outcome.id}) got a 2xx but has no row`);
    }
    if (found.length > 1) duplicated += 1;
    const row = found[0];
    if (row !== undefined && row.status === 'pending') notClassified += 1;
    if (row !== undefined && outcome.resolved && row.status !== 'resolved') notResolved += 1;
  }
  const acceptedKeys = new Set(accepted.map((o) => o.key));
  const phantom = rows.filter((row) => !acceptedKeys.has(row.idempotency_key ?? '')).length;
  if (phantom > 0) problems.push(`${phantom} rows exist for keys the client never got a 2xx for`);

  // One workflow per request: a run that continued as new is the same workflow.
  const runsById = new Map<string, number>();
  for await (const execution of options.temporal.workflow.list({ query: `WorkflowType = "serviceRequest"` })) {
    if (execution.status.name === 'CONTINUED_AS_NEW') continue;
    runsById.set(execution.workflowId, (runsById.get(execution.workflowId) ?? 0) + 1);
  }
  let workflowsMissing = 0;
  let workflowsDuplicated = 0;
  for (const outcome of accepted) {
    const runs = runsById.get(`request-${outcome.id}`) ?? 0;
    if (runs === 0) workflowsMissing += 1;
    if (runs > 1) workflowsDuplicated += 1;
  }

  let sequenceGaps = 0;
  const seqsByRequest = new Map<string, number[]>();
  for (const event of events) seqsByRequest.set(event.request_id, [...(seqsByRequest.get(event.request_id) ?? []), event.seq]);
  for (const [requestId, seqs] of seqsByRequest) {
    if (!seqs.every((seq, index) => seq === index + 1)) {
      sequenceGaps += 1;
      problems.push(`event sequence of ${requestId} is ${seqs.join(',')}`);
    }
  }

  // Work can go on after quiescence (a late assignment, a deadline): every event recorded by
  // the first snapshot must have arrived by the copy of what arrived, taken after it, and
  // everything in that copy must be recorded by a second snapshot, taken after the copy.
  const expected = new Set([...events.map((event) => event.event_id), ...notices]);
  const received = deliveryIds(options.received);
  const distinct = new Set(received);
  const later = await snapshot(options.databaseUrl, runId);
  const recordedLater = new Set([...later.events.map((event) => event.event_id), ...later.notices]);
  const eventsMissing = [...expected].filter((id) => !distinct.has(id)).length;
  const unexpected = [...distinct].filter((id) => !recordedLater.has(id));
  const eventsUnexpected = unexpected.length;
  if (eventsMissing > 0) {
    problems.push(`${eventsMissing} events never reached the webhook receiver`);
    const missing = [...expected].filter((id) => !distinct.has(id));
    problems.push(...(await explainMissingEvents(options.databaseUrl, missing)));
  }
  if (eventsUnexpected > 0) {
    const kinds = options.received.filter((hook) => unexpected.includes(String(hook.headers['x-caseflow-delivery']))).map((hook) => `${String(hook.headers['x-caseflow-delivery'])} (${String(hook.headers['x-caseflow-event'])})`);
    problems.push(`${eventsUnexpected} webhook deliveries name no recorded event of this run: ${[...new Set(kinds)].slice(0, 5).join(', ')}`);
    problems.push(...(await explainUnexpectedDeliveries(options.databaseUrl, unexpected.slice(0, 5))));
  }

  if (duplicated > 0) problems.push(`${duplicated} idempotency keys have more than one row`);
  if (workflowsMissing > 0) problems.push(`${workflowsMissing} accepted requests have no workflow`);
  if (workflowsDuplicated > 0) problems.push(`${workflowsDuplicated} accepted requests have more than one workflow`);
  if (notClassified > 0) problems.push(`${notClassified} accepted requests never left pending`);
  if (notResolved > 0) problems.push(`${notResolved} requests the client resolved are not resolved`);
  const gaveUp = outcomes.length - accepted.length;
  if (gaveUp > 0) problems.push(`${gaveUp} requests never got a 2xx within the client's retry budget`);
  return {
    sent: outcomes.length,
    accepted: accepted.length,
    gaveUp,
    lost,
    duplicated,
    phantom,
    notClassified,
    notResolved,
    workflowsMissing,
    workflowsDuplicated,
    sequenceGaps,
    eventsExpected: expected.size,
    eventsMissing,
    eventsUnexpected,
    redeliveries: received.length - distinct.size,
    problems,
  };
}

/**
 * Where the first few missing events got stuck: their outbox rows (queued, planned, claimed)
 * and their delivery rows in PostgreSQL, so a red run says what to look at instead of only
 * how many. Events no longer have a delivery workflow of their own (the event outbox).
 */
async function explainMissingEvents(databaseUrl: string, eventIds: string[]): Promise<string[]> {
  const db = createDb(databaseUrl, { maxConnections: 1 });
  try {
    const deliveries = await db.selectFrom('webhook_deliveries').select(['status']).select((eb) => eb.fn.countAll<string>().as('count')).where('event_id', 'in', eventIds).groupBy('status').execute();
    const lines = [`deliveries of the missing events by status: ${deliveries.map((d) => `${d.status} ${d.count}`).join(', ') || 'none planned'}`];
    const queued = await db.selectFrom('event_outbox').select(['event_id', 'deliver_after', 'planned_at', 'lease_until']).where('event_id', 'in', eventIds.slice(0, 5)).execute();
    for (const eventId of eventIds.slice(0, 5)) {
      const row = queued.find((q) => q.event_id === eventId);
      const delivery = await db.selectFrom('webhook_deliveries').select(['status', 'attempts', 'next_attempt_at', 'lease_until', 'last_error']).where('event_id', '=', eventId).executeTakeFirst();
      lines.push(
        `${eventId}: ${row === undefined ? 'not in the outbox' : `queued, due ${row.deliver_after.toISOString()}, planned ${row.planned_at?.toISOString() ?? 'no'}, lease ${row.lease_until?.toISOString() ?? 'none'}`}` +
          (delivery === undefined ? '' : `; delivery ${delivery.status} after ${delivery.attempts} attempts, next ${delivery.next_attempt_at?.toISOString() ?? 'none'}, lease ${delivery.lease_until?.toISOString() ?? 'none'}, ${delivery.last_error ?? ''}`),
      );
    }
    return lines;
  } finally {
    await db.destroy();
  }
}

/** Where a delivery that names no event of this run came from: its outbox row, its event row, its request. */
async function explainUnexpectedDeliveries(databaseUrl: string, eventIds: string[]): Promise<string[]> {
  const db = createDb(databaseUrl, { maxConnections: 1 });
  try {
    const lines: string[] = [];
    for (const eventId of eventIds) {
      const queued = await db.selectFrom('event_outbox').select(['request_id', 'event_type', 'created_at']).where('event_id', '=', eventId).executeTakeFirst();
      const recorded = await db.selectFrom('request_events').select(['request_id', 'seq', 'type']).where('event_id', '=', eventId).executeTakeFirst();
      const requestId = queued?.request_id ?? recorded?.request_id;
      const request = requestId === undefined ? undefined : await db.selectFrom('requests').select(['idempotency_key', 'status', 'last_seq']).where('id', '=', requestId).executeTakeFirst();
      lines.push(
        `${eventId}: outbox ${queued === undefined ? 'none' : `${queued.event_type} queued ${queued.created_at.toISOString()}`}; event row ${recorded === undefined ? 'none' : `${recorded.type} seq ${recorded.seq}`}; request ${request === undefined ? 'none' : `key ${request.idempotency_key ?? 'none'}, ${request.status}, last seq ${request.last_seq}`}`,
      );
    }
    return lines;
  } finally {
    await db.destroy();
  }
}
