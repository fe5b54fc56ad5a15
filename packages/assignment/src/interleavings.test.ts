// The property test: random interleavings of everything that happens around a queue's line,
// with the three invariants checked after every step. The model mirrors the system's shape:
// the request is the single source of truth of its assignee (a compare-and-set assign), an
// agent's load is counted from the requests (the read model), the line lives in the
// assigning logic's state, signals to it may arrive late, and a restart rebuilds that state
// from the durable facts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineState, type PendingPick, type PickOutcome } from './line-state';
import { planAssignments, rankOnArrival } from './pick';
import { type AutomaticMode, type LineEntry, linePriorities, type RosterAgent } from './types';

interface AgentFacts {
  id: string;
  languages: string[];
  level: number;
  capacity: number;
  available: boolean;
}
interface RequestFacts {
  entry: LineEntry;
  /** `classifying`: its offer was sent, but the worker died before the classification was kept (it replays). */
  status: 'classifying' | 'waiting' | 'assigned' | 'started' | 'resolved';
  assignee: string | null;
  /** Assignments since the request last entered the line: more than one means two agents had it. */
  assignments: number;
}
interface World {
  mode: AutomaticMode;
  agents: AgentFacts[];
  requests: Map<string, RequestFacts>;
  /** The assigning logic's state: lost on a restart, rebuilt from `requests`. */
  line: LineState;
  /** Picks sent to their requests: answered (the request decided) or not yet, and not yet back at the line; `line` is the generation of the line that planned them. */
  inFlightPicks: { pick: PendingPick; line: number; outcome?: PickOutcome }[];
  /** Which line state is current: a restart starts a new one, which knows nothing of the picks the old one sent. */
  generation: number;
  /** Signals (enqueue) sent but not yet delivered to the assigning logic. */
  inFlight: LineEntry[];
  /** A roster read earlier, for a decision made on stale knowledge. */
  staleRoster: RosterAgent[] | null;
  clock: number;
}

type Step =
  | { kind: 'classify'; priority: number; language: 'en' | 'zh'; level: number }
  | { kind: 'classifyAfterCrash'; priority: number; language: 'en' | 'zh'; level: number }
  | { kind: 'arrive'; priority: number; language: 'en' | 'zh'; level: number }
  | { kind: 'replayClassification'; pick: number }
  | { kind: 'deliver' }
  | { kind: 'dispatch'; stale: boolean }
  | { kind: 'planOnly' }
  | { kind: 'slide'; room: number; stale: boolean }
  | { kind: 'answerOne'; pick: number }
  | { kind: 'settleOne'; pick: number }
  | { kind: 'readRoster' }
  | { kind: 'start'; pick: number }
  | { kind: 'resolve'; pick: number }
  | { kind: 'availability'; agent: number; available: boolean }
  | { kind: 'awayExpired'; agent: number; claim: boolean }
  | { kind: 'capacity'; agent: number; capacity: number }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('classify' as const), priority: fc.nat(3), language: fc.constantFrom('en' as const, 'zh' as const), level: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('classifyAfterCrash' as const), priority: fc.nat(3), language: fc.constantFrom('en' as const, 'zh' as const), level: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('arrive' as const), priority: fc.nat(3), language: fc.constantFrom('en' as const, 'zh' as const), level: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replayClassification' as const), pick: fc.nat(50) }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'deliver' as const }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('dispatch' as const), stale: fc.boolean() }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'readRoster' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'planOnly' as const }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('slide' as const), room: fc.integer({ min: 1, max: 4 }), stale: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('answerOne' as const), pick: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('settleOne' as const), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('start' as const), pick: fc.nat(50) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('resolve' as const), pick: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('availability' as const), agent: fc.nat(3), available: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('awayExpired' as const), agent: fc.nat(3), claim: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('capacity' as const), agent: fc.nat(3), capacity: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

const openLoad = (world: World, agentId: string) => [...world.requests.values()].filter((r) => r.assignee === agentId && (r.status === 'assigned' || r.status === 'started')).length;

function roster(world: World): RosterAgent[] {
  return world.agents.map((a) => ({ id: a.id, name: a.id, languages: a.languages, level: a.level, capacity: a.capacity, available: a.available, load: openLoad(world, a.id) }));
}

