import { type Db, latestRequestEventId, listenRequestEvents, type RequestEventListener, requestEventsAfter, type StreamEvent } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { ApiError } from './errors';

type Subscriber = (event: StreamEvent) => void;

/** How many recent ids the hub remembers to drop an event it has already fanned out (a gap read and a late notification). */
const REMEMBERED = 4096;
const GAP_PAGE = 500;

/**
 * One LISTEN connection per intake process, fanned out in memory to every open stream. It is
 * opened by the first stream and kept until the app closes. After a reconnection it reads
 * what committed meanwhile from the table (ids above the last it saw), so a PostgreSQL
 * restart loses no event for open streams.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly recent = new Set<number>();
  private lastId = 0;
  private listener: RequestEventListener | undefined;
  private listening: Promise<void> | undefined;
  private connectedOnce = false;

  constructor(
    private readonly db: Db,
    private readonly databaseUrl: string | undefined,
    private readonly logger: Logger,
  ) {}

  /** Resolves once LISTEN is in place: an event committed after that reaches every subscriber. */
  start(): Promise<void> {
    if (this.databaseUrl === undefined) return Promise.reject(new ApiError(503, 'temporarily_unavailable', 'live events are not configured on this intake'));
    const databaseUrl = this.databaseUrl;
    this.listening ??= new Promise<void>((resolve) => {
      this.listener = listenRequestEvents(databaseUrl, {
        onEvent: (event) => this.dispatch(event),
        onListening: () => {
          void this.afterListening().then(resolve, (error: unknown) => this.logger.warn({ err: error }, 'live events: reading the gap failed'));
        },
        onError: (error) => this.logger.warn({ err: error }, 'live events: the LISTEN connection failed; reconnecting'),
      });
    });
    return this.listening;
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  async close(): Promise<void> {
    this.subscribers.clear();
    await this.listener?.close();
  }

  private async afterListening(): Promise<void> {
    if (!this.connectedOnce) {
      this.connectedOnce = true;
      this.lastId = await latestRequestEventId(this.db);
      return;
    }
    for (;;) {
      const missed = await requestEventsAfter(this.db, this.lastId, GAP_PAGE);
      for (const event of missed) this.dispatch(event);
      if (missed.length < GAP_PAGE) return;
    }
  }

  private dispatch(event: StreamEvent): void {
    if (this.recent.has(event.id)) return;
    this.recent.add(event.id);
    if (this.recent.size > REMEMBERED) this.recent.delete(this.recent.values().next().value as number);
    this.lastId = Math.max(this.lastId, event.id);
    for (const subscriber of this.subscribers) subscriber(event);
  }
}
