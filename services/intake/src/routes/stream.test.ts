import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createRequest, recordTransition, type TransitionRecord } from '@caseflow/db';
import { newRequestRow, terminateConnections } from '@caseflow/db/testing';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type SignedInAgent, startIsolatedTestApp, type TestApp } from '../testing';

/**
 * GET /v1/stream over real HTTP, fed by real PostgreSQL NOTIFYs: events are recorded the way
 * the workflows' record activity records them (recordTransition), in their own database.
 */
let built: TestApp & { temporal: Client };
let base: string;
const HEARTBEAT_MS = 300;
const cards = `cards-${randomUUID().slice(0, 6)}`;
const loans = `loans-${randomUUID().slice(0, 6)}`;

interface Message {
  id: string | undefined;
  event: string | undefined;
  data: Record<string, unknown>;
  receivedAt: number;
}

/** An EventSource's worth of parsing: enough for what intake sends. */
class StreamClient {
  readonly messages: Message[] = [];
  ended = false;
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];

  static async open(headers: Record<string, string>): Promise<StreamClient> {
    const client = new StreamClient();
    const answer = await fetch(`${base}/v1/stream`, { headers, signal: client.abort.signal });
    if (answer.status !== 200 || answer.body === null) throw new Error(`stream answered ${answer.status}: ${await answer.text()}`);
    expect(answer.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    void client.read(answer.body);
    return client;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = new Map<string, string>();
          for (const line of block.split('\n')) {
            if (line.startsWith(':') || line === '') continue;
            const colon = line.indexOf(':');
            fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
          }
          if (!fields.has('data')) continue;
          this.messages.push({ id: fields.get('id'), event: fields.get('event'), data: JSON.parse(fields.get('data') ?? '{}'), receivedAt: Date.now() });
          this.wake();
        }
      }
    } catch {
      // aborted by close()
    }
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until `count` messages have arrived (or the stream ended, or the time ran out). */
  async until(check: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check() && !this.ended && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, Math.max(0, deadline - Date.now()));
      });
    }
  }

  ofRequest(requestId: string): Message[] {
    return this.messages.filter((m) => m.data['requestId'] === requestId);
  }

  close(): void {
    this.abort.abort();
  }
}

let seqs = new Map<string, number>();
async function newRequestIn(queue: string, assignee: string | null = null): Promise<string> {
  const row = newRequestRow({ subject: 'Private subject text', body: 'Private body text' });
  await createRequest(built.db, row);
  seqs.set(row.id, 0);
  await record(row.id, 'request.classified', { queue, assignee, status: assignee === null ? 'classified' : 'assigned' });
  return row.id;
}

async function record(requestId: string, type: string, change: { queue: string; assignee?: string | null; status?: string }): Promise<number> {
  const seq = (seqs.get(requestId) ?? 0) + 1;
  seqs.set(requestId, seq);
  const now = new Date().toISOString();
  const state: TransitionRecord['state'] = {
    status: change.status ?? 'in_progress',
    category: 'card_arrival',
    queue: change.queue,
    priority: 'normal',
    confidence: 0.9,
    modelVersion: 'm1',
    alternatives: null,
    assignee: change.assignee ?? null,
    resolution: null,
    escalationLevel: 0,
    updatedAt: now,
    resolvedAt: null,
    closedAt: null,
  };
  await recordTransition(built.db, { requestId, event: { id: `${requestId}.${seq}`, seq, type, actor: { kind: 'system' }, at: now, data: { note: 'Private body text' } }, state });
  return Date.now();
}

let ana: SignedInAgent;
let bo: SignedInAgent;
let other: SignedInAgent;
let lead: SignedInAgent;

