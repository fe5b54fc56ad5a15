import { describe, expect, it } from 'vitest';
import { Classifier } from './classifier';
import { zhTest, zhTrain } from './fixtures/zh-customer-service';
import { decidePromotion, type HeldOutFigures, retrainCandidate, splitCorrections } from './retrain';
import { trainModel } from './train';

const figures = (overall: number, en: number, zh: number): HeldOutFigures => ({
  overall: { n: 200, accuracy: overall },
  perLanguage: { en: { n: 100, accuracy: en }, zh: { n: 100, accuracy: zh } },
});

describe('the promotion gate', () => {
  it('promotes a candidate better overall that loses no language by more than the margin', () => {
    const decision = decidePromotion(figures(0.82, 0.85, 0.79), figures(0.8, 0.8, 0.8), 0.02);
    expect(decision.promote).toBe(true);
    expect(decision.reason).toMatch(/better overall \(0\.8000 → 0\.8200\)/);
  });

  it('refuses a candidate better overall that is worse on one language by more than the margin', () => {
    const decision = decidePromotion(figures(0.85, 0.95, 0.75), figures(0.8, 0.8, 0.8), 0.02);
    expect(decision).toEqual({ promote: false, reason: 'worse on zh by 0.0500 (0.8000 → 0.7500), more than the margin 0.02' });
  });

  it('allows a language to lose exactly the margin', () => {
    expect(decidePromotion(figures(0.81, 0.84, 0.78), figures(0.8, 0.8, 0.8), 0.02).promote).toBe(true);
  });

  it('refuses a candidate no better overall, even when every language is within the margin', () => {
    const decision = decidePromotion(figures(0.8, 0.8, 0.8), figures(0.8, 0.8, 0.8), 0.02);
    expect(decision).toEqual({ promote: false, reason: 'not better overall (0.8000 → 0.8000)' });
  });

  it('counts a language the candidate was not measured on as lost entirely', () => {
    const candidate: HeldOutFigures = { overall: { n: 100, accuracy: 0.9 }, perLanguage: { en: { n: 100, accuracy: 0.9 } } };
    expect(decidePromotion(candidate, figures(0.8, 0.8, 0.8), 0.02).reason).toMatch(/^worse on zh by 0\.8000/);
  });

  it('promotes when there is no active model, and rejects a margin outside [0, 1)', () => {
    expect(decidePromotion(figures(0.1, 0.1, 0.1), undefined, 0).promote).toBe(true);
    expect(() => decidePromotion(figures(0.1, 0.1, 0.1), undefined, -0.1)).toThrow(RangeError);
  });
});

describe('splitCorrections', () => {
  it('keeps the newest fifth out of training, at least one once there are two', () => {
    expect(splitCorrections([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ train: [1, 2, 3, 4, 5, 6, 7, 8], heldOut: [9, 10] });
    expect(splitCorrections([1, 2])).toEqual({ train: [1], heldOut: [2] });
    expect(splitCorrections([1])).toEqual({ train: [1], heldOut: [] });
  });
});

describe('retrainCandidate', () => {
  it('refuses a candidate taught wrong labels, and promotes one taught right ones over a weaker model', async () => {
    const base = zhTrain.filter((_, i) => i % 2 === 0);
    const labels = [...new Set(zhTrain.map((e) => e.label))].sort();
    const relabel = (e: { text: string; label: string }) => ({ text: e.text, label: labels[(labels.indexOf(e.label) + 1) % labels.length]! });
    const wrong = zhTrain.map(relabel);
    // The model serving now learnt a third of its texts under the wrong label: a right candidate must beat it.
    const weaker = Classifier.fromArtifact(await trainModel(base.map((e, i) => (i % 3 === 0 ? relabel(e) : e)), { workers: 1, seed: 3 }));
    const right = zhTrain.filter((_, i) => i % 2 === 1);
    const common = { base, outOfScope: [], heldOut: zhTest, active: weaker, margin: 0.02, workers: 1, seed: 3 };

    const refused = await retrainCandidate({ ...common, corrections: [...wrong, ...wrong, ...wrong] });
    expect(refused.promote).toBe(false);
    expect(refused.reason).toMatch(/^worse on zh/);
    expect(refused.correctionsUsed + refused.correctionsHeldOut).toBe(wrong.length * 3);

    const promoted = await retrainCandidate({ ...common, corrections: right });
    expect(promoted.activeFigures?.overall.n).toBe(promoted.candidateFigures.overall.n);
    expect(promoted.candidateFigures.overall.accuracy).toBeGreaterThan(promoted.activeFigures?.overall.accuracy ?? 1);
    expect(promoted.promote).toBe(true);
  }, 60_000);
});
