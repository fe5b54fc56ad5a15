import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, latestRequestEventId, requestEventsAfter, type StreamEvent } from '@caseflow/db';
import { coversQueue } from '@caseflow/people';
import { Type } from 'typebox';
import '../scopes';
import { type Principal, stillAuthorized } from '../auth';
import { ApiError } from '../errors';
import type { EventHub } from '../event-hub';
import { ErrorBody } from '../schemas';

export interface StreamRoutesOptions {
  db: Db;
  hub: EventHub;
  /** A comment line this often keeps proxies from closing the stream; the caller's credential is checked again each time. */
  heartbeatMs: number;
  /** SESSION_IDLE_MINUTES in seconds: a session unused this long ends, open stream or not. */
  sessionIdleSeconds: number;
}

/** More missed events than this and the page is told to reload what it shows (`event: reset`) instead. */
const REPLAY_LIMIT = 1000;
/** A client this far behind (bytes waiting to be sent) is dropped; it reconnects with Last-Event-ID. */
const MAX_BACKLOG_BYTES = 1024 * 1024;
/** How long a new stream waits for the process's LISTEN connection before answering 503. */
const START_TIMEOUT_MS = 5000;

const StreamHeaders = Type.Object({
  'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'the `id` of the last event received: the events after it are sent first' })),
});
const NoQuery = Type.Object({}, { additionalProperties: false });

/** One Server-Sent Events message as its fields (`data` is the event's JSON, as text). */
const SseMessage = Type.Object({ event: Type.Optional(Type.String()), id: Type.Optional(Type.String()), data: Type.Optional(Type.String()), retry: Type.Optional(Type.Integer()) });

const description = `Server-Sent Events (\`text/event-stream\`): one message per recorded request event the caller may see —
an agent the requests of the queues they serve and those assigned to them, leads, admins and API keys all.

\`\`\`
id: 1234
event: request
data: {"requestId":"…","seq":5,"type":"request.assigned","status":"assigned","queue":"cards","assignee":"<agent id>|null","at":"2026-12-01T09:00:00.000Z"}
\`\`\`

\`id\` is request_events.id, global and increasing. No customer text: the page fetches what it shows. After a
reconnection the browser sends \`Last-Event-ID\` and the missed events come first; more than ${REPLAY_LIMIT} missed
answers \`event: reset\` (reload everything; its \`id\` is the newest event). A comment line every heartbeat (15 s);
the stream ends when the session or key does (sign-out, disabling, revocation, idle), at the latest at the next
heartbeat.`;

const message = (event: StreamEvent) =>
  `id: ${event.id}\nevent: request\ndata: ${JSON.stringify({ requestId: event.requestId, seq: event.seq, type: event.type, status: event.status, queue: event.queue, assignee: event.assignee, at: event.at })}\n\n`;

/** The LISTEN connection in place, or a 503 when PostgreSQL does not answer in time (the page retries). */
async function listening(hub: EventHub): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiError(503, 'temporarily_unavailable', 'live events are not available right now; retry shortly')), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([hub.start(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The one authorization: the request's queue (coversQueue), or the agent is its assignee. */
function maySee(principal: Principal, event: StreamEvent): boolean {
  return coversQueue(principal.credential, event.queue) || (principal.kind === 'agent' && event.assignee === principal.id);
}

export const streamRoutes: FastifyPluginAsyncTypebox<StreamRoutesOptions> = async (app, { db, hub, heartbeatMs, sessionIdleSeconds }) => {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/stream',
    {
      // A HEAD would hold the stream open with nothing to send.
      exposeHeadRoute: false,
      config: { scope: 'requests:read' },
      schema: {
        summary: 'Live request events (Server-Sent Events)',
        description,
        headers: StreamHeaders,
        querystring: NoQuery,
        response: {
          200: { description: 'text/event-stream, never closed by the server while the credential lasts', content: { 'text/event-stream': { schema: SseMessage } } },
          400: ErrorBody,
          503: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      let principal = request.principal;
      if (principal === null) throw new ApiError(401, 'unauthenticated', 'this route needs an API key or a session');
      const raw = request.headers['last-event-id'];
      const lastEventId = raw === undefined ? undefined : Number(raw);
      await listening(hub);

      // Subscribe before reading the table, so nothing falls between the replay and the live events.
      const pending: StreamEvent[] = [];
      let live = false;
      const replayed = new Set<number>();
      const res = reply.raw;
      const send = (event: StreamEvent) => {
        if (principal === null || replayed.has(event.id) || !maySee(principal, event)) return;
        res.write(message(event));
        if (res.writableLength > MAX_BACKLOG_BYTES) end();
      };
      const unsubscribe = hub.subscribe((event) => (live ? send(event) : pending.push(event)));
      const heartbeat = setInterval(() => {
        const current = principal;
        if (current === null) return;
        stillAuthorized(db, current, sessionIdleSeconds).then(
          (now) => {
            principal = now;
            if (now === null) end();
            else if (!res.writableEnded) res.write(': heartbeat\n\n');
          },
          (error: unknown) => request.log.warn({ err: error }, 'live events: the heartbeat could not check the credential'),
        );
      }, heartbeatMs);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        if (!res.writableEnded) res.end();
      };
      open.add(end);
      res.on('close', end);

      reply.hijack();
      // Headers set by the hooks so far (security headers, rate limits) go out with the stream's own.
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) res.setHeader(name, value);
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      res.write('retry: 3000\n\n');
      try {
        if (lastEventId !== undefined) {
          const missed = await requestEventsAfter(db, lastEventId, REPLAY_LIMIT + 1);
          if (missed.length > REPLAY_LIMIT) {
            // The newest id now, so the page's next reconnection starts after what its reload shows.
            const newest = Math.max(await latestRequestEventId(db), ...pending.map((event) => event.id));
            res.write(`id: ${newest}\nevent: reset\ndata: {}\n\n`);
            for (const event of missed) replayed.add(event.id);
          } else {
            for (const event of missed) {
              send(event);
              replayed.add(event.id);
            }
          }
        }
      } catch (error) {
        request.log.warn({ err: error }, 'live events: the replay failed');
        end();
        return;
      }
      live = true;
      for (const event of pending.splice(0)) send(event);
    },
  );
};
