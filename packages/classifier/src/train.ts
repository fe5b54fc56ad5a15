import { createHash } from 'node:crypto';
import { defaultBinarySvmOptions, rowDot, type BinarySvmOptions, type BinarySvmResult } from './binary-svm';
import { fitTemperature, softmax, type Calibration } from './calibration';
import { Classifier } from './classifier';
import { float32ToBase64, int16ToBase64, int32ToBase64 } from './encoding';
import { defaultFeatureConfig, hashedCounts, toRows, validateFeatureConfig, Vectorizer, type FeatureConfig } from './features';
import { scorePredictions } from './metrics';
import { linearTrainer, type ModelArtifact, type ModelMetrics, type TrainingInfo } from './model';
import { defaultWorkerCount, trainOneVsRest } from './one-vs-rest';
import { detectLanguage, type RequestLanguage } from './language';
import { mulberry32, shuffle } from './random';
import { outOfScopeLabel } from './routing';
import { chooseThreshold, type RoutingThreshold } from './threshold';
import type { LabelledText } from './types';

export interface TrainProgress {
  stage: string;
  done: number;
  total: number;
}

export interface TrainOptions {
  features?: Partial<FeatureConfig>;
  seed?: number;
  /** SVM regularisation (C); default `defaultC` (2), larger with few examples per label (`smallDataSettings`) */
  C?: number;
  /** fraction held out, stratified, to measure the model and fit the calibration; default 0.1 */
  calibrationSplit?: number;
  /** after calibrating, retrain on every example (default true); metrics stay those of the held-out split */
  refitOnAll?: boolean;
  /** worker threads for the one-vs-rest SVMs; default: available cores (max 8); 0/1 = this thread */
  workers?: number;
  /** default `<createdAt compact>-<fingerprint prefix>` */
  version?: string;
  /**
   * Texts that fit no label (validation only, never a test set). With a calibration split,
   * the routing threshold is chosen on the held-out texts and these (`chooseThreshold`) and
   * stored in the artefact.
   */
  outOfScope?: readonly string[];
  /** share of in-scope texts of every language the chosen threshold must route; default 0.95 */
  targetRouted?: number;
  /**
   * Integer weight of the texts of a language (`detectLanguage`) in the SVMs, as a C that many
   * times larger for them; default 1 each. A language with fewer texts than the others can
   * weigh more without repeating its texts in the data.
   */
  languageWeights?: Partial<Record<RequestLanguage, number>>;
  /** solver knobs of the per-class SVMs (tolerance, pass limit, bias feature) */
  svm?: Partial<Omit<BinarySvmOptions, 'C' | 'seed'>>;
  onProgress?: (p: TrainProgress) => void;
}

/** Training data that cannot make a model. */
export class TrainingDataError extends Error {
  override name = 'TrainingDataError';
}

/** sha256 over the sorted JSON lines of [text, label]: same data, same fingerprint, whatever the order. */
export function fingerprint(examples: readonly LabelledText[]): string {
  const lines = examples.map((e) => JSON.stringify([e.text, e.label])).sort();
  const h = createHash('sha256');
  for (const line of lines) h.update(line + '\n');
  return h.digest('hex');
}

/** Per class, shuffle and hold out round(n × fraction) (none from a class with one example). */
function stratifiedSplit(labels: Int32Array, nClasses: number, fraction: number, seed: number): { train: number[]; heldOut: number[] } {
  const random = mulberry32(seed);
  const byClass: number[][] = Array.from({ length: nClasses }, () => []);
  labels.forEach((l, i) => byClass[l]!.push(i));
  const train: number[] = [];
  const heldOut: number[] = [];
  for (const members of byClass) {
    shuffle(members, random);
    const take = members.length < 2 || fraction === 0 ? 0 : Math.min(members.length - 1, Math.max(1, Math.round(members.length * fraction)));
    heldOut.push(...members.slice(0, take));
    train.push(...members.slice(take));
  }
  return { train: train.sort((a, b) => a - b), heldOut: heldOut.sort((a, b) => a - b) };
}

interface Fitted {
  vectorizer: Vectorizer;
  svms: BinarySvmResult[];
}

/** Below this median of examples per label, `smallDataSettings` applies. */
export const smallDataExamplesPerLabel = 40;