beforeAll(async () => {
  built = await startIsolatedTestApp({ databaseUrl: inject('databaseUrl'), temporalAddress: inject('temporalAddress'), namespace: inject('temporalNamespace') }, { streamHeartbeatMs: HEARTBEAT_MS });
  await built.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}`;
  ana = await built.agentWith('agent', [cards]);
  bo = await built.agentWith('agent', [cards]);
  other = await built.agentWith('agent', [loans]);
  lead = await built.agentWith('lead');
  seqs = new Map();
});

afterAll(async () => {
  await built?.close();
});

describe('GET /v1/stream', () => {
  it('tells two agents of a queue of an event within a second, with no customer text, and an agent of another queue nothing', async () => {
    const first = await StreamClient.open({ cookie: ana.cookie });
    const second = await StreamClient.open({ cookie: bo.cookie });
    const stranger = await StreamClient.open({ cookie: other.cookie });
    const requestId = await newRequestIn(cards);
    const recordedAt = await record(requestId, 'request.status_changed', { queue: cards, status: 'in_progress' });
    await first.until(() => first.ofRequest(requestId).length === 2);
    await second.until(() => second.ofRequest(requestId).length === 2);
    for (const client of [first, second]) {
      const [classified, changed] = client.ofRequest(requestId);
      expect(classified?.data).toMatchObject({ type: 'request.classified', seq: 1, status: 'classified', queue: cards, assignee: null });
      expect(changed?.event).toBe('request');
      expect(Object.keys(changed?.data ?? {}).sort()).toEqual(['assignee', 'at', 'queue', 'requestId', 'seq', 'status', 'type']);
      expect(changed?.data).toMatchObject({ requestId, seq: 2, type: 'request.status_changed', status: 'in_progress', queue: cards });
      expect(Number(changed?.id)).toBeGreaterThan(Number(classified?.id));
      expect((changed?.receivedAt ?? Infinity) - recordedAt).toBeLessThan(1000);
    }
    // The stranger's stream works (an event of their queue arrives) and carried nothing before it.
    const theirs = await newRequestIn(loans);
    await stranger.until(() => stranger.messages.length >= 1);
    expect(stranger.messages.map((m) => m.data['requestId'])).toEqual([theirs]);
    expect(first.ofRequest(theirs)).toEqual([]);
    for (const client of [first, second, stranger]) client.close();
  });

  it('shows an agent a request assigned to them in a queue they do not serve, and a lead every queue', async () => {
    const mine = await StreamClient.open({ cookie: other.cookie });
    const leads = await StreamClient.open({ cookie: lead.cookie });
    const requestId = await newRequestIn(cards);
    await record(requestId, 'request.assigned', { queue: cards, assignee: other.id, status: 'assigned' });
    await mine.until(() => mine.ofRequest(requestId).length >= 1);
    await leads.until(() => leads.ofRequest(requestId).length >= 2);
    expect(mine.ofRequest(requestId).map((m) => m.data['type'])).toEqual(['request.assigned']);
    expect(leads.ofRequest(requestId).map((m) => m.data['type'])).toEqual(['request.classified', 'request.assigned']);
    mine.close();
    leads.close();
  });

  it('replays exactly the missed events after a reconnection with Last-Event-ID, then goes on live', async () => {
    const requestId = await newRequestIn(cards);
    const before = await StreamClient.open({ cookie: ana.cookie });
    await record(requestId, 'request.status_changed', { queue: cards });
    await before.until(() => before.ofRequest(requestId).length === 1);
    const lastSeen = before.ofRequest(requestId)[0]?.id ?? '';
    before.close();
    await record(requestId, 'request.commented', { queue: cards });
    await record(requestId, 'request.priority_changed', { queue: cards });
    await newRequestIn(loans); // not Ana's: never replayed to her
    const after = await StreamClient.open({ cookie: ana.cookie, 'last-event-id': lastSeen });
    await after.until(() => after.messages.length >= 2);
    await record(requestId, 'request.resolved', { queue: cards, status: 'resolved' });
    await after.until(() => after.messages.length >= 3);
    expect(after.messages.map((m) => [m.data['requestId'], m.data['seq'], m.data['type']])).toEqual([
      [requestId, 3, 'request.commented'],
      [requestId, 4, 'request.priority_changed'],
      [requestId, 5, 'request.resolved'],
    ]);
    after.close();
  });

  it('ends the stream at the next heartbeat once the agent signs out', async () => {
    const agent = await built.agentWith('agent', [cards]);
    const stream = await StreamClient.open({ cookie: agent.cookie });
    await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS * 2));
    expect(stream.ended).toBe(false);
    const signOut = await built.app.inject({ method: 'DELETE', url: '/v1/session', headers: agent.headers });
    expect(signOut.statusCode).toBe(204);
    const signedOutAt = Date.now();
    await stream.until(() => false, HEARTBEAT_MS * 5);
    expect(stream.ended).toBe(true);
    expect(Date.now() - signedOutAt).toBeLessThan(HEARTBEAT_MS * 4);
  });

  it('loses no event when PostgreSQL drops the LISTEN connection: the hub reconnects and reads what it missed', async () => {
    const stream = await StreamClient.open({ cookie: lead.cookie });
    const requestId = await newRequestIn(cards);
    await stream.until(() => stream.ofRequest(requestId).length === 1);
    expect(await terminateConnections(built.db, 'caseflow-intake-stream')).toBe(1);
    // Recorded while nobody listens: the reconnected hub finds it in the table.
    await record(requestId, 'request.commented', { queue: cards });
    await record(requestId, 'request.priority_changed', { queue: cards });
    await stream.until(() => stream.ofRequest(requestId).length === 3, 10_000);
    expect(stream.ofRequest(requestId).map((m) => m.data['seq'])).toEqual([1, 2, 3]);
    stream.close();
  });

  it('answers 503 when the LISTEN connection cannot be made, and serves the rest of the API', async () => {
    const unreachable = await buildTestApp({ databaseUrl: 'postgres://caseflow@127.0.0.1:1/none', db: built.db, adminKey: built.adminKey, temporal: built.temporal, namespace: inject('temporalNamespace') });
    try {
      const answer = await unreachable.injectAsAdmin({ method: 'GET', url: '/v1/stream' });
      expect([answer.statusCode, answer.json().error.code]).toEqual([503, 'temporarily_unavailable']);
      expect((await unreachable.injectAsAdmin({ method: 'GET', url: '/v1/macros' })).statusCode).toBe(200);
    } finally {
      await unreachable.close();
    }
  });

  it('answers 400 to a Last-Event-ID that is not a number, and 401 without a credential', async () => {
    const bad = await fetch(`${base}/v1/stream`, { headers: { cookie: ana.cookie, 'last-event-id': '1; drop table' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    const anonymous = await fetch(`${base}/v1/stream`);
    expect(anonymous.status).toBe(401);
  });
});