/** The request's assign Update (compare-and-set) under the agent's guard (capacity re-checked on the facts). */
function commit(world: World, requestId: string, agentId: string): 'assigned' | 'gone' | 'full' {
  const request = world.requests.get(requestId)!;
  if (request.status !== 'waiting') return 'gone';
  const agent = world.agents.find((a) => a.id === agentId)!;
  if (!agent.available || openLoad(world, agentId) >= agent.capacity) return 'full';
  request.status = 'assigned';
  request.assignee = agentId;
  request.assignments += 1;
  return 'assigned';
}

/**
 * Requests back in the line: the request workflow re-enqueues itself (a signal, delivered
 * later), or, with `claim`, is assigned on arrival first when it can be.
 */
function requeue(world: World, request: RequestFacts, claim: boolean): void {
  request.status = 'waiting';
  request.assignee = null;
  // A new wait: the request's unassign was an event of its own, so its offer carries a later seq.
  request.entry = { ...request.entry, since: (request.entry.since ?? 0) + 1 };
  request.assignments = 0;
  if (claim) claimOrWait(world, request);
  else world.inFlight.push(request.entry);
}

/**
 * Assignment on arrival (claimOnArrival, in the transaction that records the wait): when no
 * other request waits, the best-ranked agent who passes the capacity guard on the facts takes
 * it; otherwise it is offered to the line like any other.
 */
function claimOrWait(world: World, request: RequestFacts): void {
  const othersWait = [...world.requests.values()].some((other) => other !== request && other.status === 'waiting');
  if (!othersWait) for (const agent of rankOnArrival(world.mode, roster(world), request.entry)) if (commit(world, request.entry.requestId, agent.id) === 'assigned') return;
  world.inFlight.push(request.entry);
}

