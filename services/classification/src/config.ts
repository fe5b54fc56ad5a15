import { bundledHeldOutSets, bundledOutOfScopeSets, bundledTrainingSets, defaultDuplicateThreshold, defaultRoutingPath } from '@caseflow/classifier';
import { commonConfig, tracingConfig, custom, integer, listenAddress, number, string } from '@caseflow/config';

/** Comma-separated CSV paths; unset = the bundled ones (English and Chinese). */
const pathList =
  (bundled: readonly string[]) =>
  (value: string | undefined): string[] => {
    if (value === undefined) return [...bundled];
    const paths = value.split(',').map((path) => path.trim());
    if (paths.some((path) => path === '')) throw new Error(`must be comma-separated CSV paths with none empty, got "${value}"`);
    return paths;
  };

export const classificationConfig = {
  ...commonConfig,
  ...tracingConfig('caseflow-classification'),
  /** Prometheus metrics of the Temporal SDK and of this worker, at http://<address>/metrics; `off` serves none. */
  metricsAddress: listenAddress('METRICS_ADDRESS', '127.0.0.1:9402'),
  routingFile: string('CLASSIFIER_ROUTING_FILE', defaultRoutingPath),
  /** Trained from on first start, when the registry has no active model yet (the default model's sets). */
  bootstrapTrainingData: custom('CLASSIFIER_BOOTSTRAP_DATA', pathList(bundledTrainingSets)),
  /** Out-of-scope texts (`text,split`; the validation rows) the bootstrap model chooses its routing threshold with. */
  bootstrapOutOfScope: custom('CLASSIFIER_BOOTSTRAP_OUT_OF_SCOPE', pathList(bundledOutOfScopeSets)),
  /** Caps examples per label in each bootstrap file; 0 = all (tests use a small cap to stay fast). */
  bootstrapLimitPerLabel: integer('CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL', { fallback: 0, min: 0 }),
  /** How often to look for a newly promoted model. */
  modelPollMs: integer('CLASSIFIER_MODEL_POLL_MS', { fallback: 10_000, min: 100 }),
  /**
   * The retraining Schedule (caseflow-model-retrain): how often it runs, and how much accuracy a
   * candidate may lose on any one language and still be promoted (if better overall). Its base
   * data is the default model's (CLASSIFIER_BOOTSTRAP_DATA and its cap).
   */
  retrainIntervalHours: integer('RETRAIN_INTERVAL_HOURS', { fallback: 168, min: 1 }),
  retrainMargin: number('RETRAIN_MARGIN', { fallback: 0.01, min: 0, max: 0.5 }),
  /** Labelled texts (`text,category`) no model learns from, both languages: what candidate and active model are measured on. */
  retrainHeldOutData: custom('RETRAIN_HELD_OUT_DATA', pathList(bundledHeldOutSets)),
  /** How far back a new request looks for an open request of the same customer it repeats; 0 turns detection off. */
  duplicateWindowHours: integer('DUPLICATE_WINDOW_HOURS', { fallback: 72, min: 0, max: 24 * 365 }),
  /** Cosine of the model's TF-IDF vectors from which two texts are one request written twice (calibrated: docs/benchmarks.md). */
  duplicateThreshold: number('DUPLICATE_SIMILARITY_THRESHOLD', { fallback: defaultDuplicateThreshold, min: 0.01, max: 1 }),
  /**
   * Incidents (the caseflow-incident-detection Schedule): from how many different customers
   * near-identical requests within the window are one incident, how alike they must be (the
   * cosine of the duplicates, calibrated: docs/benchmarks.md), and how often to look.
   */
  incidentMinCustomers: integer('INCIDENT_MIN_CUSTOMERS', { fallback: 10, min: 2 }),
  incidentWindowMinutes: integer('INCIDENT_WINDOW_MINUTES', { fallback: 60, min: 1, max: 24 * 60 }),
  incidentThreshold: number('INCIDENT_SIMILARITY_THRESHOLD', { fallback: defaultDuplicateThreshold, min: 0.01, max: 1 }),
  incidentIntervalSeconds: integer('INCIDENT_DETECTION_INTERVAL_SECONDS', { fallback: 60, min: 1, max: 3600 }),
  /** Most requests one run compares, the window's newest: a flood beyond an hour at 5 requests/s costs no more than that. */
  incidentMaxCandidates: integer('INCIDENT_MAX_CANDIDATES', { fallback: 20_000, min: 100 }),
};
