/** How a queue hands out its requests. `manual` keeps no line: people assign by hand. */
export const assignmentModes = ['manual', 'round_robin', 'least_loaded', 'skills'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];
export type AutomaticMode = Exclude<AssignmentMode, 'manual'>;

export function isAssignmentMode(value: unknown): value is AssignmentMode {
  return typeof value === 'string' && (assignmentModes as readonly string[]).includes(value);
}

export function isAutomatic(mode: AssignmentMode): mode is AutomaticMode {
  return mode !== 'manual';
}

/** Same names and order as the request priorities (low … urgent). */
export const linePriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type LinePriority = (typeof linePriorities)[number];

/** A request waiting in a queue's line: everything a pick needs, nothing it must look up. */
export interface LineEntry {
  requestId: string;
  priority: LinePriority;
  /** When the request was created (ISO 8601): older first within a priority. */
  createdAt: string;
  /** The request's recorded language (`en`, `zh`, `other`): the skills mode offers `en` and `zh` only to agents who speak it. */
  language: string;
  /** The skill level (1–5) the request needs in the skills mode. */
  level: number;
  /**
   * The request's event seq when this wait began. The same wait offered twice (the line
   * rebuilt from the read model while the request's own offer was on its way) carries the
   * same; a new wait (unassigned, re-queued) a higher one. Absent in lines from before.
   */
  since?: number;
}

/** One agent as a queue's assigning logic sees them at one moment. */
export interface RosterAgent {
  id: string;
  name: string;
  languages: readonly string[];
  /** Skill level in this queue (1–5). */
  level: number;
  capacity: number;
  /** Open requests assigned to the agent, in every queue (the read model's count). */
  load: number;
  available: boolean;
}

/** One decision: this request goes to this agent. */
export interface Pick {
  requestId: string;
  agentId: string;
}
