import { orderLine } from './line';
import type { AutomaticMode, LineEntry, Pick, RosterAgent } from './types';

/** May this agent take this request now? Available, below capacity, and (skills) able to. */
export function eligible(mode: AutomaticMode, agent: RosterAgent, entry: LineEntry): boolean {
  if (!agent.available || agent.load >= agent.capacity) return false;
  if (mode !== 'skills') return true;
  // Nobody lists "other" (neither English nor Chinese) as a language: such a request needs only the level, or it would wait forever.
  return agent.level >= entry.level && (entry.language === 'other' || agent.languages.includes(entry.language));
}

const byId = (a: RosterAgent, b: RosterAgent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Fewest open requests relative to capacity; then fewer in absolute terms; then by id (stable, deterministic). */
function lessLoaded(a: RosterAgent, b: RosterAgent): number {
  return a.load * b.capacity - b.load * a.capacity || a.load - b.load || byId(a, b);
}

/**
 * The agent for one request, or null when nobody eligible has spare capacity.
 * `after` is the round-robin cursor: the last agent round robin gave a request to.
 */
export function pickAgent(mode: AutomaticMode, roster: readonly RosterAgent[], entry: LineEntry, after: string | null): RosterAgent | null {
  if (mode === 'round_robin') {
    const ordered = roster.filter((agent) => eligible(mode, agent, entry)).sort(byId);
    return ordered.find((agent) => after === null || agent.id > after) ?? ordered[0] ?? null;
  }
  return rankOnArrival(mode, roster, entry)[0] ?? null;
}

/**
 * The agents who may take a request the moment it arrives in a queue whose line is empty,
 * best first, for the modes that need nothing but the roster (least loaded, skills). Round
 * robin needs its cursor, which only the queue's line keeps: it answers nobody, and the
 * request goes to the line.
 */
export function rankOnArrival(mode: AutomaticMode, roster: readonly RosterAgent[], entry: LineEntry): RosterAgent[] {
  if (mode === 'round_robin') return [];
  return roster.filter((agent) => eligible(mode, agent, entry)).sort(lessLoaded);
}

export interface Plan {
  picks: Pick[];
  /** The round-robin cursor after these picks. */
  after: string | null;
}

/**
 * Hands out as much of the line as the roster can take, in line order: each pick counts
 * against the agent's load before the next, so one plan never takes an agent over
 * capacity and never names a request twice. A request nobody eligible can take stays;
 * requests behind it may still go to other agents (a Chinese request waits for a Chinese
 * speaker while the English one behind it goes to whoever is free).
 */
export function planAssignments(mode: AutomaticMode, line: Iterable<LineEntry>, roster: readonly RosterAgent[], after: string | null, limit = Number.POSITIVE_INFINITY): Plan {
  const agents = roster.map((agent) => ({ ...agent }));
  const picks: Pick[] = [];
  let cursor = after;
  for (const entry of orderLine(line)) {
    if (picks.length >= limit) break;
    if (!agents.some((agent) => agent.available && agent.load < agent.capacity)) break;
    const agent = pickAgent(mode, agents, entry, cursor);
    if (agent === null) continue;
    agent.load += 1;
    cursor = agent.id;
    picks.push({ requestId: entry.requestId, agentId: agent.id });
  }
  return { picks, after: cursor };
}
