import type { RequestLanguage } from './language';

/**
 * The confidence below which a prediction goes to a person, chosen on validation texts
 * (never on a test set): the highest threshold that still routes `targetRouted` of the
 * in-scope texts of every language automatically. The higher the threshold, the more
 * out-of-scope texts (about nothing the model knows) reach triage, so within the routing
 * target this is the threshold that catches the most of them.
 */
export interface RoutingThreshold {
  threshold: number;
  targetRouted: number;
  /** what the threshold does on the validation texts it was chosen on */
  validation: {
    inScope: number;
    inScopeRouted: number;
    outOfScope: number;
    /** null without out-of-scope validation texts */
    outOfScopeToTriage: number | null;
  };
}

export interface ScoredText {
  confidence: number;
  language: RequestLanguage;
}

export function chooseThreshold(inScope: readonly ScoredText[], outOfScope: readonly number[], targetRouted = 0.95): RoutingThreshold | undefined {
  if (inScope.length === 0) return undefined;
  const byLanguage = new Map<RequestLanguage, number[]>();
  for (const { confidence, language } of inScope) {
    const group = byLanguage.get(language) ?? [];
    group.push(confidence);
    byLanguage.set(language, group);
  }
  let threshold = 1;
  for (const confidences of byLanguage.values()) {
    confidences.sort((a, b) => a - b);
    // Routed = confidence ≥ threshold: the value at this rank leaves at most (1 − target) below it.
    threshold = Math.min(threshold, confidences[Math.floor((1 - targetRouted) * confidences.length)]!);
  }
  const routed = inScope.filter((t) => t.confidence >= threshold).length;
  const toTriage = outOfScope.filter((c) => c < threshold).length;
  return {
    threshold,
    targetRouted,
    validation: {
      inScope: inScope.length,
      inScopeRouted: routed / inScope.length,
      outOfScope: outOfScope.length,
      outOfScopeToTriage: outOfScope.length === 0 ? null : toTriage / outOfScope.length,
    },
  };
}
