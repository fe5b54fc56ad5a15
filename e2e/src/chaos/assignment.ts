import { defaultRoutingPath, loadRouting } from '@caseflow/classifier';
import { createDb } from '@caseflow/db';

/** Every queue the default routing can send a request to. */
export function routedQueues(): string[] {
  const routing = loadRouting(defaultRoutingPath);
  return [...new Set([routing.triageQueue, routing.defaultRoute.queue, ...Object.values(routing.categories).map((target) => target.queue)])].sort();
}

/**
 * Automatic assignment on, as a lead would set it up through the API: `agents` available
 * agents serving every routed queue, each with room for the whole run (so a request left
 * unassigned is never explained by a full agent), and every queue `least_loaded`.
 */
export async function turnOnAssignment(intakeUrl: string, adminKey: string, runId: string, agents: number, capacity: number): Promise<string[]> {
  const call = async (method: string, path: string, body: unknown) => {
    const answer = await fetch(`${intakeUrl}${path}`, { method, headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as Record<string, unknown>;
  };
  const queues = routedQueues();
  const ids: string[] = [];
  for (let n = 1; n <= agents; n += 1) {
    const agent = await call('POST', '/v1/agents', {
      name: `Chaos agent ${n}`,
      email: `agent-${n}-${runId}@example.com`,
      role: 'agent',
      languages: ['en', 'zh'],
      queues: queues.map((queue) => ({ queue, level: 5 })),
      capacity,
    });
    ids.push(String(agent['id']));
    await call('PATCH', `/v1/agents/${String(agent['id'])}`, { availability: 'available' });
  }
  for (const queue of queues) await call('PUT', `/v1/queues/${encodeURIComponent(queue)}/assignment`, { mode: 'least_loaded' });
  return ids;
}

export interface AssignmentVerdict {
  /** Requests with a second request.assigned while the first still held (no unassign between). */
  assignedTwice: number;
  /** Requests still classified and unassigned at the end although every agent had room. */
  neverAssigned: number;
  problems: string[];
}

/** Reads each request's assignment events of the run from the read model. */
export async function verifyAssignment(databaseUrl: string, runId: string): Promise<AssignmentVerdict> {
  const db = createDb(databaseUrl, { maxConnections: 1 });
  try {
    const rows = await db.selectFrom('requests').select(['id', 'status', 'assignee']).where('idempotency_key', 'like', `${runId}-%`).execute();
    const events = await db
      .selectFrom('request_events')
      .innerJoin('requests', 'requests.id', 'request_events.request_id')
      .select(['request_events.request_id', 'request_events.type'])
      .where('requests.idempotency_key', 'like', `${runId}-%`)
      .where('request_events.type', 'in', ['request.assigned', 'request.unassigned'])
      .orderBy('request_events.request_id')
      .orderBy('request_events.seq')
      .execute();
    const holding = new Map<string, boolean>();
    const twice = new Set<string>();
    for (const event of events) {
      if (event.type === 'request.unassigned') holding.set(event.request_id, false);
      else if (holding.get(event.request_id) === true) twice.add(event.request_id);
      else holding.set(event.request_id, true);
    }
    const waiting = rows.filter((row) => row.status === 'classified' && row.assignee === null);
    const problems = [
      ...(twice.size > 0 ? [`${twice.size} requests were assigned twice: ${[...twice].slice(0, 5).join(', ')}`] : []),
      ...(waiting.length > 0 ? [`${waiting.length} requests were never assigned although every agent had room: ${waiting.slice(0, 5).map((row) => row.id).join(', ')}`] : []),
    ];
    return { assignedTwice: twice.size, neverAssigned: waiting.length, problems };
  } finally {
    await db.destroy();
  }
}
