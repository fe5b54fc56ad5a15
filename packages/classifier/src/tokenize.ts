/**
 * Language-neutral tokenisation: works for English and Chinese (and mixtures)
 * without a word segmenter. Han/kana characters and emoji are one token each;
 * runs of other letters/digits are words. Word bigrams over single Han
 * characters then give the character bigrams that carry most Chinese meaning.
 */

export interface Token {
  text: string;
  /** true for a Han/Hiragana/Katakana character, which is a token on its own */
  cjk: boolean;
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
const TOKEN_RE = new RegExp(String.raw`([${CJK}])|(\p{Extended_Pictographic})|(${WORD_CHAR}+(?:['’]${WORD_CHAR}+)*)`, 'gu');

/** NFKC (full-width → ASCII, compatibility forms folded) then case-fold. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalizeText(text).matchAll(TOKEN_RE)) {
    tokens.push({ text: m[0].replace(/’/g, "'"), cjk: m[1] !== undefined });
  }
  return tokens;
}

/** Word n-grams, joined by a space; `min..max` inclusive. */
export function wordNgrams(tokens: readonly Token[], min: number, max: number): string[] {
  const out: string[] = [];
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      let gram = tokens[i]!.text;
      for (let k = 1; k < n; k++) gram += ' ' + tokens[i + k]!.text;
      out.push(gram);
    }
  }
  return out;
}

/**
 * Character n-grams inside word boundaries (like scikit-learn's `char_wb`):
 * each word, or each run of consecutive CJK characters, is padded with a
 * space on both sides. Code points, not UTF-16 units, so emoji stay whole.
 */
export function charNgrams(tokens: readonly Token[], min: number, max: number): string[] {
  const out: string[] = [];
  const emit = (word: string): void => {
    const chars = Array.from(` ${word} `);
    for (let n = min; n <= max; n++) {
      for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
    }
  };
  let run = '';
  for (const t of tokens) {
    if (t.cjk) {
      run += t.text;
      continue;
    }
    if (run) emit(run);
    run = '';
    emit(t.text);
  }
  if (run) emit(run);
  return out;
}
