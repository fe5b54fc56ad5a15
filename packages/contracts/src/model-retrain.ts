/**
 * The retraining Schedule (`caseflow-model-retrain`): its workflow and activities run on the
 * classification service's own queue for training, apart from `caseflow-classification`, so a
 * long training run never holds a slot that a request's classify waits for.
 */
export const modelRetrainTaskQueue = 'caseflow-model-retrain';
export const modelRetrainWorkflowType = 'modelRetrain';
export const modelRetrainScheduleId = 'caseflow-model-retrain';

/** One model's accuracy on the held-out sets of a run. */
export interface RetrainFigures {
  /** over every held-out text (the bundled test sets and the recent corrections kept out of training) */
  overall: { n: number; accuracy: number };
  /** per language (`detectLanguage`), over the held-out sets alone: corrections never vouch for a language */
  perLanguage: Record<string, { n: number; accuracy: number }>;
  /** the recent corrected requests alone; absent when no correction was held out */
  corrections?: { n: number; accuracy: number };
}

export type RetrainDecision = 'promoted' | 'refused' | 'failed';

export interface RetrainOutcome {
  runId: string;
  decision: RetrainDecision;
  reason: string;
  candidateVersion: string | null;
  activeVersion: string | null;
}

export interface RetrainInput {
  /** The run's key in the registry (the workflow id of the Schedule's action): a retried activity records one run, not two. */
  runId: string;
}

export interface RetrainFailureInput {
  runId: string;
  reason: string;
}

export interface ModelRetrainActivities {
  /** Gathers corrections, trains and evaluates a candidate, and records the run (promoting it when the gate lets it). */
  retrainModel(input: RetrainInput): Promise<RetrainOutcome>;
  /** Records a run whose training failed for good: the registry shows it, the active model stays. */
  recordRetrainFailure(input: RetrainFailureInput): Promise<RetrainOutcome>;
}
