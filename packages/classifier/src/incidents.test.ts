import { describe, expect, it } from 'vitest';
import { cosine } from './features';
import { type IncidentCandidate, planIncidents } from './incidents';
import { mulberry32 } from './random';

// Vectors over a few named directions, L2-normalised: `topic(0)` and `topic(0, 0.1)` are near-identical, other topics orthogonal.
const topic = (column: number, noise = 0) => {
  const norm = Math.sqrt(1 + noise * noise);
  return noise === 0 ? { idx: Int32Array.of(column), val: Float64Array.of(1) } : { idx: Int32Array.of(column, 100 + column), val: Float64Array.of(1 / norm, noise / norm) };
};
const settings = { minCustomers: 10, threshold: 0.73 };
let at = 0;
const request = (customerId: string, vector = topic(0, 0.1), block = 'card_arrival'): IncidentCandidate => ({ id: `r${String(++at).padStart(4, '0')}`, customerId, at, block, vector });
const customers = (n: number, vector = topic(0, 0.1), prefix = 'c') => Array.from({ length: n }, (_, i) => request(`${prefix}${i}`, vector));

describe('planning incidents from recent requests', () => {
  it('makes one incident of ten near-identical requests from ten customers, led by the earliest', () => {
    const requests = customers(10);
    const plan = planIncidents([], [...requests].reverse(), settings);
    expect(plan.grow).toEqual([]);
    expect(plan.create).toEqual([{ firstRequestId: requests[0]!.id, requestIds: requests.map((r) => r.id), customers: 10 }]);
  });

  it('makes none of nine customers, nor of ten requests from one customer', () => {
    expect(planIncidents([], customers(9), settings).create).toEqual([]);
    expect(planIncidents([], Array.from({ length: 10 }, () => request('c1')), settings).create).toEqual([]);
  });

  it('counts customers, not requests: eleven requests from ten customers are one incident of ten', () => {
    const plan = planIncidents([], [...customers(10), request('c3')], settings);
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]).toMatchObject({ customers: 10 });
    expect(plan.create[0]!.requestIds).toHaveLength(11);
  });

  it('keeps different problems apart, each needing its own ten customers', () => {
    const plan = planIncidents([], [...customers(10, topic(0)), ...customers(6, topic(1)), ...customers(4, topic(1), 'd'), ...customers(9, topic(2))], settings);
    expect(plan.create.map((c) => c.customers)).toEqual([10, 10]);
  });

  it('never groups requests below the threshold, however many', () => {
    const unrelated = Array.from({ length: 30 }, (_, i) => request(`c${i}`, topic(i)));
    expect(planIncidents([], unrelated, settings).create).toEqual([]);
  });

  it('compares only within a block: the same words under two categories are two groups', () => {
    const split = [...customers(5).map((r) => ({ ...r, block: 'a' })), ...customers(5).map((r) => ({ ...r, block: 'b' }))];
    expect(planIncidents([], split, settings).create).toEqual([]);
  });

  it('grows an open incident with the requests like its first one, whatever their block, and creates no second incident of them', () => {
    const more = customers(12).map((r) => ({ ...r, block: 'other' }));
    const plan = planIncidents([{ incidentId: 'i1', vector: topic(0) }], more, settings);
    expect(plan.grow).toEqual([{ incidentId: 'i1', requestIds: more.map((r) => r.id) }]);
    expect(plan.create).toEqual([]);
  });

  it('gives a request to the most similar open incident', () => {
    const closer = { idx: Int32Array.of(0, 1), val: Float64Array.of(0.6, 0.8) };
    const plan = planIncidents([{ incidentId: 'far', vector: topic(0) }, { incidentId: 'near', vector: topic(1) }], [request('c1', closer)], { ...settings, threshold: 0.5 });
    expect(plan.grow).toEqual([{ incidentId: 'near', requestIds: [expect.any(String)] }]);
  });
});

describe('planning incidents at scale', () => {
  /** The plan as comparing every candidate with every leader of its block gives it. */
  function everyPair(candidates: IncidentCandidate[], threshold: number, minCustomers: number) {
    const groups = new Map<string, IncidentCandidate[][]>();
    for (const candidate of [...candidates].sort((a, b) => a.at - b.at)) {
      const block = groups.get(candidate.block) ?? [];
      groups.set(candidate.block, block);
      let best: IncidentCandidate[] | undefined;
      let bestSimilarity = threshold;
      for (const group of block) {
        const similarity = cosine(candidate.vector, group[0]!.vector);
        if (similarity >= bestSimilarity && (best === undefined || similarity > bestSimilarity)) [best, bestSimilarity] = [group, similarity];
      }
      if (best === undefined) block.push([candidate]);
      else best.push(candidate);
    }
    return [...groups.values()].flat().filter((g) => new Set(g.map((c) => c.customerId)).size >= minCustomers).map((g) => g.map((c) => c.id));
  }

  it('finds exactly the groups that comparing each candidate with every leader of its block finds', () => {
    const random = mulberry32(5);
    // Texts made of common columns (0–19, in most texts) and rarer ones; some repeated with small changes by many customers.
    const text = () => Array.from({ length: 12 }, () => (random() < 0.5 ? Math.floor(random() * 20) : 20 + Math.floor(random() * 2000)));
    const unit = (columns: number[]) => {
      const weights = new Map<number, number>();
      for (const c of columns) weights.set(c, (weights.get(c) ?? 0) + (c < 20 ? 0.3 : 1) * (0.5 + random()));
      const idx = Int32Array.from([...weights.keys()].sort((a, b) => a - b));
      const val = Float64Array.from(idx, (c) => weights.get(c)!);
      const norm = Math.hypot(...val);
      return { idx, val: val.map((v) => v / norm) };
    };
    const outages = Array.from({ length: 15 }, text);
    const candidates: IncidentCandidate[] = Array.from({ length: 1500 }, (_, i) => {
      const base = random() < 0.3 ? outages[Math.floor(random() * outages.length)]! : text();
      const words = base.map((c) => (random() < 0.15 ? Math.floor(random() * 2020) : c));
      return { id: `r${i}`, customerId: `c${Math.floor(random() * 400)}`, at: i, block: `b${Math.floor(random() * 3)}`, vector: unit(words) };
    });
    for (const threshold of [0.5, 0.73, 0.9]) {
      const plan = planIncidents([], candidates, { minCustomers: 5, threshold });
      const expected = everyPair(candidates, threshold, 5);
      expect(expected.length, `threshold ${threshold}`).toBeGreaterThan(0);
      expect(plan.create.map((c) => c.requestIds).sort()).toEqual(expected.sort());
    }
  });
});
