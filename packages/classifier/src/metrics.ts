import { detectLanguage, type RequestLanguage } from './language';
import type { LabelledText, Prediction } from './types';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ConfusedPair {
  actual: string;
  predicted: string;
  count: number;
}

export interface Evaluation {
  n: number;
  accuracy: number;
  /** unweighted mean F1 over labels seen in the truth or the predictions (as scikit-learn) */
  macroF1: number;
  perClass: Record<string, ClassMetrics>;
  /** off-diagonal confusion-matrix cells, largest first */
  confusions: ConfusedPair[];
  predictMsP50: number;
  predictMsP99: number;
  /** the same scores over the texts of each language (`detectLanguage`); languages with no text are absent */
  perLanguage: Partial<Record<RequestLanguage, LanguageMetrics>>;
}

export interface LanguageMetrics {
  n: number;
  accuracy: number;
  macroF1: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Scores (actual, predicted) label pairs. */
export function scorePredictions(pairs: readonly { actual: string; predicted: string }[]): Omit<Evaluation, 'predictMsP50' | 'predictMsP99' | 'perLanguage'> {
  const labels = [...new Set(pairs.flatMap((p) => [p.actual, p.predicted]))].sort();
  const tp = new Map<string, number>();
  const predicted = new Map<string, number>();
  const support = new Map<string, number>();
  const confusion = new Map<string, ConfusedPair>();
  let correct = 0;
  for (const { actual, predicted: guess } of pairs) {
    support.set(actual, (support.get(actual) ?? 0) + 1);
    predicted.set(guess, (predicted.get(guess) ?? 0) + 1);
    if (actual === guess) {
      correct++;
      tp.set(actual, (tp.get(actual) ?? 0) + 1);
    } else {
      const key = `${actual}\u0000${guess}`;
      const cell = confusion.get(key) ?? { actual, predicted: guess, count: 0 };
      cell.count++;
      confusion.set(key, cell);
    }
  }
  const perClass: Record<string, ClassMetrics> = {};
  let f1Sum = 0;
  for (const label of labels) {
    const t = tp.get(label) ?? 0;
    const p = predicted.get(label) ?? 0;
    const s = support.get(label) ?? 0;
    const precision = p === 0 ? 0 : t / p;
    const recall = s === 0 ? 0 : t / s;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[label] = { precision, recall, f1, support: s };
    f1Sum += f1;
  }
  return {
    n: pairs.length,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macroF1: labels.length === 0 ? 0 : f1Sum / labels.length,
    perClass,
    confusions: [...confusion.values()].sort((a, b) => b.count - a.count || a.actual.localeCompare(b.actual)),
  };
}

/** Predicts every example once, timing each call. */
export function evaluate(predictor: { predict(text: string): Prediction }, examples: readonly LabelledText[]): Evaluation {
  const times: number[] = [];
  const byLanguage = new Map<RequestLanguage, { actual: string; predicted: string }[]>();
  const pairs = examples.map((e) => {
    const t0 = performance.now();
    const p = predictor.predict(e.text);
    times.push(performance.now() - t0);
    const pair = { actual: e.label, predicted: p.label };
    const language = detectLanguage(e.text);
    const group = byLanguage.get(language) ?? [];
    group.push(pair);
    byLanguage.set(language, group);
    return pair;
  });
  times.sort((a, b) => a - b);
  const perLanguage: Evaluation['perLanguage'] = {};
  for (const language of [...byLanguage.keys()].sort()) {
    const { n, accuracy, macroF1 } = scorePredictions(byLanguage.get(language)!);
    perLanguage[language] = { n, accuracy, macroF1 };
  }
  return { ...scorePredictions(pairs), predictMsP50: percentile(times, 0.5), predictMsP99: percentile(times, 0.99), perLanguage };
}
