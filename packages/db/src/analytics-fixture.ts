import type { Db } from './client';
import { backfillAnalyticsFacts } from './queries/analytics-facts';

/**
 * A small, fully known data set for the analytics tests: every number the queries give
 * can be recomputed from `fixtureRequests` in plain TypeScript.
 */
export interface FixtureRequest {
  id: string;
  createdAt: Date;
  category: string;
  queue: string;
  channel: string;
  type: string;
  priority: string;
  /** What the model said first (the classified event). */
  predicted: string;
  predictedQueue: string;
  confidence: number;
  reclassified: boolean;
  /** An operator confirmed the model's category (`request.category_confirmed`). */
  confirmed: boolean;
  status: string;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  csat: number | null;
  slaDueAt: Date | null;
  slaBreached: boolean;
  /** Breached clocks, each a `request.escalated` event with the level it reached. */
  escalations: { clock: 'firstResponse' | 'resolution' | 'nextReply'; level: number }[];
  assignee: string | null;
}

export const fixtureStart = new Date('2026-10-01T00:00:00Z');
const HOUR = 3_600_000;
const categories = [
  ['card_arrival', 'cards'],
  ['lost_or_stolen_card', 'cards'],
  ['transfer_fee_charged', 'transfers'],
  ['exchange_rate', 'fx'],
] as const;

export const fixtureRequests: FixtureRequest[] = Array.from({ length: 40 }, (_, i) => {
  const [category, queue] = categories[i % 4]!;
  const createdAt = new Date(fixtureStart.getTime() + i * 4 * HOUR + 30 * 60_000);
  const reclassified = i % 7 === 0;
  const predicted = reclassified ? categories[(i + 1) % 4]![0] : category;
  const confidence = Math.round((0.25 + (i % 8) * 0.1) * 100) / 100;
  const resolved = i % 2 === 0;
  const responded = i % 3 !== 2;
  const breachedFirst = i % 5 === 1;
  const breachedResolution = i % 10 === 4;
  const breachedNextReply = i % 15 === 6;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    createdAt,
    category,
    queue,
    channel: i % 3 === 0 ? 'email' : 'web',
    type: i % 5 === 0 ? 'complaint' : 'inquiry',
    priority: i % 4 === 3 ? 'high' : 'normal',
    predicted,
    predictedQueue: confidence < 0.5 ? 'triage' : queue,
    confidence,
    reclassified,
    confirmed: !reclassified && i % 3 === 0,
    status: resolved ? 'resolved' : i % 4 === 1 ? 'in_progress' : 'classified',
    firstRespondedAt: responded ? new Date(createdAt.getTime() + ((i % 6) + 1) * 0.5 * HOUR) : null,
    resolvedAt: resolved ? new Date(createdAt.getTime() + (i + 1) * 1.5 * HOUR) : null,
    csat: resolved && i % 4 === 0 ? ((i / 4) % 5) + 1 : null,
    slaDueAt: i % 8 === 7 ? null : new Date(createdAt.getTime() + 24 * HOUR),
    slaBreached: breachedFirst || breachedResolution || breachedNextReply,
    escalations: (['firstResponse', 'resolution', 'nextReply'] as const)
      .filter((clock) => ({ firstResponse: breachedFirst, resolution: breachedResolution, nextReply: breachedNextReply })[clock])
      .map((clock, index) => ({ clock, level: index + 1 })),
    assignee: i % 2 === 0 ? 'ana' : i % 3 === 0 ? 'bo' : null,
  };
});

/**
 * Writes the fixture straight into the read model (requests and their lifecycle events),
 * then lets the migration's backfill derive the analytics facts from them, so the
 * known-answer tests check the backfill and the aggregates together.
 */
export async function seedFixture(db: Db, options: { extraColumns?: (r: FixtureRequest) => Record<string, unknown> } = {}): Promise<void> {
  await db.insertInto('customers').values({ id: 'cust-analytics' }).onConflict((oc) => oc.doNothing()).execute();
  for (const r of fixtureRequests) {
    await db
      .insertInto('requests')
      .values({
        id: r.id,
        customer_id: 'cust-analytics',
        subject: `${r.category} question ${r.id.slice(-2)}`,
        body: `About ${r.category.replaceAll('_', ' ')}.`,
        type: r.type,
        language: 'en',
        channel: r.channel,
        metadata: '{}',
        status: r.status,
        category: r.category,
        queue: r.queue,
        priority: r.priority,
        confidence: r.reclassified ? 1 : r.confidence,
        model_version: 'fixture',
        assignee: r.assignee,
        escalation_level: r.escalations.length,
        sla_due_at: r.slaDueAt,
        sla_breached: r.slaBreached,
        request_hash: 'fixture',
        workflow_id: `request-${r.id}`,
        created_at: r.createdAt,
        updated_at: r.createdAt,
        classified_at: r.createdAt,
        resolved_at: r.resolvedAt,
        ...(options.extraColumns?.(r) ?? {}),
      })
      .execute();
    const events: { type: string; data: Record<string, unknown> }[] = [
      { type: 'request.created', data: {} },
      { type: 'request.classified', data: { category: r.predicted, queue: r.predictedQueue, priority: r.priority, confidence: r.confidence, modelVersion: 'fixture' } },
      ...(r.reclassified ? [{ type: 'request.reclassified', data: { from: { category: r.predicted }, to: { category: r.category, queue: r.queue } } }] : []),
      ...(r.confirmed ? [{ type: 'request.category_confirmed', data: { category: r.category } }] : []),
      ...r.escalations.map((e) => ({ type: 'request.escalated', data: { clock: e.clock, level: e.level } })),
    ];
    await db
      .insertInto('request_events')
      .values(events.map((e, n) => ({ request_id: r.id, seq: n + 1, event_id: `${r.id}.${n + 1}`, type: e.type, actor: JSON.stringify({ kind: 'system' }), at: r.createdAt, data: JSON.stringify(e.data) })))
      .execute();
  }
  await backfillAnalyticsFacts(db);
}
