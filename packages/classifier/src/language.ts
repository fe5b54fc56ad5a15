import { normalizeText } from './tokenize';

/**
 * The languages caseflow tells apart: the two its model and its people write in, and
 * everything else. A request records one of them (`requests.language`).
 */
export const requestLanguages = ['en', 'zh', 'other'] as const;
export type RequestLanguage = (typeof requestLanguages)[number];

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
// Japanese always writes kana beside its Han characters, Korean writes Hangul: neither is zh.
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /\p{L}/u;

export function isRequestLanguage(value: unknown): value is RequestLanguage {
  return typeof value === 'string' && (requestLanguages as readonly string[]).includes(value);
}

/**
 * The language of a text by the script of its letters: Han → `zh`, Latin → `en`, anything
 * else (Cyrillic, Japanese, Korean …, or no letters at all) → `other`. One Han character
 * carries about a word and a Latin letter a fifth of one, so a Chinese text with English
 * product names ("ATM", "Apple Pay") stays `zh` and an English one quoting a Chinese name
 * stays `en`. Latin-script languages other than English count as `en`: the script cannot
 * tell them apart, and no library measured better on caseflow's data (docs/benchmarks.md,
 * "Language detection").
 */
export function detectLanguage(text: string): RequestLanguage {
  let han = 0;
  let latin = 0;
  let kanaHangul = 0;
  let letters = 0;
  for (const ch of normalizeText(text)) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
    else if (KANA_HANGUL.test(ch)) kanaHangul++;
  }
  if (letters === 0) return 'other';
  if (kanaHangul * 10 >= letters) return 'other';
  if (han > 0 && han * 2 >= latin) return 'zh';
  if (latin * 2 > letters) return 'en';
  return han > 0 ? 'zh' : 'other';
}

/**
 * A request's language: `metadata.language` when the posting service states one of
 * caseflow's languages (any case), else detected from subject and body. Decided once, at
 * intake, and recorded; everything after reads the record.
 */
export function requestLanguage(request: { subject: string; body: string; metadata: Record<string, unknown> }): RequestLanguage {
  const given = request.metadata['language'];
  const stated = typeof given === 'string' ? given.toLowerCase() : undefined;
  if (isRequestLanguage(stated)) return stated;
  return detectLanguage(`${request.subject}\n${request.body}`);
}
