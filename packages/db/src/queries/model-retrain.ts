import { sql } from 'kysely';
import type { Db } from '../client';
import type { ModelRetrainRunsTable, RetrainDecision } from '../schema';
import type { NewModel } from './models';
import type { Selectable } from 'kysely';

export interface Correction {
  text: string;
  label: string;
  createdAt: Date;
}

/**
 * What operators taught the model: requests they reclassified, and requests whose category
 * they confirmed by the explicit `confirm-category` action — never a category merely left
 * standing. Oldest first, so the newest can be held out. Erased requests (blank words) are
 * no example of anything.
 */
export async function listCorrections(db: Db): Promise<Correction[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['subject', 'body', 'category', 'created_at'])
    .where((eb) => eb.or([eb('reclassified', '=', true), eb('category_confirmed', '=', true)]))
    .where('category', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows
    .map((row) => ({ text: `${row.subject}\n${row.body}`.trim(), label: row.category ?? '', createdAt: row.created_at }))
    .filter((row) => row.text !== '' && row.label !== '');
}

export type RetrainRunRow = Selectable<ModelRetrainRunsTable>;

export interface NewRetrainRun {
  runId: string;
  decision: RetrainDecision;
  reason: string;
  candidateVersion: string | null;
  /** The active model the candidate was measured against; a promotion holds only while it still is. */
  activeVersion: string | null;
  correctionsUsed: number;
  correctionsHeldOut: number;
  margin: number | null;
  candidateFigures: Record<string, unknown> | null;
  activeFigures: Record<string, unknown> | null;
}

export async function findRetrainRun(db: Db, runId: string): Promise<RetrainRunRow | undefined> {
  return db.selectFrom('model_retrain_runs').selectAll().where('run_id', '=', runId).executeTakeFirst();
}

/**
 * Records a run and, when its decision is `promoted`, registers the candidate and makes it
 * active, all in one transaction: a run is either recorded with its effect or not at all. A
 * run already recorded (a retried activity) changes nothing and answers the first record.
 * If another model became active while the run trained, the promotion is refused: the
 * candidate was never measured against it.
 */
export async function recordRetrainRun(db: Db, run: NewRetrainRun, candidate?: NewModel): Promise<RetrainRunRow> {
  return db.transaction().execute(async (trx) => {
    // The same lock as promoteModel: no promotion slips in between the check and the switch.
    await sql`select pg_advisory_xact_lock(hashtext('caseflow.models.promote'))`.execute(trx);
    const active = await trx.selectFrom('models').select('version').where('status', '=', 'active').executeTakeFirst();
    let { decision, reason } = run;
    if (decision === 'promoted' && (candidate === undefined || (active?.version ?? null) !== run.activeVersion)) {
      decision = 'refused';
      reason = candidate === undefined ? 'no candidate artefact to promote' : `the active model changed to ${active?.version ?? 'none'} while the run trained; not measured against it`;
    }
    const inserted = await trx
      .insertInto('model_retrain_runs')
      .values({
        run_id: run.runId,
        decision,
        reason,
        candidate_version: run.candidateVersion,
        active_version: run.activeVersion,
        corrections_used: run.correctionsUsed,
        corrections_held_out: run.correctionsHeldOut,
        margin: run.margin,
        candidate_figures: run.candidateFigures === null ? null : JSON.stringify(run.candidateFigures),
        active_figures: run.activeFigures === null ? null : JSON.stringify(run.activeFigures),
      })
      .onConflict((oc) => oc.column('run_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted === undefined) return trx.selectFrom('model_retrain_runs').selectAll().where('run_id', '=', run.runId).executeTakeFirstOrThrow();
    if (decision === 'promoted' && candidate !== undefined) {
      await trx
        .insertInto('models')
        .values({ version: candidate.version, status: 'candidate', metrics: JSON.stringify(candidate.metrics), training_fingerprint: candidate.trainingFingerprint, artifact: candidate.artifact })
        .onConflict((oc) => oc.column('version').doNothing())
        .execute();
      await trx.updateTable('models').set({ status: 'retired' }).where('status', '=', 'active').execute();
      await trx.updateTable('models').set({ status: 'active', promoted_at: new Date() }).where('version', '=', candidate.version).execute();
    }
    return inserted;
  });
}

/** The latest runs, newest first. */
export async function listRetrainRuns(db: Db, limit: number): Promise<RetrainRunRow[]> {
  return db.selectFrom('model_retrain_runs').selectAll().orderBy('finished_at', 'desc').orderBy('run_id', 'desc').limit(limit).execute();
}
