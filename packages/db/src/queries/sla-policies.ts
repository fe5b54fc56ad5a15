import type { BusinessCalendar } from '@caseflow/sla';
import { sql } from 'kysely';
import type { Db } from '../client';
import type { SlaPoliciesTable, SlaPolicyRow } from '../schema';

export interface SlaPolicyInput {
  name: string;
  priority: string;
  category: string | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** Omitted or null: no next-reply target. */
  nextReplyMinutes?: number | null;
  warnFraction: number | null;
  escalationAction: SlaPoliciesTable['escalation_action'];
  escalationQueue: string | null;
  roundTheClock: boolean;
  /** Stored as given in the jsonb column: `hours` (several openings a day) only when present. */
  calendar: BusinessCalendar;
}

/** Another policy already covers this priority (and category). */
export class SlaPolicyConflict extends Error {
  override readonly name = 'SlaPolicyConflict';
}

function columns(input: SlaPolicyInput) {
  return {
    name: input.name,
    priority: input.priority,
    category: input.category,
    first_response_minutes: input.firstResponseMinutes,
    resolution_minutes: input.resolutionMinutes,
    next_reply_minutes: input.nextReplyMinutes ?? null,
    warn_fraction: input.warnFraction,
    escalation_action: input.escalationAction,
    escalation_queue: input.escalationQueue,
    round_the_clock: input.roundTheClock,
    calendar: JSON.stringify(input.calendar),
  };
}

/** The unique (priority, category) index decides between concurrent writers. */
async function uniqueScope<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new SlaPolicyConflict('an SLA policy for this priority and category exists already');
    throw error;
  }
}

export async function createSlaPolicy(db: Db, input: SlaPolicyInput): Promise<SlaPolicyRow> {
  return uniqueScope(() => db.insertInto('sla_policies').values(columns(input)).returningAll().executeTakeFirstOrThrow());
}

/** Replaces a policy's terms and bumps its version, so requests in flight pick it up. */
export async function updateSlaPolicy(db: Db, id: string, input: SlaPolicyInput): Promise<SlaPolicyRow | undefined> {
  return uniqueScope(() =>
    db
      .updateTable('sla_policies')
      .set({ ...columns(input), version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst(),
  );
}

export async function deleteSlaPolicy(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('sla_policies').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function findSlaPolicy(db: Db, id: string): Promise<SlaPolicyRow | undefined> {
  return db.selectFrom('sla_policies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSlaPolicies(db: Db): Promise<SlaPolicyRow[]> {
  return db.selectFrom('sla_policies').selectAll().orderBy('priority').orderBy('category').orderBy('id').execute();
}

/** The policy for a request: the one for its priority and category, else the one for its priority alone. */
export async function findMatchingSlaPolicy(db: Db, priority: string, category: string | null): Promise<SlaPolicyRow | undefined> {
  return db
    .selectFrom('sla_policies')
    .selectAll()
    .where('priority', '=', priority)
    .where((eb) => eb.or([eb('category', '=', category), eb('category', 'is', null)]))
    .orderBy(sql`category nulls last`)
    .limit(1)
    .executeTakeFirst();
}
