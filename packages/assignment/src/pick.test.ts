import { describe, expect, it } from 'vitest';
import { requestLevel } from './language';
import { orderLine } from './line';
import { pickAgent, planAssignments, rankOnArrival } from './pick';
import type { LineEntry, RosterAgent } from './types';

const agent = (id: string, extra: Partial<RosterAgent> = {}): RosterAgent => ({ id, name: id, languages: ['en'], level: 1, capacity: 10, load: 0, available: true, ...extra });
const entry = (requestId: string, extra: Partial<LineEntry> = {}): LineEntry => ({ requestId, priority: 'normal', createdAt: '2026-11-30T10:00:00.000Z', language: 'en', level: 1, ...extra });
const countBy = (picks: { agentId: string }[]) => picks.reduce<Record<string, number>>((counts, p) => ({ ...counts, [p.agentId]: (counts[p.agentId] ?? 0) + 1 }), {});
const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('the line', () => {
  it('serves urgent before high before normal before low, and older first within a priority', () => {
    const line = [entry('low', { priority: 'low', createdAt: at(0) }), entry('n2', { createdAt: at(5) }), entry('u', { priority: 'urgent', createdAt: at(9) }), entry('n1', { createdAt: at(1) }), entry('h', { priority: 'high', createdAt: at(8) })];
    expect(orderLine(line).map((e) => e.requestId)).toEqual(['u', 'h', 'n1', 'n2', 'low']);
  });
});

describe('round robin', () => {
  it('spreads 30 requests over 3 agents 10/10/10', () => {
    const line = Array.from({ length: 30 }, (_, i) => entry(`r${String(i).padStart(2, '0')}`, { createdAt: at(i) }));
    const { picks } = planAssignments('round_robin', line, [agent('a'), agent('b'), agent('c')], null);
    expect(countBy(picks)).toEqual({ a: 10, b: 10, c: 10 });
  });

  it('continues after the last agent it served, across plans', () => {
    const roster = [agent('a'), agent('b'), agent('c')];
    expect(pickAgent('round_robin', roster, entry('r'), 'b')?.id).toBe('c');
    expect(pickAgent('round_robin', roster, entry('r'), 'c')?.id).toBe('a');
  });
});

describe('least loaded', () => {
  it('picks the fewest open requests relative to capacity and never exceeds capacity', () => {
    const roster = [agent('a', { load: 4, capacity: 5 }), agent('b', { load: 3, capacity: 10 }), agent('c', { load: 2, capacity: 2 })];
    const { picks } = planAssignments('least_loaded', Array.from({ length: 20 }, (_, i) => entry(`r${i}`, { createdAt: at(i) })), roster, null);
    expect(picks[0]?.agentId).toBe('b');
    expect(countBy(picks)).toEqual({ a: 1, b: 7 });
  });

  it('leaves the line alone when nobody is available', () => {
    expect(planAssignments('least_loaded', [entry('r')], [agent('a', { available: false })], null).picks).toEqual([]);
  });
});

describe('skills', () => {
  it('routes a Chinese request only to a Chinese speaker at or above the level it needs', () => {
    const roster = [agent('en-only', { languages: ['en'], level: 5 }), agent('zh-junior', { languages: ['zh'], level: 1 }), agent('zh-senior', { languages: ['en', 'zh'], level: 3, load: 5 })];
    expect(pickAgent('skills', roster, entry('r', { language: 'zh', level: 2 }), null)?.id).toBe('zh-senior');
    expect(pickAgent('skills', roster, entry('r', { language: 'zh', level: 4 }), null)).toBeNull();
  });

  it('lets the English request behind a waiting Chinese one go to a free English speaker', () => {
    const line = [entry('zh', { language: 'zh', createdAt: at(0) }), entry('en', { createdAt: at(1) })];
    expect(planAssignments('skills', line, [agent('a')], null).picks).toEqual([{ requestId: 'en', agentId: 'a' }]);
  });

  it('offers a request in neither English nor Chinese to any agent at its level', () => {
    const roster = [agent('junior', { languages: ['zh'], level: 1 }), agent('senior', { languages: ['en'], level: 3, load: 5 })];
    expect(pickAgent('skills', roster, entry('r', { language: 'other', level: 1 }), null)?.id).toBe('junior');
    expect(pickAgent('skills', roster, entry('r', { language: 'other', level: 2 }), null)?.id).toBe('senior');
  });
});

describe('on arrival', () => {
  it('ranks the eligible agents least loaded first, and only those able to take the request in the skills mode', () => {
    const roster = [agent('busy', { load: 8 }), agent('away', { available: false }), agent('full', { load: 10 }), agent('free', { load: 1 }), agent('zh', { languages: ['zh'], load: 0 })];
    expect(rankOnArrival('least_loaded', roster, entry('r')).map((a) => a.id)).toEqual(['zh', 'free', 'busy']);
    expect(rankOnArrival('skills', roster, entry('r')).map((a) => a.id)).toEqual(['free', 'busy']);
  });

  it('leaves a round-robin request to its line, which alone keeps the cursor', () => {
    expect(rankOnArrival('round_robin', [agent('a')], entry('r'))).toEqual([]);
  });
});

describe('level', () => {
  it('takes metadata.skillLevel from 1 to 5, else 1', () => {
    expect(requestLevel({ skillLevel: 3 })).toBe(3);
    expect(requestLevel({ skillLevel: 9 })).toBe(1);
    expect(requestLevel({})).toBe(1);
  });
});
