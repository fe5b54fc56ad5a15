import { describe, expect, it } from 'vitest';
import { charNgrams, normalizeText, tokenize, wordNgrams } from './tokenize';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits English into case-folded words and keeps apostrophes inside words', () => {
    expect(texts("My card DOESN'T work, why?")).toEqual(['my', 'card', "doesn't", 'work', 'why']);
  });

  it('makes every Chinese character a token of its own, without a segmenter', () => {
    const tokens = tokenize('我要退款！');
    expect(tokens.map((t) => t.text)).toEqual(['我', '要', '退', '款']);
    expect(tokens.every((t) => t.cjk)).toBe(true);
  });

  it('handles mixed Chinese and English text', () => {
    expect(texts('我的Visa卡被盗了 help')).toEqual(['我', '的', 'visa', '卡', '被', '盗', '了', 'help']);
  });

  it('keeps emoji as tokens and drops punctuation', () => {
    expect(texts('refund now 😡😡!!')).toEqual(['refund', 'now', '😡', '😡']);
  });

  it('returns no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  ?!… ')).toEqual([]);
  });

  it('folds full-width forms and case with NFKC', () => {
    expect(normalizeText('ＣＡＲＤ１２３')).toBe('card123');
    expect(texts('ＰＩＮ码')).toEqual(['pin', '码']);
  });
});

describe('n-grams', () => {
  it('builds word unigrams and bigrams, giving Chinese character bigrams', () => {
    expect(wordNgrams(tokenize('退款 到账'), 1, 2)).toEqual(['退', '款', '到', '账', '退 款', '款 到', '到 账']);
  });

  it('builds character n-grams inside padded words and whole CJK runs', () => {
    expect(charNgrams(tokenize('pin'), 3, 3)).toEqual([' pi', 'pin', 'in ']);
    expect(charNgrams(tokenize('退款'), 2, 2)).toEqual([' 退', '退款', '款 ']);
  });

  it('keeps an emoji whole in character n-grams', () => {
    expect(charNgrams(tokenize('😡'), 1, 1)).toEqual([' ', '😡', ' ']);
  });
});
