import { describe, expect, it } from 'vitest';
import { evaluate, percentile, scorePredictions } from './metrics';

describe('scorePredictions', () => {
  it('computes accuracy, per-class precision/recall/F1, macro-F1 and the worst confusions', () => {
    const pairs = [
      { actual: 'a', predicted: 'a' },
      { actual: 'a', predicted: 'b' },
      { actual: 'b', predicted: 'b' },
      { actual: 'c', predicted: 'b' },
    ];
    const s = scorePredictions(pairs);
    expect(s.accuracy).toBe(0.5);
    expect(s.perClass.a).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(s.perClass.b).toEqual({ precision: 1 / 3, recall: 1, f1: 0.5, support: 1 });
    expect(s.perClass.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 12);
    expect(s.confusions).toEqual([
      { actual: 'a', predicted: 'b', count: 1 },
      { actual: 'c', predicted: 'b', count: 1 },
    ]);
  });

  it('takes the nearest-rank percentile', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 0.5)).toBe(50);
    expect(percentile(xs, 0.99)).toBe(99);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('scores each language apart: Chinese texts (English words in them included) under zh, English under en', () => {
    const answers = new Map([
      ['I lost my card', 'lost_or_stolen_card'],
      ['Where is my refund?', 'card_arrival'],
      ['我的卡丢了', 'lost_or_stolen_card'],
      ['ATM吞了我的卡怎么办', 'card_swallowed'],
      ['退款还没到账', 'Refund_not_showing_up'],
    ]);
    const predictor = { predict: (text: string) => ({ label: answers.get(text)!, confidence: 1, alternatives: [] }) };
    const truth = ['lost_or_stolen_card', 'Refund_not_showing_up', 'lost_or_stolen_card', 'card_swallowed', 'card_arrival'];
    const e = evaluate(predictor, [...answers.keys()].map((text, i) => ({ text, label: truth[i]! })));
    expect(e.perLanguage.en).toEqual({ n: 2, accuracy: 0.5, macroF1: scorePredictions([
      { actual: 'lost_or_stolen_card', predicted: 'lost_or_stolen_card' },
      { actual: 'Refund_not_showing_up', predicted: 'card_arrival' },
    ]).macroF1 });
    expect(e.perLanguage.zh?.n).toBe(3);
    expect(e.perLanguage.zh?.accuracy).toBeCloseTo(2 / 3, 12);
    expect(e.perLanguage.other).toBeUndefined();
    expect(e.accuracy).toBeCloseTo(3 / 5, 12);
  });
});