function nth<T>(items: T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function apply(world: World, s: Step): void {
  world.clock += 1;
  switch (s.kind) {
    case 'classify':
    case 'classifyAfterCrash': {
      const id = `r${String(world.requests.size).padStart(4, '0')}`;
      const entry: LineEntry = { requestId: id, priority: linePriorities[s.priority]!, createdAt: new Date(Date.UTC(2026, 10, 30, 10, 0, world.clock)).toISOString(), language: s.language, level: s.level, since: 2 };
      world.requests.set(id, { entry, status: s.kind === 'classify' ? 'waiting' : 'classifying', assignee: null, assignments: 0 });
      world.inFlight.push(entry);
      return;
    }
    case 'arrive': {
      const id = `r${String(world.requests.size).padStart(4, '0')}`;
      const entry: LineEntry = { requestId: id, priority: linePriorities[s.priority]!, createdAt: new Date(Date.UTC(2026, 10, 30, 10, 0, world.clock)).toISOString(), language: s.language, level: s.level, since: 2 };
      const request: RequestFacts = { entry, status: 'waiting', assignee: null, assignments: 0 };
      world.requests.set(id, request);
      claimOrWait(world, request);
      return;
    }
    case 'replayClassification': {
      // The restarted worker replays the request: classified now, and it offers itself again.
      const request = nth([...world.requests.values()].filter((r) => r.status === 'classifying'), s.pick);
      if (request === undefined) return;
      request.status = 'waiting';
      world.inFlight.push(request.entry);
      return;
    }
    case 'deliver': {
      const entry = world.inFlight.shift();
      // A late enqueue for a request assigned meanwhile is ignored by the line (it checks nothing
      // but keys by id); the compare-and-set on commit drops it then.
      if (entry !== undefined) world.line.offer(entry);
      return;
    }
    case 'readRoster':
      world.staleRoster = roster(world);
      return;
    case 'dispatch': {
      const seen = s.stale && world.staleRoster !== null ? world.staleRoster : roster(world);
      // A pick of a request that is gone (resolved, or assigned by hand, before a late signal
      // put it back in the line) wasted an agent's slot in this plan: plan again without it,
      // with a roster read afresh (the property test found requests left waiting without this).
      for (let roster_ = seen; ; roster_ = roster(world)) {
        const picks = world.line.plan(world.mode, roster_);
        expect(new Set(picks.map((p) => p.requestId)).size).toBe(picks.length);
        let gone = 0;
        for (const pick of picks) {
          const outcome = commit(world, pick.requestId, pick.agentId);
          world.line.settle(pick, outcome);
          if (outcome === 'gone') gone += 1;
        }
        if (gone === 0) return;
      }
    }
    case 'planOnly': {
      // A decision whose assigns are still on their way while other things happen.
      world.inFlightPicks.push(...world.line.plan(world.mode, roster(world)).map((pick) => ({ pick, line: world.generation })));
      return;
    }
    case 'slide': {
      // The sliding window: plan into the places free while other picks are still out, on
      // the roster as read now or earlier (the line reads it again only now and then).
      const seen = s.stale && world.staleRoster !== null ? world.staleRoster : roster(world);
      const picks = world.line.plan(world.mode, seen, s.room);
      world.inFlightPicks.push(...picks.map((pick) => ({ pick, line: world.generation })));
      if (!s.stale) {
        // On a fresh roster, counting the picks out as load keeps what is out within capacity.
        for (const agentId of new Set(picks.map((pick) => pick.agentId))) {
          const agent = world.agents.find((a) => a.id === agentId)!;
          const out = world.inFlightPicks.filter((p) => p.line === world.generation && p.outcome === undefined && p.pick.agentId === agentId).length;
          expect(openLoad(world, agentId) + out, `${agentId}: picks out beyond capacity`).toBeLessThanOrEqual(agent.capacity);
        }
      }
      return;
    }
    case 'answerOne': {
      // The request decides (its compare-and-set), in any order; the answer is still on its way back.
      const next = nth(world.inFlightPicks.filter((p) => p.outcome === undefined), s.pick);
      if (next !== undefined) next.outcome = commit(world, next.pick.requestId, next.pick.agentId);
      return;
    }
    case 'settleOne': {
      // Answers reach the line in any order, not the order the picks went out.
      const answered = world.inFlightPicks.filter((p) => p.outcome !== undefined);
      const next = nth(answered, s.pick);
      if (next === undefined) return;
      world.inFlightPicks.splice(world.inFlightPicks.indexOf(next), 1);
      world.line.settle(next.pick, next.outcome!);
      return;
    }
    case 'start': {
      const request = nth([...world.requests.values()].filter((r) => r.status === 'assigned'), s.pick);
      if (request !== undefined) request.status = 'started';
      return;
    }
    case 'resolve': {
      const request = nth([...world.requests.values()].filter((r) => r.status !== 'resolved'), s.pick);
      if (request === undefined) return;
      // The line is not told: it finds out when its assign is refused (compare-and-set).
      request.status = 'resolved';
      return;
    }
    case 'availability': {
      const agent = world.agents[s.agent % world.agents.length]!;
      agent.available = s.available;
      return;
    }
    case 'awayExpired': {
      // REASSIGN_AFTER_AWAY_SECONDS passed: what the agent had not started goes back to the line.
      const agent = world.agents[s.agent % world.agents.length]!;
      if (agent.available) return;
      for (const request of world.requests.values()) if (request.assignee === agent.id && request.status === 'assigned') requeue(world, request, s.claim);
      return;
    }
    case 'capacity': {
      world.agents[s.agent % world.agents.length]!.capacity = s.capacity;
      return;
    }
    case 'restart': {
      // The assigning logic's memory is gone; the line is rebuilt from the requests that wait.
      world.line = new LineState();
      world.generation += 1;
      for (const request of world.requests.values()) if (request.status === 'waiting') world.line.offer(request.entry);
      world.staleRoster = null;
      return;
    }
  }
}

function checkInvariants(world: World, loadsBefore: Map<string, number>): void {
  // Never two agents for one request: each open request has exactly one assignee, waiting ones none.
  for (const [id, request] of world.requests) {
    expect(request.assignments, `${id} assigned twice`).toBeLessThanOrEqual(1);
    if (request.status === 'assigned' || request.status === 'started') expect(request.assignee, id).not.toBeNull();
    if (request.status === 'waiting') expect(request.assignee, id).toBeNull();
  }
  // Never two picks of one request out at once from one line: a plan leaves out what it has in flight.
  const out = world.inFlightPicks.filter((p) => p.line === world.generation).map((p) => p.pick.requestId);
  expect(new Set(out).size, 'a request picked again while its pick was in flight').toBe(out.length);
  // Never lost: every waiting request is in the line or on its way there.
  const onItsWay = new Set([...world.line.entries.keys(), ...world.inFlight.map((e) => e.requestId)]);
  for (const [id, request] of world.requests) if (request.status === 'waiting') expect(onItsWay.has(id), `${id} lost from the line`).toBe(true);
  // Never over capacity: no step adds work to an agent beyond capacity (a lead who lowers
  // capacity below the load leaves the agent's work with them; nothing more comes).
  for (const agent of world.agents) {
    const load = openLoad(world, agent.id);
    if (load > agent.capacity) expect(load, `${agent.id} over capacity`).toBeLessThanOrEqual(loadsBefore.get(agent.id)!);
  }
}

/** After a fresh dispatch with every signal delivered, nobody eligible has capacity for what still waits. */
function checkNothingLeftWithCapacityFree(world: World): void {
  const waiting = [...world.line.entries.values()].filter((e) => world.requests.get(e.requestId)?.status === 'waiting');
  const plan = planAssignments(world.mode, waiting, roster(world), world.line.after);
  expect(plan.picks, 'a request waits although an eligible agent has capacity').toEqual([]);
}

const agentsArb = fc.array(
  fc.record({ languages: fc.subarray(['en', 'zh'], { minLength: 1 }), level: fc.integer({ min: 1, max: 3 }), capacity: fc.integer({ min: 1, max: 4 }), available: fc.boolean() }),
  { minLength: 1, maxLength: 4 },
);

function newWorld(mode: AutomaticMode, agents: Omit<AgentFacts, 'id'>[]): World {
  return { mode, agents: agents.map((a, i) => ({ id: `agent-${i}`, ...a })), requests: new Map(), line: new LineState(), inFlightPicks: [], generation: 0, inFlight: [], staleRoster: null, clock: 0 };
}

function run(world: World, steps: Step[]): void {
  for (const s of steps) {
    const loadsBefore = new Map(world.agents.map((a) => [a.id, openLoad(world, a.id)]));
    apply(world, s);
    checkInvariants(world, loadsBefore);
  }
}

describe('the line under random interleavings', () => {
  it('keeps a request offered again while a pick of it was in flight and refused (found by the kill -9 e2e test)', () => {
    const world = newWorld('least_loaded', [{ languages: ['en'], level: 1, capacity: 5, available: true }]);
    // The worker died after the request offered itself but before its classification was kept.
    run(world, [{ kind: 'classifyAfterCrash', priority: 1, language: 'en', level: 1 }, { kind: 'deliver' }, { kind: 'planOnly' }, { kind: 'answerOne', pick: 0 }]);
    // The replay classifies it and offers it again before the refusal reaches the line.
    run(world, [{ kind: 'replayClassification', pick: 0 }, { kind: 'deliver' }, { kind: 'settleOne', pick: 0 }]);
    expect([...world.line.entries.keys()]).toEqual(['r0000']);
    run(world, [{ kind: 'dispatch', stale: false }]);
    expect(world.requests.get('r0000')).toMatchObject({ status: 'assigned', assignee: 'agent-0' });
  });

  it('a decision taken on a roster read before other assignments never takes an agent over capacity', () => {
    const world = newWorld('least_loaded', [{ languages: ['en'], level: 1, capacity: 2, available: true }]);
    const classify: Step = { kind: 'classify', priority: 1, language: 'en', level: 1 };
    run(world, [{ kind: 'readRoster' }, classify, classify, { kind: 'deliver' }, { kind: 'deliver' }, { kind: 'dispatch', stale: false }]);
    run(world, [classify, { kind: 'deliver' }, { kind: 'dispatch', stale: true }]);
    expect(openLoad(world, 'agent-0')).toBe(2);
    expect([...world.line.entries.keys()]).toEqual(['r0002']);
  });

  it('never assigns a request to two agents, never loses one, never takes an agent over capacity', () => {
    fc.assert(
      fc.property(fc.constantFrom<AutomaticMode>('round_robin', 'least_loaded', 'skills'), agentsArb, fc.array(step, { minLength: 1, maxLength: 150, size: 'max' }), (mode, agents, steps) => {
        const world = newWorld(mode, agents);
        run(world, steps);
        // Quiesce: every signal delivered, one fresh decision; then nothing waits that could go.
        for (let i = 0; i < world.requests.size; i += 1) apply(world, { kind: 'replayClassification', pick: 0 });
        while (world.inFlightPicks.some((p) => p.outcome === undefined)) apply(world, { kind: 'answerOne', pick: 0 });
        while (world.inFlightPicks.length > 0) apply(world, { kind: 'settleOne', pick: 0 });
        while (world.inFlight.length > 0) apply(world, { kind: 'deliver' });
        apply(world, { kind: 'dispatch', stale: false });
        checkNothingLeftWithCapacityFree(world);
      }),
      { numRuns: 150 },
    );
  });
});
