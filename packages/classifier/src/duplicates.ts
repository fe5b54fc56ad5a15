import type { Classifier } from './classifier';
import { cosine } from './features';

/**
 * The cosine of the model's TF-IDF vectors from which two texts of one customer count as
 * the same request written twice. Chosen on the validation half of data/duplicates (bench
 * `bench:duplicates`, docs/benchmarks.md): the most recall with no false link there. It
 * finds near-identical retries; a re-send in other words scores like a different problem
 * on the same topic, so those are left to people.
 */
export const defaultDuplicateThreshold = 0.73;

export interface DuplicateText {
  id: string;
  subject: string;
  body: string;
}

/** The words of a request as the classifier reads them: subject and body on two lines. */
export function requestText(request: { subject: string; body: string }): string {
  return `${request.subject}\n${request.body}`;
}

/** How alike two texts are to the model: the cosine of its TF-IDF vectors, in [0, 1]. */
export function textSimilarity(classifier: Classifier, a: string, b: string): number {
  return cosine(classifier.features(a), classifier.features(b));
}

/**
 * The candidate the text most nearly repeats, if its similarity reaches `threshold`; ties
 * go to the earlier candidate in the list (the caller lists newest first).
 */
export function nearestDuplicate(classifier: Classifier, text: string, candidates: readonly DuplicateText[], threshold: number): { id: string; similarity: number } | null {
  const vector = classifier.features(text);
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = cosine(vector, classifier.features(requestText(candidate)));
    if (similarity >= threshold && (best === null || similarity > best.similarity)) best = { id: candidate.id, similarity };
  }
  return best;
}
