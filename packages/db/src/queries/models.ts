import { sql } from 'kysely';
import type { Db } from '../client';
import type { ModelRow, ModelStatus } from '../schema';

export interface NewModel {
  version: string;
  metrics: Record<string, unknown>;
  trainingFingerprint: string;
  artifact: string;
}

/** Registers a model as a candidate; registering the same version again changes nothing. */
export async function registerModel(db: Db, model: NewModel): Promise<void> {
  await db
    .insertInto('models')
    .values({
      version: model.version,
      status: 'candidate',
      metrics: JSON.stringify(model.metrics),
      training_fingerprint: model.trainingFingerprint,
      artifact: model.artifact,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

export class ModelNotFound extends Error {
  override readonly name = 'ModelNotFound';
}

export class PromotionRefused extends Error {
  override readonly name = 'PromotionRefused';
}

/**
 * Makes `version` the active model and retires the previous one. Refused when the
 * candidate's held-out accuracy is below the active model's, unless forced.
 */
export async function promoteModel(db: Db, version: string, { force = false }: { force?: boolean } = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Serialises promotions so two at once cannot both see "no active model".
    await sql`select pg_advisory_xact_lock(hashtext('caseflow.models.promote'))`.execute(trx);
    const candidate = await trx.selectFrom('models').select(['version', 'status', 'metrics']).where('version', '=', version).executeTakeFirst();
    if (candidate === undefined) throw new ModelNotFound(`no model with version ${version}`);
    if (candidate.status === 'active') return;
    const active = await trx.selectFrom('models').select(['version', 'metrics']).where('status', '=', 'active').executeTakeFirst();
    if (active !== undefined && !force) {
      const candidateAccuracy = Number(candidate.metrics['heldOutAccuracy'] ?? Number.NaN);
      const activeAccuracy = Number(active.metrics['heldOutAccuracy'] ?? Number.NaN);
      if (!(candidateAccuracy >= activeAccuracy)) {
        throw new PromotionRefused(
          `model ${version} has held-out accuracy ${candidateAccuracy}, below the active ${active.version} (${activeAccuracy}); use --force to promote anyway`,
        );
      }
    }
    await trx.updateTable('models').set({ status: 'retired' }).where('status', '=', 'active').execute();
    await trx.updateTable('models').set({ status: 'active', promoted_at: new Date() }).where('version', '=', version).execute();
  });
}

export async function findActiveModel(db: Db): Promise<ModelRow | undefined> {
  return db.selectFrom('models').selectAll().where('status', '=', 'active').executeTakeFirst();
}

/** The active model's version alone: cheap enough to poll for promotions. */
export async function findActiveModelVersion(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('models').select('version').where('status', '=', 'active').executeTakeFirst();
  return row?.version;
}

export type ModelSummary = Omit<ModelRow, 'artifact'>;

export async function listModels(db: Db, status?: ModelStatus): Promise<ModelSummary[]> {
  let query = db
    .selectFrom('models')
    .select(['version', 'status', 'metrics', 'training_fingerprint', 'created_at', 'promoted_at'])
    .orderBy('created_at', 'desc');
  if (status !== undefined) query = query.where('status', '=', status);
  return query.execute();
}
