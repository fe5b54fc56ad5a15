import { describe, expect, it } from 'vitest';
import { LineState } from './line-state';
import type { LineEntry, RosterAgent } from './types';

const agents: RosterAgent[] = ['a', 'b', 'c'].map((id) => ({ id, name: id, languages: ['en'], level: 1, capacity: 10, load: 0, available: true }));
const entry = (requestId: string, since: number): LineEntry => ({ requestId, priority: 'normal', createdAt: '2026-11-30T10:00:00.000Z', language: 'en', level: 1, since });

describe('a line settling its picks', () => {
  it('drops a repeat of the wait its pick assigned, so the next agent in round robin keeps their turn', () => {
    const line = new LineState();
    line.offer(entry('r1', 2));
    const [pick] = line.plan('round_robin', agents);
    // The request's own offer of the same wait arrives while the pick is on its way (the line was rebuilt from the read model).
    line.offer(entry('r1', 2));
    line.settle(pick!, 'assigned');
    expect([...line.entries.keys()]).toEqual([]);
    line.offer(entry('r2', 2));
    expect(line.plan('round_robin', agents).map((next) => next.agentId)).toEqual(['b']);
  });

  it('keeps a new wait offered while the pick was on its way (unassigned meanwhile)', () => {
    const line = new LineState();
    line.offer(entry('r1', 2));
    const [pick] = line.plan('round_robin', agents);
    line.offer(entry('r1', 4));
    line.settle(pick!, 'assigned');
    expect([...line.entries.keys()]).toEqual(['r1']);
  });

  it('keeps a repeat of the wait when the pick was refused (the request replayed after a crash and offered itself again)', () => {
    const line = new LineState();
    line.offer(entry('r1', 2));
    const [pick] = line.plan('least_loaded', agents);
    line.offer(entry('r1', 2));
    line.settle(pick!, 'gone');
    expect([...line.entries.keys()]).toEqual(['r1']);
  });

  it('plans at most the limit, in line order, and the next plan goes on from there', () => {
    const line = new LineState();
    for (const id of ['r1', 'r2', 'r3', 'r4', 'r5']) line.offer({ ...entry(id, 2), createdAt: `2026-11-30T10:00:0${id.slice(1)}.000Z` });
    const first = line.plan('round_robin', agents, 2);
    expect(first.map((pick) => [pick.requestId, pick.agentId])).toEqual([['r1', 'a'], ['r2', 'b']]);
    for (const pick of first) line.settle(pick, 'assigned');
    expect(line.plan('round_robin', agents, 2).map((pick) => [pick.requestId, pick.agentId])).toEqual([['r3', 'c'], ['r4', 'a']]);
  });

  it('plans around the picks in flight: their requests are not named again and they count as load on their agents', () => {
    const line = new LineState();
    for (const id of ['r1', 'r2', 'r3']) line.offer({ ...entry(id, 2), createdAt: `2026-11-30T10:00:0${id.slice(1)}.000Z` });
    const two = agents.slice(0, 2).map((agent) => ({ ...agent, capacity: 1 }));
    const [first] = line.plan('least_loaded', two, 1);
    expect(first).toMatchObject({ requestId: 'r1', agentId: 'a' });
    // The roster is the same read: a's pick is still out, so a has no room and r1 is not planned twice.
    expect(line.plan('least_loaded', two).map((pick) => [pick.requestId, pick.agentId])).toEqual([['r2', 'b']]);
    expect(line.plan('least_loaded', two)).toEqual([]);
    expect(line.inFlight).toBe(2);
    expect(line.plannable).toBe(1);
  });

  it('settles picks in any order, and a request whose pick was refused can be planned again', () => {
    const line = new LineState();
    for (const id of ['r1', 'r2', 'r3']) line.offer({ ...entry(id, 2), createdAt: `2026-11-30T10:00:0${id.slice(1)}.000Z` });
    const [p1, p2, p3] = line.plan('round_robin', agents);
    // r2's request is offered anew (unassigned meanwhile) while its pick is out.
    line.offer(entry('r2', 5));
    line.settle(p3!, 'assigned');
    line.settle(p1!, 'full');
    expect(line.plan('round_robin', agents).map((pick) => pick.requestId)).toEqual(['r1']);
    line.settle(p2!, 'gone');
    expect([...line.entries.keys()].sort()).toEqual(['r1', 'r2']);
    expect(line.plan('round_robin', agents).map((pick) => pick.requestId)).toEqual(['r2']);
  });
});