/** ml-svm's C for `trainModel` unless set: 2 scored above 1 on a validation split carved from the bundled training data. */
export const defaultC = 2;

/**
 * C and min df for a training set with a median of `perLabel` examples per label, unless the
 * caller sets them. A company starting out has 10–25 per category: the hinge loss sums over
 * fewer texts against the same regulariser, so C grows as the texts shrink (40/perLabel,
 * between `defaultC` and 4), and an n-gram seen once is kept (min df 1), as there are few to
 * see twice. From `smallDataExamplesPerLabel` on: `defaultC`, min df 2. Measured in
 * docs/benchmarks.md ("Classifier: how the settings were chosen").
 */
export function smallDataSettings(perLabel: number): { C: number; minDf: number } {
  if (perLabel >= smallDataExamplesPerLabel) return { C: defaultC, minDf: defaultFeatureConfig.minDf };
  return { C: Math.max(defaultC, Math.min(4, smallDataExamplesPerLabel / Math.max(1, perLabel))), minDf: 1 };
}

function medianPerLabel(examples: readonly LabelledText[]): number {
  const counts = new Map<string, number>();
  for (const { label } of examples) counts.set(label, (counts.get(label) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

export async function trainModel(examples: LabelledText[], options: TrainOptions = {}): Promise<ModelArtifact> {
  const started = performance.now();
  const small = smallDataSettings(medianPerLabel(examples));
  const features: FeatureConfig = { ...defaultFeatureConfig, minDf: small.minDf, ...options.features };
  validateFeatureConfig(features);
  const seed = options.seed ?? 1;
  const C = options.C ?? small.C;
  const split = options.calibrationSplit ?? 0.1;
  const refitOnAll = options.refitOnAll ?? true;
  const workers = options.workers ?? defaultWorkerCount();
  const svmOptions: BinarySvmOptions = { ...defaultBinarySvmOptions, ...options.svm, C, seed };
  if (!(C > 0)) throw new RangeError('C must be > 0');
  if (!(split >= 0 && split < 0.5)) throw new RangeError('calibrationSplit must be in [0, 0.5)');
  const bad = examples.findIndex((e) => !e.text.trim() || !e.label.trim());
  if (bad >= 0) throw new TrainingDataError(`example ${bad} has an empty text or label`);
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  if (labels.length < 2) throw new TrainingDataError(`need at least two classes, got ${labels.length}`);
  const progress = options.onProgress ?? (() => {});
  const languageWeights = Object.fromEntries(Object.entries(options.languageWeights ?? {}).filter(([, k]) => k !== 1));
  for (const [language, k] of Object.entries(languageWeights)) {
    if (!(Number.isInteger(k) && k >= 1 && k <= 16)) throw new RangeError(`languageWeights.${language} must be an integer in [1, 16], got ${k}`);
  }
  const weighted = Object.keys(languageWeights).length > 0;
  const weightOf = Float64Array.from(examples, (e) => (weighted ? (languageWeights[detectLanguage(e.text)] ?? 1) : 1));

  progress({ stage: 'features', done: 0, total: examples.length });
  const counts = examples.map((e) => hashedCounts(e.text, features));
  const classOf = new Map(labels.map((l, i) => [l, i]));
  const y = Int32Array.from(examples, (e) => classOf.get(e.label)!);

  const fit = async (members: number[], stage: string): Promise<Fitted> => {
    const vectorizer = Vectorizer.fit(members.map((i) => counts[i]!), features);
    const rows = toRows(members.map((i) => vectorizer.vectorize(counts[i]!)), vectorizer.nCols);
    const svms = await trainOneVsRest(rows, Int32Array.from(members, (i) => y[i]!), labels.length, {
      svm: svmOptions,
      workers,
      ...(weighted && { weights: Float64Array.from(members, (i) => weightOf[i]!) }),
      onClassDone: (done, total) => progress({ stage, done, total }),
    });
    return { vectorizer, svms };
  };

  const { train, heldOut } = stratifiedSplit(y, labels.length, split, seed);
  const all = examples.map((_, i) => i);
  let calibration: Calibration = { method: 'softmax-temperature', temperature: 1 };
  let heldOutAccuracy = 0;
  let heldOutMacroF1 = 0;
  let routing: RoutingThreshold | undefined;
  let final: Fitted;
  if (heldOut.length > 0) {
    const first = await fit(train, 'train (calibration split)');
    progress({ stage: 'calibrate', done: 0, total: heldOut.length });
    const vectors = heldOut.map((i) => first.vectorizer.vectorize(counts[i]!));
    const rows = toRows(vectors, first.vectorizer.nCols);
    const scores = heldOut.map((_, r) => Float64Array.from(first.svms, (s) => rowDot(rows, r, s.w) + s.b));
    calibration = fitTemperature(scores, heldOut.map((i) => y[i]!));
    const scored = scorePredictions(
      heldOut.map((i, r) => {
        const s = scores[r]!;
        const best = s.indexOf(Math.max(...s));
        return { actual: labels[y[i]!]!, predicted: labels[best]! };
      }),
    );
    heldOutAccuracy = scored.accuracy;
    heldOutMacroF1 = scored.macroF1;
    // A text the model puts in its out-of-scope class goes to triage at any threshold, as if
    // its confidence were 0: in-scope texts lost that way count against the routing target.
    const oosClass = classOf.get(outOfScopeLabel);
    const top = (s: Float64Array): number => {
      const p = softmax(s, calibration.temperature);
      const best = Math.max(...p);
      return oosClass !== undefined && p[oosClass] === best ? 0 : best;
    };
    const oosRows = toRows((options.outOfScope ?? []).map((text) => first.vectorizer.transform(text)), first.vectorizer.nCols);
    const oosConfidence = (options.outOfScope ?? []).map((_, r) => top(Float64Array.from(first.svms, (s) => rowDot(oosRows, r, s.w) + s.b)));
    // Held-out texts of the out-of-scope class are out-of-scope validation texts, not in-scope ones.
    const inScopeHeldOut = heldOut.flatMap((i, r) => (y[i] === oosClass ? [] : [{ confidence: top(scores[r]!), language: detectLanguage(examples[i]!.text) }]));
    const heldOutOos = heldOut.flatMap((i, r) => (y[i] === oosClass ? [top(scores[r]!)] : []));
    routing = chooseThreshold(inScopeHeldOut, [...oosConfidence, ...heldOutOos], options.targetRouted);
    final = refitOnAll ? await fit(all, 'train (all)') : first;
  } else {
    final = await fit(all, 'train (all)');
  }

  const trainedOn = heldOut.length > 0 && !refitOnAll ? train.length : examples.length;
  const training: TrainingInfo = {
    trainer: linearTrainer,
    C,
    seed,
    calibrationSplit: split,
    refitOnAll,
    ...(weighted && { languageWeights }),
    supportVectors: final.svms.reduce((n, s) => n + s.supportVectors, 0),
    iterationLimitHits: final.svms.filter((s) => s.iterationLimitHit).length,
  };
  const metrics: ModelMetrics = { heldOutAccuracy, heldOutMacroF1, trainedOn, heldOut: heldOut.length, trainMs: Math.round(performance.now() - started) };
  const createdAt = new Date().toISOString();
  const trainingFingerprint = fingerprint(examples);
  const artifact: ModelArtifact = {
    formatVersion: 1,
    version: options.version ?? `${createdAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}-${trainingFingerprint.slice(0, 8)}`,
    createdAt,
    features,
    labels,
    vocabulary: { buckets: int32ToBase64(final.vectorizer.buckets), idf: float32ToBase64(final.vectorizer.idf) },
    weights: quantise(final.svms),
    bias: final.svms.map((s) => s.b),
    calibration,
    training,
    metrics,
    trainingFingerprint,
    ...(routing && { routing }),
  };
  Classifier.fromArtifact(artifact); // fail here, not in a worker, if something is inconsistent
  return artifact;
}

/** int16 per class: value = q × scale with scale = max|w| / 32767. */
function quantise(svms: readonly BinarySvmResult[]): ModelArtifact['weights'] {
  const f = svms[0]?.w.length ?? 0;
  const q = new Int16Array(svms.length * f);
  const scales = svms.map((s, c) => {
    let max = 0;
    for (const v of s.w) max = Math.max(max, Math.abs(v));
    const scale = max === 0 ? 1 : max / 32767;
    for (let col = 0; col < f; col++) q[c * f + col] = Math.round(s.w[col]! / scale);
    return scale;
  });
  return { encoding: 'int16', scales, data: int16ToBase64(q) };
}
