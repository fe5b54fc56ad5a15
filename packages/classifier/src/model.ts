import type { Calibration } from './calibration';
import { base64ToFloat32, base64ToInt16, base64ToInt32 } from './encoding';
import { validateFeatureConfig, type FeatureConfig } from './features';
import { isRequestLanguage, type RequestLanguage } from './language';
import type { RoutingThreshold } from './threshold';

export interface ModelMetrics {
  /** on the calibration split, by the model trained without it */
  heldOutAccuracy: number;
  heldOutMacroF1: number;
  /** texts the stored weights were trained on */
  trainedOn: number;
  heldOut: number;
  trainMs: number;
}

/** The solver of models trained now (`binary-svm.ts`). */
export const linearTrainer = 'dual coordinate descent one-vs-rest linear';
/** Models trained until 2026-12-01 by ml-svm's SMO over working sets: they load and serve alike. */
const smoTrainer = 'ml-svm one-vs-rest linear';

export interface TrainingInfo {
  trainer: typeof linearTrainer | typeof smoTrainer;
  C: number;
  seed: number;
  calibrationSplit: number;
  refitOnAll: boolean;
  /** `TrainOptions.languageWeights` other than 1; absent when every text weighs 1 */
  languageWeights?: Partial<Record<RequestLanguage, number>>;
  supportVectors: number;
  /** classes where the solver stopped at its iteration limit (its last solution is used) */
  iterationLimitHits: number;
  /** SMO models only: margin violators left outside the working sets when the round limit stopped them */
  violatorsLeft?: number;
}

/**
 * A trained model, complete and self-describing: JSON-serialisable, no
 * reference to the training data. Typed arrays are base64 little-endian.
 */
export interface ModelArtifact {
  formatVersion: 1;
  version: string;
  createdAt: string;
  features: FeatureConfig;
  labels: string[];
  /** kept hash buckets (column order, Int32) and their idf (Float32) */
  vocabulary: { buckets: string; idf: string };
  /** class-major labels.length × columns, each class quantised to int16 with value = q × scales[class] */
  weights: { encoding: 'int16'; scales: number[]; data: string };
  bias: number[];
  calibration: Calibration;
  training: TrainingInfo;
  metrics: ModelMetrics;
  /** sha256 of the training data (sorted JSON lines of [text, label]) */
  trainingFingerprint: string;
  /** the routing threshold chosen on the calibration split (and out-of-scope validation texts); absent in older artefacts */
  routing?: RoutingThreshold;
}

/** An artefact that cannot be loaded; the message names the field. */
export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

