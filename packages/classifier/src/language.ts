import { normalizeText } from './tokenize';

export type ScriptLanguage = 'en' | 'zh' | 'other';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/**
 * The language a text's letters are mostly written in, by script: Han → `zh`, Latin → `en`,
 * anything else (or no letters) → `other`. Enough to split an evaluation set by language;
 * a Chinese text with English words ("ATM", "app") stays `zh` because each Han character
 * counts as a letter and a Chinese sentence has many more of them.
 */
export function scriptLanguage(text: string): ScriptLanguage {
  let han = 0;
  let latin = 0;
  let letters = 0;
  for (const ch of normalizeText(text)) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
  }
  if (letters === 0) return 'other';
  if (han > 0 && han * 2 >= latin) return 'zh';
  if (latin * 2 > letters) return 'en';
  return han > 0 ? 'zh' : 'other';
}
