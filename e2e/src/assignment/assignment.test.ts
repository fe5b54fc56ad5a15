import { actionUpdates, assignmentLineStart, assignmentLineWorkflowId, assignmentLineWorkflowType, lineNudgeSignal, lineQuery, requestWorkflowId, stateQuery } from '@caseflow/contracts';
import { assignUnderCapacityGuard } from '@caseflow/db';
import { eventually } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { printOutputsOnFailure } from '../own-system';
import { sleep } from '../processes';
import { agentsFor, type AssignmentBed, assignmentEvents, handleOf, postRequest, queueIn, requestsOf, setAvailability, startAssignmentBed } from './testbed';

let bed: AssignmentBed;

beforeAll(async () => {
  bed = await startAssignmentBed(inject('databaseUrl'), inject('temporalAddress'));
});

printOutputsOnFailure(() => bed && [bed.workflows]);

afterAll(async () => {
  await bed?.stop();
});

const countBy = (values: (string | null)[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value ?? 'nobody']: (counts[value ?? 'nobody'] ?? 0) + 1 }), {});

/** Waits until `count` of the requests have an assignee; answers the rows. */
async function assigned(ids: string[], count = ids.length, timeoutMs = 60_000) {
  return eventually(`${count} of ${ids.length} requests assigned`, async () => {
    const rows = await requestsOf(bed.db, ids);
    // Assigned on arrival, a row names its agent a moment before its workflow records the assignment (still `classified`).
    return rows.filter((row) => row.assignee !== null && row.status !== 'classified').length >= count ? rows : undefined;
  }, timeoutMs);
}

const actor = 'test';

/** The local activities a request's workflow ran, in order, from its history. */
async function localActivitiesOf(requestId: string): Promise<string[]> {
  const history = await handleOf(bed.temporal, requestId).fetchHistory();
  return (history.events ?? []).flatMap((event) => {
    const marker = event.markerRecordedEventAttributes;
    const data = marker?.markerName === 'core_local_activity' ? marker.details?.['data']?.payloads?.[0]?.data : undefined;
    return data == null ? [] : [(JSON.parse(Buffer.from(data).toString('utf8')) as { activity_type: string }).activity_type];
  });
}

