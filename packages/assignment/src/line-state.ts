import { planAssignments } from './pick';
import type { AutomaticMode, LineEntry, Pick, RosterAgent } from './types';

/** A pick on its way to the request, with the offer it was made from and that offer's wait. */
export interface PendingPick extends Pick {
  offer: number;
  since?: number;
}

export type PickOutcome = 'assigned' | 'gone' | 'full';

export interface LineSnapshot {
  entries: LineEntry[];
  after: string | null;
  offers: Record<string, number>;
}

/**
 * A queue's line as its single writer keeps it. Each offer of a request (enqueue) gets a
 * number; a pick remembers the number it was made from, and its outcome removes the entry
 * only if no newer offer came meanwhile. Without that, a request offered again while a pick
 * of it was in flight (its workflow replayed after a crash and offered itself once more, or
 * it was unassigned and came back) was removed by the old pick's `gone` and lost.
 */
export class LineState {
  readonly entries = new Map<string, LineEntry>();
  after: string | null;
  private readonly offers: Map<string, number>;
  /** Picks planned and not yet settled, by request: a line that keeps picks in flight while it plans more must not name a request twice. */
  private readonly pending = new Map<string, PendingPick>();
  private counter = 0;

  constructor(snapshot?: LineSnapshot) {
    for (const entry of snapshot?.entries ?? []) this.entries.set(entry.requestId, entry);
    this.after = snapshot?.after ?? null;
    this.offers = new Map(Object.entries(snapshot?.offers ?? {}));
    this.counter = Math.max(0, ...this.offers.values());
  }

  offer(entry: LineEntry): void {
    this.counter += 1;
    this.entries.set(entry.requestId, entry);
    this.offers.set(entry.requestId, this.counter);
  }

  clear(): void {
    this.entries.clear();
    this.offers.clear();
    this.pending.clear();
  }

  /** Picks planned and not settled yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Entries a plan may name: in the line and without a pick in flight. */
  get plannable(): number {
    let count = 0;
    for (const requestId of this.entries.keys()) if (!this.pending.has(requestId)) count += 1;
    return count;
  }

  /**
   * Who gets what now, at most `limit` picks in line order; the picks are proposals until
   * `settle`. A request with a pick in flight is left out, and each pick in flight counts as
   * load on its agent: the roster read before that pick may not count it yet.
   */
  plan(mode: AutomaticMode, roster: readonly RosterAgent[], limit?: number): PendingPick[] {
    const waiting = [...this.entries.values()].filter((entry) => !this.pending.has(entry.requestId));
    const inFlightOf = new Map<string, number>();
    for (const { agentId } of this.pending.values()) inFlightOf.set(agentId, (inFlightOf.get(agentId) ?? 0) + 1);
    const agents = this.pending.size === 0 ? roster : roster.map((agent) => ({ ...agent, load: agent.load + (inFlightOf.get(agent.id) ?? 0) }));
    const plan = planAssignments(mode, waiting, agents, this.after, limit);
    this.after = plan.after;
    return plan.picks.map((pick) => {
      const since = this.entries.get(pick.requestId)?.since;
      const pending: PendingPick = { ...pick, offer: this.offers.get(pick.requestId) ?? 0, ...(since === undefined ? {} : { since }) };
      this.pending.set(pick.requestId, pending);
      return pending;
    });
  }

  /**
   * The request answered: assigned or gone leave the line, full stays; a newer offer stays,
   * unless the pick assigned the very wait it repeats (the line rebuilt from the read model
   * while the request's own offer was on its way): kept, that copy was picked again for the
   * next agent, came back gone, and cost that agent its round-robin turn.
   */
  settle(pick: PendingPick, outcome: PickOutcome): void {
    // Only this pick's own record: a pick from before a restart (`clear`, a rebuilt line) is not the one in flight now.
    if (this.pending.get(pick.requestId) === pick) this.pending.delete(pick.requestId);
    if (outcome === 'full') return;
    const repeatOfAssigned = outcome === 'assigned' && pick.since !== undefined && this.entries.get(pick.requestId)?.since === pick.since;
    if (this.offers.get(pick.requestId) !== pick.offer && !repeatOfAssigned) return;
    this.entries.delete(pick.requestId);
    this.offers.delete(pick.requestId);
  }

  /** What the next run starts from; picks in flight are not in it, so take it when none are. */
  snapshot(): LineSnapshot {
    return { entries: [...this.entries.values()], after: this.after, offers: Object.fromEntries(this.offers) };
  }
}
