import {
  Classifier,
  DatasetError,
  parseModel,
  readDefaultTrainingData,
  readLabelledCsv,
  retrainCandidate,
  serializeModel,
  TrainingDataError,
  type TrainingSource,
} from '@caseflow/classifier';
import type { ModelRetrainActivities, RetrainOutcome } from '@caseflow/contracts';
import { type Db, findActiveModel, findActiveModelVersion, findRetrainRun, listCorrections, recordRetrainRun, type RetrainRunRow } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';

export interface RetrainSettings {
  /** What every candidate learns from: the default model's data (CLASSIFIER_BOOTSTRAP_*). */
  base: TrainingSource;
  /** Labelled CSVs no model learns from (RETRAIN_HELD_OUT_DATA). */
  heldOutPaths: readonly string[];
  /** RETRAIN_MARGIN */
  margin: number;
}

function outcomeOf(row: RetrainRunRow): RetrainOutcome {
  return { runId: row.run_id, decision: row.decision, reason: row.reason, candidateVersion: row.candidate_version, activeVersion: row.active_version };
}

/** Data that cannot make a model fails the run at once: retrying would read the same data. */
function asFailure(error: unknown): unknown {
  if (error instanceof TrainingDataError || error instanceof DatasetError) return ApplicationFailure.nonRetryable(error.message, error.name);
  return error;
}

/**
 * The retraining activities: thin over @caseflow/classifier's `retrainCandidate` (the gate)
 * and @caseflow/db's `recordRetrainRun` (the record and the promotion, in one transaction).
 */
export function createRetrainActivities(db: Db, settings: RetrainSettings, logger: Logger): ModelRetrainActivities {
  return {
    async retrainModel({ runId }) {
      // A retry after the run was recorded answers the record: no second training, no second promotion.
      const recorded = await findRetrainRun(db, runId);
      if (recorded !== undefined) return outcomeOf(recorded);
      const heartbeat = (details: unknown) => Context.current().heartbeat(details);
      heartbeat({ stage: 'reading data' });
      try {
        const [{ examples: base, outOfScope }, heldOutSets, corrections, activeRow] = await Promise.all([
          readDefaultTrainingData(settings.base),
          Promise.all(settings.heldOutPaths.map((path) => readLabelledCsv(path))),
          listCorrections(db),
          findActiveModel(db),
        ]);
        const active = activeRow === undefined ? undefined : Classifier.fromArtifact(parseModel(activeRow.artifact));
        const result = await retrainCandidate({ base, outOfScope, corrections, heldOut: heldOutSets.flat(), active, margin: settings.margin, onProgress: heartbeat });
        heartbeat({ stage: 'recording' });
        const { candidate } = result;
        const row = await recordRetrainRun(
          db,
          {
            runId,
            decision: result.promote ? 'promoted' : 'refused',
            reason: result.reason,
            candidateVersion: candidate.version,
            activeVersion: active?.version ?? null,
            correctionsUsed: result.correctionsUsed,
            correctionsHeldOut: result.correctionsHeldOut,
            margin: settings.margin,
            candidateFigures: { ...result.candidateFigures },
            activeFigures: result.activeFigures === undefined ? null : { ...result.activeFigures },
          },
          result.promote ? { version: candidate.version, metrics: { ...candidate.metrics }, trainingFingerprint: candidate.trainingFingerprint, artifact: serializeModel(candidate) } : undefined,
        );
        logger.info({ runId, decision: row.decision, reason: row.reason, candidate: candidate.version, active: active?.version, correctionsUsed: result.correctionsUsed }, 'model retrain run recorded');
        return outcomeOf(row);
      } catch (error) {
        throw asFailure(error);
      }
    },

    async recordRetrainFailure({ runId, reason }) {
      const activeVersion = (await findActiveModelVersion(db)) ?? null;
      const row = await recordRetrainRun(db, {
        runId,
        decision: 'failed',
        reason,
        candidateVersion: null,
        activeVersion,
        correctionsUsed: 0,
        correctionsHeldOut: 0,
        margin: settings.margin,
        candidateFigures: null,
        activeFigures: null,
      });
      logger.warn({ runId, reason }, 'model retrain run failed; the active model stays');
      return outcomeOf(row);
    },
  };
}