export function serializeModel(a: ModelArtifact): string {
  return JSON.stringify(a);
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function field<T>(o: Json, key: string, path: string, check: (v: unknown) => v is T, expected: string): T {
  const v = o[key];
  if (!check(v)) throw new ModelFormatError(`model: ${path}${key} must be ${expected}, got ${v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 60)}`);
  return v;
}
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every(isNumber);
const isRange = (v: unknown): v is [number, number] => isNumbers(v) && v.length === 2;

/** Parses and fully validates a serialised model; throws ModelFormatError naming what is wrong. */
export function parseModel(json: string): ModelArtifact {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new ModelFormatError(`model: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isObject(raw)) throw new ModelFormatError('model: expected a JSON object');
  if (raw.formatVersion !== 1) throw new ModelFormatError(`model: unsupported formatVersion ${JSON.stringify(raw.formatVersion)}; this build reads 1`);
  const version = field(raw, 'version', '', isString, 'a non-empty string');
  const createdAt = field(raw, 'createdAt', '', (v): v is string => isString(v) && !Number.isNaN(Date.parse(v)), 'an ISO date');
  const trainingFingerprint = field(raw, 'trainingFingerprint', '', (v): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v), 'a sha256 hex');

  const f = field(raw, 'features', '', isObject, 'an object');
  const features: FeatureConfig = {
    normalization: field(f, 'normalization', 'features.', (v): v is 'NFKC' => v === 'NFKC', '"NFKC"'),
    lowercase: field(f, 'lowercase', 'features.', isBool, 'a boolean'),
    hashBits: field(f, 'hashBits', 'features.', isNumber, 'a number'),
    wordNgrams: field(f, 'wordNgrams', 'features.', isRange, '[min, max]'),
    charNgrams: field(f, 'charNgrams', 'features.', isRange, '[min, max]'),
    charWeight: field(f, 'charWeight', 'features.', isNumber, 'a number'),
    sublinearTf: field(f, 'sublinearTf', 'features.', isBool, 'a boolean'),
    minDf: field(f, 'minDf', 'features.', isNumber, 'a number'),
  };
  try {
    validateFeatureConfig(features);
  } catch (err) {
    throw new ModelFormatError(`model: ${(err as Error).message}`);
  }

  const labels = field(raw, 'labels', '', (v): v is string[] => Array.isArray(v) && v.length >= 2 && v.every(isString), 'at least two label strings');
  if (new Set(labels).size !== labels.length) throw new ModelFormatError('model: labels has duplicates');
  const k = labels.length;

  const voc = field(raw, 'vocabulary', '', isObject, 'an object');
  const bucketsB64 = field(voc, 'buckets', 'vocabulary.', (v): v is string => typeof v === 'string', 'base64');
  const idfB64 = field(voc, 'idf', 'vocabulary.', (v): v is string => typeof v === 'string', 'base64');
  const w = field(raw, 'weights', '', isObject, 'an object');
  if (w.encoding !== 'int16') throw new ModelFormatError(`model: weights.encoding must be "int16", got ${JSON.stringify(w.encoding)}`);
  const scales = field(w, 'scales', 'weights.', (v): v is number[] => isNumbers(v) && v.length === k, `${k} numbers`);
  const dataB64 = field(w, 'data', 'weights.', (v): v is string => typeof v === 'string', 'base64');
  const bias = field(raw, 'bias', '', (v): v is number[] => isNumbers(v) && v.length === k, `${k} numbers`);
  let nCols: number;
  try {
    nCols = base64ToInt32(bucketsB64, 'vocabulary.buckets').length;
    if (base64ToFloat32(idfB64, 'vocabulary.idf').length !== nCols) throw new Error(`vocabulary.idf must have ${nCols} values`);
    if (base64ToInt16(dataB64, 'weights.data').length !== k * nCols) throw new Error(`weights.data must have ${k}×${nCols} values`);
  } catch (err) {
    throw err instanceof ModelFormatError ? err : new ModelFormatError(`model: ${(err as Error).message}`);
  }

  const cal = field(raw, 'calibration', '', isObject, 'an object');
  if (cal.method !== 'softmax-temperature') throw new ModelFormatError('model: calibration.method must be "softmax-temperature"');
  const temperature = field(cal, 'temperature', 'calibration.', (v): v is number => isNumber(v) && v > 0, 'a positive number');

  const t = field(raw, 'training', '', isObject, 'an object');
  const m = field(raw, 'metrics', '', isObject, 'an object');
  const num = (o: Json, key: string, path: string): number => field(o, key, path, isNumber, 'a number');
  const share = (o: Json, key: string, path: string): number => field(o, key, path, (v): v is number => isNumber(v) && v >= 0 && v <= 1, 'a number in [0, 1]');
  let routing: RoutingThreshold | undefined;
  if (raw.routing !== undefined) {
    const r = field(raw, 'routing', '', isObject, 'an object');
    const v = field(r, 'validation', 'routing.', isObject, 'an object');
    const toTriage = v.outOfScopeToTriage === null ? null : share(v, 'outOfScopeToTriage', 'routing.validation.');
    routing = {
      threshold: share(r, 'threshold', 'routing.'),
      targetRouted: share(r, 'targetRouted', 'routing.'),
      validation: {
        inScope: num(v, 'inScope', 'routing.validation.'),
        inScopeRouted: share(v, 'inScopeRouted', 'routing.validation.'),
        outOfScope: num(v, 'outOfScope', 'routing.validation.'),
        outOfScopeToTriage: toTriage,
      },
    };
  }
  return {
    formatVersion: 1,
    version,
    createdAt,
    features,
    labels,
    vocabulary: { buckets: bucketsB64, idf: idfB64 },
    weights: { encoding: 'int16', scales, data: dataB64 },
    bias,
    calibration: { method: 'softmax-temperature', temperature },
    training: {
      trainer: field(t, 'trainer', 'training.', (v): v is TrainingInfo['trainer'] => v === linearTrainer || v === smoTrainer, `"${linearTrainer}" or "${smoTrainer}"`),
      C: num(t, 'C', 'training.'),
      seed: num(t, 'seed', 'training.'),
      calibrationSplit: num(t, 'calibrationSplit', 'training.'),
      refitOnAll: field(t, 'refitOnAll', 'training.', isBool, 'a boolean'),
      ...(t.languageWeights !== undefined && {
        languageWeights: field(
          t,
          'languageWeights',
          'training.',
          (v): v is Partial<Record<RequestLanguage, number>> => isObject(v) && Object.entries(v).every(([l, k]) => isRequestLanguage(l) && isNumber(k) && k >= 1),
          'an object of language → weight ≥ 1',
        ),
      }),
      supportVectors: num(t, 'supportVectors', 'training.'),
      iterationLimitHits: num(t, 'iterationLimitHits', 'training.'),
      ...(t.violatorsLeft !== undefined && { violatorsLeft: num(t, 'violatorsLeft', 'training.') }),
    },
    metrics: {
      heldOutAccuracy: num(m, 'heldOutAccuracy', 'metrics.'),
      heldOutMacroF1: num(m, 'heldOutMacroF1', 'metrics.'),
      trainedOn: num(m, 'trainedOn', 'metrics.'),
      heldOut: num(m, 'heldOut', 'metrics.'),
      trainMs: num(m, 'trainMs', 'metrics.'),
    },
    trainingFingerprint,
    ...(routing && { routing }),
  };
}
