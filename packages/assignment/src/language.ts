/** ISO 639-1: two lowercase letters. */
export const languageCode = /^[a-z]{2}$/;

const han = /\p{Script=Han}/u;
const letter = /\p{L}/u;

/**
 * A stand-in until real language detection arrives: Chinese when at least a fifth of the
 * letters are CJK ideographs (a Chinese message quoting an English product name is still
 * Chinese), English otherwise.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  let letters = 0;
  let cjk = 0;
  for (const char of text) {
    if (han.test(char)) cjk += 1;
    else if (!letter.test(char)) continue;
    letters += 1;
  }
  return letters > 0 && cjk / letters >= 0.2 ? 'zh' : 'en';
}

/** The request's language: `metadata.language` when it is an ISO 639-1 code, else detected from its text. */
export function requestLanguage(request: { subject: string; body: string; metadata: Record<string, unknown> }): string {
  const given = request.metadata['language'];
  if (typeof given === 'string' && languageCode.test(given.toLowerCase())) return given.toLowerCase();
  return detectLanguage(`${request.subject}\n${request.body}`);
}

/** The skill level a request needs: `metadata.skillLevel` (1–5) when given, else 1. */
export function requestLevel(metadata: Record<string, unknown>): number {
  const given = metadata['skillLevel'];
  return typeof given === 'number' && Number.isInteger(given) && given >= 1 && given <= 5 ? given : 1;
}
