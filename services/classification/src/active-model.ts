import { Classifier, parseModel, serializeModel, trainDefaultModel, type TrainingSource } from '@caseflow/classifier';
import { type Db, findActiveModel, findActiveModelVersion, promoteModel, registerModel } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';

/**
 * The model the worker serves: the registry's active one, swapped in place when another
 * is promoted. A registry with no active model (a fresh install) gets one trained from
 * the bundled data sets (the default model), registered and promoted, so the first start works on its own.
 */
export class ActiveModel {
  #classifier: Classifier | undefined;
  #poller: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  get classifier(): Classifier {
    if (this.#classifier === undefined) throw new Error('no model loaded yet');
    return this.#classifier;
  }

  async load(bootstrap: TrainingSource): Promise<Classifier> {
    let row = await findActiveModel(this.db);
    if (row === undefined) {
      await this.bootstrap(bootstrap);
      row = await findActiveModel(this.db);
      if (row === undefined) throw new Error('no active model after bootstrap training');
    }
    this.#classifier = Classifier.fromArtifact(parseModel(row.artifact));
    this.logger.info({ modelVersion: row.version }, 'serving model');
    return this.#classifier;
  }

  /** Polls the registry and swaps in a newly promoted model without a restart. */
  watch(intervalMs: number): void {
    this.#poller = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn({ err: error }, 'model refresh failed; keeping the current model'));
    }, intervalMs);
    this.#poller.unref();
  }

  stop(): void {
    clearInterval(this.#poller);
  }

  async refresh(): Promise<void> {
    const version = await findActiveModelVersion(this.db);
    if (version === undefined || version === this.#classifier?.version) return;
    const row = await findActiveModel(this.db);
    if (row === undefined) return;
    this.#classifier = Classifier.fromArtifact(parseModel(row.artifact));
    this.logger.info({ modelVersion: row.version }, 'switched to newly promoted model');
  }

  private async bootstrap(source: TrainingSource): Promise<void> {
    this.logger.info({ dataPaths: source.paths, limitPerLabel: source.limitPerLabel }, 'no active model in the registry: training the default model');
    const artifact = await trainDefaultModel(source);
    await registerModel(this.db, {
      version: artifact.version,
      metrics: { ...artifact.metrics },
      trainingFingerprint: artifact.trainingFingerprint,
      artifact: serializeModel(artifact),
    });
    // Another worker may have bootstrapped at the same moment; whichever is active wins.
    if ((await findActiveModelVersion(this.db)) === undefined) await promoteModel(this.db, artifact.version, { force: true });
    this.logger.info({ modelVersion: artifact.version, metrics: artifact.metrics }, 'bootstrap model trained and promoted');
  }
}
