import { type Kysely, sql } from 'kysely';

/**
 * One row per retraining run of the `caseflow-model-retrain` Schedule: its decision and the
 * figures behind it, promoted or not, so `GET /v1/models` can show why the active model is
 * the one it is. `run_id` is the run's workflow id: a retried activity finds its row taken.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table model_retrain_runs (
      run_id text primary key,
      decision text not null check (decision in ('promoted', 'refused', 'failed')),
      reason text not null,
      candidate_version text,
      active_version text,
      corrections_used integer not null default 0 check (corrections_used >= 0),
      corrections_held_out integer not null default 0 check (corrections_held_out >= 0),
      margin double precision,
      candidate_figures jsonb,
      active_figures jsonb,
      finished_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index model_retrain_runs_finished_idx on model_retrain_runs (finished_at desc, run_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table model_retrain_runs`.execute(db);
}
