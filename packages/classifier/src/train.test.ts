import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Classifier } from './classifier';
import { readLabelledCsv } from './csv';
import { zhTest, zhTrain } from './fixtures/zh-customer-service';
import { evaluate } from './metrics';
import { parseModel, serializeModel, type ModelArtifact } from './model';
import { readOutOfScopeTraining, readOutOfScopeValidation } from './default-model';
import { outOfScopeLabel, route } from './routing';
import { fingerprint, smallDataSettings, trainModel } from './train';
import type { LabelledText } from './types';

const banking = (file: string): string => fileURLToPath(new URL(`../../../data/banking77/${file}`, import.meta.url));

/** The first `classes` banking77 intents (alphabetical), train and test rows. */
async function bankingSlice(classes: number): Promise<{ train: LabelledText[]; test: LabelledText[] }> {
  const train = await readLabelledCsv(banking('train.csv'));
  const test = await readLabelledCsv(banking('test.csv'));
  const keep = new Set([...new Set(train.map((e) => e.label))].sort().slice(0, classes));
  return { train: train.filter((e) => keep.has(e.label)), test: test.filter((e) => keep.has(e.label)) };
}

describe('training on a banking77 slice', () => {
  let slice: { train: LabelledText[]; test: LabelledText[] };
  let artifact: ModelArtifact;
  beforeAll(async () => {
    slice = await bankingSlice(15);
    artifact = await trainModel(slice.train, { workers: 2, seed: 7 });
  });

  it('classifies unseen test texts far above chance', () => {
    const result = evaluate(Classifier.fromArtifact(artifact), slice.test);
    expect(result.n).toBe(slice.test.length);
    expect(result.accuracy).toBeGreaterThan(0.8); // chance is 1/15
    expect(result.macroF1).toBeGreaterThan(0.8);
  });

  it('records held-out metrics, the training fingerprint and the feature config', () => {
    expect(artifact.labels).toHaveLength(15);
    expect(artifact.metrics.heldOut).toBeGreaterThan(0);
    expect(artifact.metrics.trainedOn).toBe(slice.train.length);
    expect(artifact.metrics.heldOutAccuracy).toBeGreaterThan(0.7);
    expect(artifact.trainingFingerprint).toBe(fingerprint(slice.train));
    expect(artifact.trainingFingerprint).toBe(fingerprint([...slice.train].reverse()));
    expect(artifact.features.charNgrams).toEqual([2, 5]);
    expect(artifact.training.trainer).toBe('dual coordinate descent one-vs-rest linear');
    expect(artifact.training.iterationLimitHits).toBe(0);
  });

  it('predicts the same after serialize → parse', () => {
    const before = Classifier.fromArtifact(artifact);
    const after = Classifier.fromArtifact(parseModel(serializeModel(artifact)));
    expect(after.version).toBe(artifact.version);
    for (const { text } of slice.test.slice(0, 200)) expect(after.predict(text)).toEqual(before.predict(text));
  });

  it('returns the top three alternatives, best first, with confidences in [0, 1]', () => {
    const p = Classifier.fromArtifact(artifact).predict('my card has still not arrived');
    expect(p.label).toBe('card_arrival');
    expect(p.alternatives).toHaveLength(3);
    expect(p.alternatives[0]).toEqual({ label: p.label, confidence: p.confidence });
    const confidences = p.alternatives.map((a) => a.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    for (const c of confidences) expect(c >= 0 && c <= 1).toBe(true);
  });

  it('gives empty or unknown text a low confidence instead of failing', () => {
    const c = Classifier.fromArtifact(artifact);
    for (const text of ['', '🙂', 'zzqx']) expect(c.predict(text).confidence).toBeLessThan(0.5);
  });

  it('trains the same weights in worker threads as in this thread', async () => {
    const small = slice.train.filter((_, i) => i % 3 === 0);
    const [threads, inline] = await Promise.all([
      trainModel(small, { workers: 2, seed: 3, version: 'v' }),
      trainModel(small, { workers: 0, seed: 3, version: 'v' }),
    ]);
    expect(threads.weights).toEqual(inline.weights);
    expect(threads.bias).toEqual(inline.bias);
  });
});

describe('training with an out-of-scope class', () => {
  const outOfScopeCsv = fileURLToPath(new URL('../../../data/out-of-scope/en.csv', import.meta.url));
  let slice: { train: LabelledText[]; test: LabelledText[] };
  let outOfScopeTrain: LabelledText[];
  let validation: string[];
  let artifact: ModelArtifact;
  beforeAll(async () => {
    slice = await bankingSlice(10);
    outOfScopeTrain = await readOutOfScopeTraining([outOfScopeCsv]);
    validation = await readOutOfScopeValidation([outOfScopeCsv]);
    artifact = await trainModel([...slice.train, ...outOfScopeTrain], { workers: 2, seed: 5, outOfScope: validation });
  });

  it('learns the class and sends what it predicts for it to triage, whatever the threshold', () => {
    const c = Classifier.fromArtifact(artifact);
    expect(artifact.labels).toContain(outOfScopeLabel);
    const p = c.predict('Can you recommend a good pizza place near your office?');
    expect(p.label).toBe(outOfScopeLabel);
    const routing = { threshold: 0, useModelThreshold: false, triageQueue: 'triage', categories: {}, defaultRoute: { queue: 'general', priority: 'normal' as const } };
    expect(route(p, routing).queue).toBe('triage');
  });

  it('chooses the threshold with its held-out texts as out-of-scope validation texts, not in-scope ones', () => {
    const heldOutOfScope = Math.round(outOfScopeTrain.length * artifact.training.calibrationSplit);
    expect(artifact.routing!.validation.outOfScope).toBe(validation.length + heldOutOfScope);
    expect(artifact.routing!.validation.inScope).toBe(artifact.metrics.heldOut - heldOutOfScope);
  });
});

describe('training on Chinese customer-service sentences', () => {
  it('classifies unseen Chinese requests into refund, shipping, account and complaint', async () => {
    const artifact = await trainModel(zhTrain, { workers: 0, calibrationSplit: 0 });
    const c = Classifier.fromArtifact(artifact);
    const wrong = zhTest.filter((e) => c.predict(e.text).label !== e.label).map((e) => `${e.text} → ${c.predict(e.text).label}`);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(1);
    expect(c.predict('我要退款').label).toBe('退款');
  });
});

describe('settings for few examples per label', () => {
  it('raises C and keeps n-grams seen once below 40 examples per label, and leaves larger sets at C 2 and min df 2', () => {
    expect(smallDataSettings(10)).toEqual({ C: 4, minDf: 1 });
    expect(smallDataSettings(16)).toEqual({ C: 2.5, minDf: 1 });
    expect(smallDataSettings(25)).toEqual({ C: 2, minDf: 1 });
    expect(smallDataSettings(40)).toEqual({ C: 2, minDf: 2 });
    expect(smallDataSettings(130)).toEqual({ C: 2, minDf: 2 });
  });

  it('applies them to a small training set unless the caller sets C or min df', async () => {
    const { train } = await bankingSlice(4);
    const perLabel = new Map<string, number>();
    const ten = train.filter((e) => (perLabel.set(e.label, (perLabel.get(e.label) ?? 0) + 1).get(e.label) ?? 0) <= 10);
    const auto = await trainModel(ten, { workers: 0, calibrationSplit: 0 });
    expect(auto.training.C).toBe(4);
    expect(auto.features.minDf).toBe(1);
    const given = await trainModel(ten, { workers: 0, calibrationSplit: 0, C: 1, features: { minDf: 2 } });
    expect(given.training.C).toBe(1);
    expect(given.features.minDf).toBe(2);
  });
});

describe('training input', () => {
  it('rejects a single class and empty texts', async () => {
    await expect(trainModel([{ text: 'a', label: 'x' }, { text: 'b', label: 'x' }])).rejects.toThrow(/at least two classes/);
    await expect(trainModel([{ text: ' ', label: 'x' }, { text: 'b', label: 'y' }])).rejects.toThrow(/example 0 has an empty text/);
  });

  it('weighs the texts of a language when told, in worker threads too, and records it', async () => {
    const mixed = [...zhTrain, ...zhTrain.map((e) => ({ text: `${e.label} please help, english text ${e.text.length}`, label: e.label }))];
    const plain = await trainModel(mixed, { workers: 2, calibrationSplit: 0, version: 'v' });
    const weighted = await trainModel(mixed, { workers: 2, calibrationSplit: 0, version: 'v', languageWeights: { zh: 3 } });
    expect(weighted.training.languageWeights).toEqual({ zh: 3 });
    expect(plain.training.languageWeights).toBeUndefined();
    expect(weighted.weights.data).not.toEqual(plain.weights.data);
    await expect(trainModel(mixed, { languageWeights: { zh: 1.5 } })).rejects.toThrow(/languageWeights.zh must be an integer/);
  });

  it('rejects an invalid feature configuration', async () => {
    await expect(trainModel(zhTrain, { features: { hashBits: 40 } })).rejects.toThrow(/hashBits/);
  });
});
