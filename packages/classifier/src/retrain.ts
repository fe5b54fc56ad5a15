import { Classifier } from './classifier';
import { evaluate } from './metrics';
import type { ModelArtifact } from './model';
import { trainModel, type TrainProgress } from './train';
import type { LabelledText, Prediction } from './types';

/** One model's accuracy on a run's held-out texts. */
export interface HeldOutFigures {
  /** the held-out sets and the held-out corrections together */
  overall: { n: number; accuracy: number };
  /** the held-out sets alone, per language */
  perLanguage: Record<string, { n: number; accuracy: number }>;
  /** the held-out corrections alone; absent when none was held out */
  corrections?: { n: number; accuracy: number };
}

export interface PromotionDecision {
  promote: boolean;
  reason: string;
}

/** Share of the corrections, the newest, that a run keeps out of training to measure on. */
export const defaultCorrectionsHeldOut = 0.2;

/**
 * Splits corrections (oldest first) into those to learn from and the newest `fraction` to
 * measure on; with fewer than two there is nothing to spare, and all are learnt from.
 */
export function splitCorrections<T>(corrections: readonly T[], fraction = defaultCorrectionsHeldOut): { train: T[]; heldOut: T[] } {
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError('the held-out fraction must be in [0, 1)');
  const take = corrections.length < 2 || fraction === 0 ? 0 : Math.max(1, Math.round(corrections.length * fraction));
  return { train: corrections.slice(0, corrections.length - take), heldOut: corrections.slice(corrections.length - take) };
}

/**
 * A model's figures: per language on the held-out sets alone (the corrections' labels are
 * what is being tested, so they must not vouch for a language), overall on those and the
 * held-out corrections together.
 */
export function measure(predictor: { predict(text: string): Prediction }, heldOut: readonly LabelledText[], corrections: readonly LabelledText[]): HeldOutFigures {
  const sets = evaluate(predictor, heldOut);
  const perLanguage: HeldOutFigures['perLanguage'] = {};
  for (const [language, m] of Object.entries(sets.perLanguage)) perLanguage[language] = { n: m.n, accuracy: m.accuracy };
  if (corrections.length === 0) return { overall: { n: sets.n, accuracy: sets.accuracy }, perLanguage };
  const own = evaluate(predictor, corrections);
  const n = sets.n + own.n;
  return { overall: { n, accuracy: (sets.accuracy * sets.n + own.accuracy * own.n) / n }, perLanguage, corrections: { n: own.n, accuracy: own.accuracy } };
}

const f = (x: number): string => x.toFixed(4);

/**
 * The promotion gate: the candidate may lose at most `margin` accuracy on any language the
 * active model was measured on, and must be better overall. No active model: promote.
 */
export function decidePromotion(candidate: HeldOutFigures, active: HeldOutFigures | undefined, margin: number): PromotionDecision {
  if (!(margin >= 0 && margin < 1)) throw new RangeError('the margin must be in [0, 1)');
  if (active === undefined) return { promote: true, reason: 'no active model to compare with' };
  for (const [language, was] of Object.entries(active.perLanguage).sort(([a], [b]) => a.localeCompare(b))) {
    const now = candidate.perLanguage[language]?.accuracy ?? 0;
    // The epsilon keeps a drop of exactly `margin` inside it despite floating-point rounding.
    if (was.accuracy - now > margin + 1e-12) {
      return { promote: false, reason: `worse on ${language} by ${f(was.accuracy - now)} (${f(was.accuracy)} → ${f(now)}), more than the margin ${margin}` };
    }
  }
  if (!(candidate.overall.accuracy > active.overall.accuracy)) {
    return { promote: false, reason: `not better overall (${f(active.overall.accuracy)} → ${f(candidate.overall.accuracy)})` };
  }
  return { promote: true, reason: `better overall (${f(active.overall.accuracy)} → ${f(candidate.overall.accuracy)}), no language worse by more than ${margin}` };
}

export interface RetrainSettings {
  /** The data every candidate learns from (the default model's sets). */
  base: readonly LabelledText[];
  /** Out-of-scope validation texts for the candidate's routing threshold, as the default model's. */
  outOfScope: readonly string[];
  /** Operators' corrections, oldest first. */
  corrections: readonly LabelledText[];
  /** Labelled texts of both languages no model learns from (the bundled test sets). */
  heldOut: readonly LabelledText[];
  /** The model serving now; undefined on a registry with none. */
  active: { predict(text: string): Prediction } | undefined;
  margin: number;
  correctionsHeldOut?: number;
  seed?: number;
  workers?: number;
  onProgress?: (p: TrainProgress) => void;
}

export interface RetrainResult extends PromotionDecision {
  candidate: ModelArtifact;
  candidateFigures: HeldOutFigures;
  activeFigures: HeldOutFigures | undefined;
  correctionsUsed: number;
  correctionsHeldOut: number;
}

/** Trains a candidate on the base data and the older corrections, and measures it against the active model on the same texts. */
export async function retrainCandidate(settings: RetrainSettings): Promise<RetrainResult> {
  const { train, heldOut: recent } = splitCorrections(settings.corrections, settings.correctionsHeldOut);
  const candidate = await trainModel([...settings.base, ...train], {
    outOfScope: settings.outOfScope,
    ...(settings.seed !== undefined && { seed: settings.seed }),
    ...(settings.workers !== undefined && { workers: settings.workers }),
    ...(settings.onProgress !== undefined && { onProgress: settings.onProgress }),
  });
  const candidateFigures = measure(Classifier.fromArtifact(candidate), settings.heldOut, recent);
  const activeFigures = settings.active === undefined ? undefined : measure(settings.active, settings.heldOut, recent);
  const decision = decidePromotion(candidateFigures, activeFigures, settings.margin);
  return { ...decision, candidate, candidateFigures, activeFigures, correctionsUsed: train.length, correctionsHeldOut: recent.length };
}
