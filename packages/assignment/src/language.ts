// The one language detector is the classifier's (it owns reading text); the line only needs its answer.
export { requestLanguage } from '@caseflow/classifier/language';

/** The skill level a request needs: `metadata.skillLevel` (1–5) when given, else 1. */
export function requestLevel(metadata: Record<string, unknown>): number {
  const given = metadata['skillLevel'];
  return typeof given === 'number' && Number.isInteger(given) && given >= 1 && given <= 5 ? given : 1;
}
