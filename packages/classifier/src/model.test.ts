import { beforeAll, describe, expect, it } from 'vitest';
import { zhTrain } from './fixtures/zh-customer-service';
import { ModelFormatError, parseModel, serializeModel, type ModelArtifact } from './model';
import { trainModel } from './train';

let artifact: ModelArtifact;
beforeAll(async () => {
  artifact = await trainModel(zhTrain, { workers: 0, features: { minDf: 1 } });
});

const mutate = (f: (a: Record<string, unknown>) => void): string => {
  const a = JSON.parse(serializeModel(artifact)) as Record<string, unknown>;
  f(a);
  return JSON.stringify(a);
};

describe('parseModel', () => {
  it('round-trips an artefact unchanged', () => {
    expect(parseModel(serializeModel(artifact))).toEqual(artifact);
  });

  it('round-trips the routing threshold chosen on the calibration split, and reads artefacts without one', () => {
    expect(artifact.routing?.threshold).toBeGreaterThan(0);
    expect(parseModel(serializeModel(artifact)).routing).toEqual(artifact.routing);
    expect(parseModel(mutate((a) => delete a.routing)).routing).toBeUndefined();
  });

  it('round-trips the language weights a model was trained with, and reads artefacts without them', () => {
    const weighted = parseModel(mutate((a) => ((a.training as Record<string, unknown>).languageWeights = { zh: 4 })));
    expect(weighted.training.languageWeights).toEqual({ zh: 4 });
    expect(parseModel(serializeModel(weighted))).toEqual(weighted);
    expect(parseModel(serializeModel(artifact)).training.languageWeights).toBeUndefined();
  });

  it('reads the models ml-svm trained before the solver changed, with their working-set figure', () => {
    const old = parseModel(
      mutate((a) => {
        const training = a.training as Record<string, unknown>;
        training.trainer = 'ml-svm one-vs-rest linear';
        training.violatorsLeft = 3;
      }),
    );
    expect(old.training.trainer).toBe('ml-svm one-vs-rest linear');
    expect(old.training.violatorsLeft).toBe(3);
    expect(old.weights).toEqual(artifact.weights);
  });

  it.each<[string, (a: Record<string, unknown>) => void, RegExp]>([
    ['a language weight below 1', (a) => ((a.training as Record<string, unknown>).languageWeights = { zh: 0 }), /training.languageWeights must be an object of language → weight ≥ 1/],
    ['an unknown trainer', (a) => ((a.training as Record<string, unknown>).trainer = 'sgd'), /training.trainer must be "dual coordinate descent one-vs-rest linear" or "ml-svm one-vs-rest linear"/],
    ['a newer format version', (a) => (a.formatVersion = 2), /unsupported formatVersion 2/],
    ['a missing version', (a) => delete a.version, /version must be a non-empty string, got nothing/],
    ['a bad fingerprint', (a) => (a.trainingFingerprint = 'abc'), /trainingFingerprint must be a sha256 hex/],
    ['too few biases', (a) => (a.bias = [0]), /bias must be 4 numbers/],
    ['truncated weights', (a) => ((a.weights as { data: string }).data = 'AAAAAAAA'), /weights.data must have 4×\d+ values/],
    ['a bad feature config', (a) => ((a.features as { hashBits: number }).hashBits = 99), /features.hashBits must be an integer in \[8, 28\]/],
    ['a zero temperature', (a) => ((a.calibration as { temperature: number }).temperature = 0), /calibration.temperature must be a positive number/],
    ['a threshold above 1', (a) => ((a.routing as { threshold: number }).threshold = 2), /routing.threshold must be a number in \[0, 1\]/],
    ['duplicate labels', (a) => (a.labels = ['x', 'x', 'y', 'z']), /labels has duplicates/],
  ])('rejects %s with a clear error', (_, change, message) => {
    expect(() => parseModel(mutate(change))).toThrow(ModelFormatError);
    expect(() => parseModel(mutate(change))).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseModel('{"formatVersion":')).toThrow(/model: not JSON/);
    expect(() => parseModel('[]')).toThrow(/expected a JSON object/);
  });
});
