import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../client';
import { REQUEST_EVENTS_CHANNEL } from '../migrations/2026-12-01-1000-event-stream';

/** One recorded request event as the live stream tells it: what changed, never any customer text. */
export interface StreamEvent {
  /** request_events.id: global and increasing in insertion order. */
  id: number;
  requestId: string;
  seq: number;
  type: string;
  status: string | null;
  queue: string | null;
  assignee: string | null;
  at: string;
}

/**
 * Events after `afterId`, in id order: what a reconnecting page missed. Events recorded before
 * the stream existed carry no state of their own and read their request's current row.
 */
export async function requestEventsAfter(db: Db, afterId: number, limit: number): Promise<StreamEvent[]> {
  const rows = await db
    .selectFrom('request_events as e')
    .innerJoin('requests as r', 'r.id', 'e.request_id')
    .select([
      'e.id',
      'e.request_id',
      'e.seq',
      'e.type',
      'e.at',
      sql<string | null>`case when e.status is null then r.status else e.status end`.as('status'),
      sql<string | null>`case when e.status is null then r.queue else e.queue end`.as('queue'),
      sql<string | null>`case when e.status is null then r.assignee else e.assignee end`.as('assignee'),
    ])
    .where('e.id', '>', afterId)
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, requestId: row.request_id, seq: row.seq, type: row.type, status: row.status, queue: row.queue, assignee: row.assignee, at: row.at.toISOString() }));
}

/** The newest event's id (0 when there is none). */
export async function latestRequestEventId(db: Db): Promise<number> {
  const row = await db.selectFrom('request_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}

const str = (value: unknown) => (typeof value === 'string' ? value : null);

/** The trigger's NOTIFY payload, or undefined when it is not one (it is still checked: it crosses a process boundary). */
export function parseStreamNotification(payload: string): StreamEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const at = str(v['at']);
  if (typeof v['id'] !== 'number' || typeof v['seq'] !== 'number' || str(v['requestId']) === null || str(v['type']) === null || at === null) return undefined;
  return {
    id: v['id'],
    requestId: v['requestId'] as string,
    seq: v['seq'],
    type: v['type'] as string,
    status: str(v['status']),
    queue: str(v['queue']),
    assignee: str(v['assignee']),
    at: new Date(at).toISOString(),
  };
}

export interface RequestEventListener {
  close(): Promise<void>;
}

export interface RequestEventHandlers {
  onEvent(event: StreamEvent): void;
  /** After each (re)connection, once LISTEN is in place: what committed while it was down can be read from the table. */
  onListening(): void;
  onError(error: unknown): void;
}

/**
 * One connection of its own (LISTEN holds it; a pool would hand it to others), reconnected
 * after `retryMs` whenever PostgreSQL drops it.
 */
export function listenRequestEvents(databaseUrl: string, handlers: RequestEventHandlers, retryMs = 1000): RequestEventListener {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const lost = (lostClient: pg.Client, error?: unknown) => {
    if (error !== undefined) handlers.onError(error);
    if (closed || client !== lostClient) return;
    client = undefined;
    lostClient.end().catch(() => {});
    timer = setTimeout(() => void connect(), retryMs);
  };
  const connect = async () => {
    const current = new pg.Client({ connectionString: databaseUrl, application_name: 'caseflow-intake-stream' });
    client = current;
    current.on('notification', (message) => {
      if (message.channel !== REQUEST_EVENTS_CHANNEL || message.payload === undefined) return;
      const event = parseStreamNotification(message.payload);
      if (event !== undefined) handlers.onEvent(event);
    });
    current.on('error', (error) => lost(current, error));
    current.on('end', () => lost(current));
    try {
      await current.connect();
      await current.query(`listen ${REQUEST_EVENTS_CHANNEL}`);
      if (client === current && !closed) handlers.onListening();
    } catch (error) {
      lost(current, error);
    }
  };
  void connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = undefined;
      await last?.end().catch(() => {});
    },
  };
}
