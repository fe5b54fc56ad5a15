export type Language = 'en' | 'zh';

/**
 * The language to write to a request's people in: Chinese when CJK characters make up a
 * fair share of its letters. A share (not "any CJK at all") keeps an English request that
 * quotes one Chinese name in English, and a Chinese one with an English product name in Chinese.
 */
export function detectLanguage(text: string, threshold = 0.3): Language {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  // Latin words count by letter, but one Han character carries about a word: weigh accordingly.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const other = letters - cjk;
  if (cjk === 0) return 'en';
  return cjk / (cjk + other / 4) >= threshold ? 'zh' : 'en';
}
