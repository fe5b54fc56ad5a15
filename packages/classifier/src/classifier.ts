import { softmax } from './calibration';
import { base64ToFloat32, base64ToInt16, base64ToInt32 } from './encoding';
import { type SparseVector, Vectorizer } from './features';
import type { ModelArtifact } from './model';
import type { Prediction } from './types';

const ALTERNATIVES = 3;

/**
 * A loaded model. Prediction touches only the collapsed weight vectors
 * (never training texts): hash the text's n-grams, look up their columns,
 * and add each column's row of per-class weights.
 */
export class Classifier {
  readonly version: string;
  readonly labels: readonly string[];
  private readonly vectorizer: Vectorizer;
  /** feature-major: weights[col * k + class] */
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;
  private readonly temperature: number;
  /** the routing threshold the model chose on validation texts, if it carries one */
  readonly threshold: number | undefined;

  private constructor(a: ModelArtifact) {
    this.version = a.version;
    this.labels = [...a.labels];
    const buckets = base64ToInt32(a.vocabulary.buckets, 'vocabulary.buckets');
    const idf = Float64Array.from(base64ToFloat32(a.vocabulary.idf, 'vocabulary.idf'));
    this.vectorizer = new Vectorizer(a.features, buckets, idf);
    const k = a.labels.length;
    const f = buckets.length;
    const q = base64ToInt16(a.weights.data, 'weights.data');
    this.weights = new Float32Array(f * k);
    for (let c = 0; c < k; c++) {
      const scale = a.weights.scales[c]!;
      for (let col = 0; col < f; col++) this.weights[col * k + c] = q[c * f + col]! * scale;
    }
    this.bias = Float64Array.from(a.bias);
    this.temperature = a.calibration.temperature;
    this.threshold = a.routing?.threshold;
  }

  static fromArtifact(a: ModelArtifact): Classifier {
    return new Classifier(a);
  }

  /** The model's own TF-IDF vector of a text (what its weights see): duplicate detection compares these. */
  features(text: string): SparseVector {
    return this.vectorizer.transform(text);
  }

  /** Raw one-vs-rest margins, one per label (label order). */
  scores(text: string): Float64Array {
    const k = this.labels.length;
    const s = Float64Array.from(this.bias);
    const { idx, val } = this.vectorizer.transform(text);
    for (let i = 0; i < idx.length; i++) {
      const base = idx[i]! * k;
      const v = val[i]!;
      for (let c = 0; c < k; c++) s[c] = s[c]! + v * this.weights[base + c]!;
    }
    return s;
  }

  predict(text: string): Prediction {
    const p = softmax(this.scores(text), this.temperature);
    const order = Array.from(p.keys()).sort((a, b) => p[b]! - p[a]! || a - b);
    const alternatives = order.slice(0, ALTERNATIVES).map((c) => ({ label: this.labels[c]!, confidence: p[c]! }));
    const best = alternatives[0]!;
    return { label: best.label, confidence: best.confidence, alternatives };
  }
}
