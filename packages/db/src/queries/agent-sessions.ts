import { sql } from 'kysely';
import type { Db } from '../client';

/** What sign-in needs to know about an e-mail: never leaves intake's sign-in route. */
export interface AgentLogin {
  id: string;
  passwordHash: string | null;
  disabled: boolean;
}

export async function findAgentLogin(db: Db, email: string): Promise<AgentLogin | undefined> {
  const row = await db
    .selectFrom('agents')
    .select(['id', 'password_hash', 'disabled_at'])
    .where(sql<boolean>`lower(email) = lower(${email})`)
    .executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, passwordHash: row.password_hash, disabled: row.disabled_at !== null };
}

export async function insertSession(db: Db, session: { idHash: string; agentId: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('agent_sessions').values({ id_hash: session.idHash, agent_id: session.agentId, expires_at: session.expiresAt }).execute();
}

/**
 * The agent behind a live session, and the session kept alive: one statement, so a session
 * is never used after its idle or absolute expiry, its revocation, or its agent's disabling.
 */
export async function touchSession(db: Db, idHash: string, idleSeconds: number): Promise<string | undefined> {
  const row = await db
    .updateTable('agent_sessions')
    .set({ last_seen_at: sql`now()` })
    .where('id_hash', '=', idHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .where('last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .where((eb) => eb.exists(eb.selectFrom('agents').select(sql`1`.as('one')).whereRef('agents.id', '=', 'agent_sessions.agent_id').where('agents.disabled_at', 'is', null)))
    .returning('agent_id')
    .executeTakeFirst();
  return row?.agent_id;
}

export async function revokeSession(db: Db, idHash: string): Promise<void> {
  await db.updateTable('agent_sessions').set({ revoked_at: sql`now()` }).where('id_hash', '=', idHash).where('revoked_at', 'is', null).execute();
}

export async function revokeAgentSessions(db: Db, agentId: string): Promise<void> {
  await db.updateTable('agent_sessions').set({ revoked_at: sql`now()` }).where('agent_id', '=', agentId).where('revoked_at', 'is', null).execute();
}

/** Disabling ends every session of the agent in the same transaction; enabling starts none. */
export async function setAgentDisabled(db: Db, id: string, disabled: boolean): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('agents')
      .set({ disabled_at: disabled ? sql`coalesce(disabled_at, now())` : null, updated_at: sql`now()` })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (row !== undefined && disabled) await revokeAgentSessions(trx, id);
    return row !== undefined;
  });
}

export async function insertInvitation(db: Db, invitation: { tokenHash: string; agentId: string; purpose: 'invite' | 'reset'; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('agent_invitations')
    .values({ token_hash: invitation.tokenHash, agent_id: invitation.agentId, purpose: invitation.purpose, expires_at: invitation.expiresAt })
    .execute();
}

/**
 * Uses a set-password token: once, before it expires, for an agent not disabled. The
 * password is set and the agent's sessions end in the same transaction; every other open
 * token of the agent is spent too, so an older link cannot undo a newer password.
 */
export async function acceptInvitation(db: Db, tokenHash: string, passwordHash: string): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('agent_invitations')
      .set({ used_at: sql`now()` })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .where((eb) => eb.exists(eb.selectFrom('agents').select(sql`1`.as('one')).whereRef('agents.id', '=', 'agent_invitations.agent_id').where('agents.disabled_at', 'is', null)))
      .returning('agent_id')
      .executeTakeFirst();
    if (used === undefined) return undefined;
    await trx.updateTable('agent_invitations').set({ used_at: sql`now()` }).where('agent_id', '=', used.agent_id).where('used_at', 'is', null).execute();
    await trx.updateTable('agents').set({ password_hash: passwordHash, updated_at: sql`now()` }).where('id', '=', used.agent_id).execute();
    await revokeAgentSessions(trx, used.agent_id);
    return used.agent_id;
  });
}

/** null: no password works until a set-password link is used. */
export async function setAgentPassword(db: Db, id: string, passwordHash: string | null): Promise<void> {
  await db.updateTable('agents').set({ password_hash: passwordHash, updated_at: sql`now()` }).where('id', '=', id).execute();
}

/** When the e-mail is locked out, the end of the lock; null when it may try. */
export async function loginLockedUntil(db: Db, email: string): Promise<Date | null> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('email', '=', email.toLowerCase())
    .where('locked_until', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * Counts a wrong password (or an unknown e-mail: the same row either way); the
 * `maxFailures`-th in a row locks the e-mail for `lockSeconds` and starts the count again.
 * One upsert, so concurrent guesses cannot slip past the count.
 */
export async function recordLoginFailure(db: Db, email: string, { maxFailures, lockSeconds }: { maxFailures: number; lockSeconds: number }): Promise<Date | null> {
  const row = await db
    .insertInto('login_throttle')
    .values({ email: email.toLowerCase(), failures: 1, locked_until: maxFailures <= 1 ? sql`now() + make_interval(secs => ${lockSeconds})` : null })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({
        failures: sql`case when login_throttle.failures + 1 >= ${maxFailures} then 0 else login_throttle.failures + 1 end`,
        locked_until: sql`case when login_throttle.failures + 1 >= ${maxFailures} then now() + make_interval(secs => ${lockSeconds}) else login_throttle.locked_until end`,
        updated_at: sql`now()`,
      }),
    )
    .returning(sql<Date | null>`case when login_throttle.locked_until > now() then login_throttle.locked_until end`.as('locked'))
    .executeTakeFirstOrThrow();
  return row.locked;
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('email', '=', email.toLowerCase()).execute();
}

/**
 * Whether a session is still live, without keeping it alive: an open live-events stream
 * checks its session at every heartbeat, and an unattended page must still go idle.
 */
export async function liveSessionAgent(db: Db, idHash: string, idleSeconds: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('agent_sessions')
    .innerJoin('agents', 'agents.id', 'agent_sessions.agent_id')
    .select('agent_sessions.agent_id')
    .where('agent_sessions.id_hash', '=', idHash)
    .where('agent_sessions.revoked_at', 'is', null)
    .where('agent_sessions.expires_at', '>', sql<Date>`now()`)
    .where('agent_sessions.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .where('agents.disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.agent_id;
}