describe('automatic assignment', () => {
  it('a request waiting in a manual queue is not offered to a line; when the queue turns automatic, its line finds it', async () => {
    const [mo] = await agentsFor(bed.db, 'mq', [{ name: 'mo', capacity: 5 }]);
    await queueIn(bed.db, 'mq', 'manual');
    const id = await postRequest(bed.temporal, 'mq');
    await eventually('classified', async () => ((await requestsOf(bed.db, [id]))[0]?.status === 'classified' ? true : undefined));
    const ran = await localActivitiesOf(id);
    expect(ran).toContain('recordTransition');
    expect(ran).not.toContain('offerToLine');

    // What intake does when a lead sets the mode (onModeChanged): the line starts and rebuilds from the requests.
    await queueIn(bed.db, 'mq', 'least_loaded');
    await bed.temporal.workflow.signalWithStart(assignmentLineWorkflowType, { ...assignmentLineStart('mq'), signal: lineNudgeSignal, signalArgs: [{ reason: 'mode' }] });
    expect((await assigned([id]))[0]?.assignee).toBe(mo);
    // A request that waits in an automatic queue (nobody serves it yet) is offered to its line by its workflow.
    await queueIn(bed.db, 'mq2', 'least_loaded');
    const waiting = await postRequest(bed.temporal, 'mq2');
    await eventually('offered to the line', async () => ((await localActivitiesOf(waiting)).includes('offerToLine') ? true : undefined));
  });


  it('round robin spreads 30 requests over 3 agents 10/10/10 (capacity would allow uneven)', async () => {
    const [a, b, c] = await agentsFor(bed.db, 'rr', [{ name: 'ana', capacity: 25 }, { name: 'bo', capacity: 25 }, { name: 'cy', capacity: 25 }]);
    await queueIn(bed.db, 'rr', 'round_robin');
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) ids.push(await postRequest(bed.temporal, 'rr'));
    const rows = await assigned(ids);
    expect(countBy(rows.map((row) => row.assignee))).toEqual({ [a!]: 10, [b!]: 10, [c!]: 10 });
  });

  it('a request classified into an empty least-loaded queue is assigned as its classification is recorded: no offer to the line, no pick, no Update', async () => {
    const [ada] = await agentsFor(bed.db, 'arrive', [{ name: 'ada', capacity: 3 }]);
    await queueIn(bed.db, 'arrive', 'least_loaded');
    const id = await postRequest(bed.temporal, 'arrive');
    expect((await assigned([id]))[0]?.assignee).toBe(ada);
    expect(await localActivitiesOf(id)).not.toContain('offerToLine');
    const history = await handleOf(bed.temporal, id).fetchHistory();
    expect((history.events ?? []).some((event) => event.workflowExecutionUpdateAcceptedEventAttributes != null)).toBe(false);
    const events = await bed.db.selectFrom('request_events').select(['seq', 'type', 'data']).where('request_id', '=', id).orderBy('seq').execute();
    const classified = events.find((e) => e.type === 'request.classified')!;
    expect(events.find((e) => e.seq === classified.seq + 1)).toMatchObject({ type: 'request.assigned', data: { agent: { id: ada, name: 'ada' }, reason: 'auto', previous: null } });
  });

  it('least loaded fills agents relative to capacity and never beyond it; the rest wait in the line', async () => {
    const [small, large] = await agentsFor(bed.db, 'll', [{ name: 'sam', capacity: 2 }, { name: 'lee', capacity: 6 }]);
    await queueIn(bed.db, 'll', 'least_loaded');
    const ids = await Promise.all(Array.from({ length: 11 }, () => postRequest(bed.temporal, 'll')));
    await assigned(ids, 8);
    await sleep(1_000);
    const rows = await requestsOf(bed.db, ids);
    expect(countBy(rows.map((row) => row.assignee))).toEqual({ [small!]: 2, [large!]: 6, nobody: 3 });
    expect(rows.filter((row) => row.assignee === null).every((row) => row.status === 'classified')).toBe(true);
  });

  it('skills routes a Chinese request only to a Chinese-speaking agent, and it waits while none has room', async () => {
    const [english, chinese] = await agentsFor(bed.db, 'sk', [{ name: 'eve', capacity: 5, languages: ['en'], level: 5 }, { name: 'zhang', capacity: 1, languages: ['zh', 'en'], level: 2 }]);
    await queueIn(bed.db, 'sk', 'skills');
    const first = await postRequest(bed.temporal, 'sk', { body: '我的银行卡被吞了，请尽快帮我处理。' });
    expect((await assigned([first]))[0]?.assignee).toBe(chinese);
    const second = await postRequest(bed.temporal, 'sk', { body: '信用卡还款没有到账，怎么办？' });
    const english1 = await postRequest(bed.temporal, 'sk', { body: 'My transfer has not arrived yet.' });
    expect((await assigned([english1]))[0]?.assignee).toBe(english);
    await sleep(1_000);
    expect((await requestsOf(bed.db, [second]))[0]).toMatchObject({ status: 'classified', assignee: null });
    // Zhang resolves the first one: the Chinese request that waited goes to Zhang, not to Eve.
    await handleOf(bed.temporal, first).executeUpdate(actionUpdates.resolve, { args: [{ actor, resolution: 'done' }] });
    expect((await assigned([second]))[0]?.assignee).toBe(chinese);
  });

  it('the line hands the oldest urgent request to the first agent who frees up', async () => {
    const [ana, bo] = await agentsFor(bed.db, 'fifo', [{ name: 'ana', capacity: 1 }, { name: 'bo', capacity: 1 }]);
    await queueIn(bed.db, 'fifo', 'least_loaded');
    const busy = [await postRequest(bed.temporal, 'fifo'), await postRequest(bed.temporal, 'fifo')];
    const rows = await assigned(busy);
    const t0 = Date.now();
    const normal = await postRequest(bed.temporal, 'fifo', { priority: 'normal', createdAt: new Date(t0 - 60_000) });
    const urgentOld = await postRequest(bed.temporal, 'fifo', { priority: 'urgent', createdAt: new Date(t0 - 30_000) });
    const urgentNew = await postRequest(bed.temporal, 'fifo', { priority: 'urgent', createdAt: new Date(t0 - 10_000) });
    // Classified is written before the request offers itself: wait for the line to hold all three,
    // or a capacity freed in between hands out whichever had arrived.
    await eventually('three in the line', async () => {
      const line = await bed.temporal.workflow.getHandle(assignmentLineWorkflowId('fifo')).query(lineQuery);
      return line.line.length === 3 ? true : undefined;
    });
    const bosRequest = rows.find((row) => row.assignee === bo)!.id;
    await handleOf(bed.temporal, bosRequest).executeUpdate(actionUpdates.resolve, { args: [{ actor, resolution: 'done' }] });
    expect((await assigned([urgentOld]))[0]?.assignee).toBe(bo);
    await sleep(500);
    expect(countBy((await requestsOf(bed.db, [normal, urgentNew])).map((r) => r.assignee))).toEqual({ nobody: 2 });
    const anasRequest = rows.find((row) => row.assignee === ana)!.id;
    await handleOf(bed.temporal, anasRequest).executeUpdate(actionUpdates.resolve, { args: [{ actor, resolution: 'done' }] });
    expect((await assigned([urgentNew]))[0]?.assignee).toBe(ana);
  });

  it('an agent who goes away keeps what they started; what they had not started returns to the line after the delay', async () => {
    const [ana, bo] = await agentsFor(bed.db, 'away', [{ name: 'ana', capacity: 5 }, { name: 'bo', capacity: 5, availability: 'offline' }]);
    await queueIn(bed.db, 'away', 'least_loaded');
    const [started, unstarted] = [await postRequest(bed.temporal, 'away'), await postRequest(bed.temporal, 'away')];
    await assigned([started!, unstarted!]);
    await handleOf(bed.temporal, started!).executeUpdate(actionUpdates.start, { args: [{ actor }] });
    await setAvailability(bed, 'away', ana!, 'away', 1_500);
    await setAvailability(bed, 'away', bo!, 'available', 1_500);
    await sleep(500);
    expect(countBy((await requestsOf(bed.db, [started!, unstarted!])).map((r) => r.assignee))).toEqual({ [ana!]: 2 });
    // Handed to bo as it returns (assigned on arrival) or by the line: either way its row and then its event.
    await eventually('the unstarted request with bo', async () => ((await requestsOf(bed.db, [unstarted!]))[0]?.status === 'assigned' && (await requestsOf(bed.db, [unstarted!]))[0]?.assignee === bo ? true : undefined), 20_000);
    expect((await requestsOf(bed.db, [started!]))[0]).toMatchObject({ assignee: ana, status: 'in_progress' });
    const events = await assignmentEvents(bed.db, [unstarted!]);
    expect(events.map((e) => [e.type, (e.data as { reason: string }).reason])).toEqual([
      ['request.assigned', 'auto'],
      ['request.unassigned', 'away'],
      ['request.assigned', 'auto'],
    ]);
  });

  it('a pick held up in one agent\'s capacity guard does not hold back the line: the next request goes to another agent meanwhile', async () => {
    const [ana, bo] = await agentsFor(bed.db, 'window', [{ name: 'ana', capacity: 5 }, { name: 'bo', capacity: 5, availability: 'offline' }]);
    await queueIn(bed.db, 'window', 'least_loaded');
    // Ana's guard held by the test, through a request of a manual queue that nobody takes:
    // every pick for Ana waits on her row until it is let go, as behind a slow assign.
    const held = await postRequest(bed.temporal, 'window-manual');
    await eventually('the held request classified', async () => ((await requestsOf(bed.db, [held]))[0]?.status === 'classified' ? true : undefined));
    let letGo!: () => void;
    const holding = new Promise<void>((resolve) => (letGo = resolve));
    let guardTaken!: () => void;
    const taken = new Promise<void>((resolve) => (guardTaken = resolve));
    const guard = assignUnderCapacityGuard(bed.db, ana!, held, async () => {
      guardTaken();
      await holding;
      return 'gone';
    });
    await taken;
    try {
      const first = await postRequest(bed.temporal, 'window');
      const line = bed.temporal.workflow.getHandle(assignmentLineWorkflowId('window'));
      await eventually('the pick for ana out', async () => ((await line.describe()).raw.pendingActivities ?? []).some((a) => a.activityType?.name === 'assignFromLine') || undefined);
      await setAvailability(bed, 'window', bo!, 'available', 60_000);
      const second = await postRequest(bed.temporal, 'window');
      expect((await assigned([second], 1, 15_000))[0]?.assignee).toBe(bo);
      expect((await requestsOf(bed.db, [first]))[0]).toMatchObject({ status: 'classified', assignee: null });
      letGo();
      await guard;
      expect((await assigned([first]))[0]?.assignee).toBe(ana);
    } finally {
      letGo();
      await guard;
    }
  });

  // Session 4 saw 90 and 98 of 100 assigned here at load 30–60 with the line's query unanswered;
  // since the offer numbering (LineState) it passed 3 of 3 runs at load ~12. On failure it
  // prints what was left, the line's state and pending activities, and each request's own state.
  it('a kill -9 of the worker that assigns, in the middle of a burst of 100 classifications, loses none and doubles none', async () => {
    const capacity = 30;
    const agents = await agentsFor(bed.db, 'burst', [1, 2, 3, 4].map((n) => ({ name: `agent-${n}`, capacity })));
    await queueIn(bed.db, 'burst', 'least_loaded');
    const ids: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      ids.push(await postRequest(bed.temporal, 'burst', { priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4]! }));
      if (i === 40) await bed.workflows.crash();
      if (i === 70) await bed.workflows.start();
    }
    expect(bed.workflows.kills).toBe(1);
    const rows = await assigned(ids, 100, 240_000).catch(async (error: unknown) => {
      // What was left, what the line holds and is doing, and what each left request believes:
      // a lost request and a slow one look different here.
      const left = (await requestsOf(bed.db, ids)).filter((row) => row.assignee === null);
      const lineHandle = bed.temporal.workflow.getHandle(assignmentLineWorkflowId('burst'));
      const line = await lineHandle.query(lineQuery).catch((e: unknown) => String(e));
      const pending = await lineHandle.describe().then(
        (d) => (d.raw.pendingActivities ?? []).map((a) => [a.activityType?.name, a.attempt, a.lastFailure?.message ?? null]),
        (e: unknown) => String(e),
      );
      const believed = await Promise.all(
        left.map((row) => bed.temporal.workflow.getHandle(requestWorkflowId(row.id)).query(stateQuery).then((st) => [row.id, st.status, st.assignee], (e: unknown) => [row.id, String(e)])),
      );
      throw new Error(`${String(error)}; unassigned: ${JSON.stringify(left.map((r) => [r.id, r.status]))}; line: ${JSON.stringify(line)}; line's pending activities: ${JSON.stringify(pending)}; the requests' own state: ${JSON.stringify(believed)}`);
    });
    const loads = countBy(rows.map((row) => row.assignee));
    expect(Object.keys(loads).sort()).toEqual([...agents].sort());
    expect(Math.max(...Object.values(loads))).toBeLessThanOrEqual(capacity);
    const events = await assignmentEvents(bed.db, ids);
    expect(events.every((e) => e.type === 'request.assigned')).toBe(true);
    expect(countBy(events.map((e) => e.request_id))).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
  }, 420_000);
});
