import { fileURLToPath } from 'node:url';
import { readLabelledCsv } from './csv';
import type { ModelArtifact } from './model';
import { outOfScopeLabel } from './routing';
import { trainModel, type TrainOptions } from './train';
import type { LabelledText } from './types';

/**
 * The data the default model learns from: banking77 (English) and its Chinese companion
 * written for caseflow, one CSV each (`text,category`). `make up`'s bootstrap and
 * `caseflow model train --default` both train through `trainDefaultModel`, so the model a
 * fresh install serves and the one the CLI writes are the same.
 */
export const bundledTrainingSets: readonly string[] = [
  fileURLToPath(new URL('../../../data/banking77/train.csv', import.meta.url)),
  fileURLToPath(new URL('../../../data/banking77-zh/train.csv', import.meta.url)),
];

/** The bundled test sets, English and Chinese: no model learns from them, so retraining measures every candidate on them. */
export const bundledHeldOutSets: readonly string[] = [
  fileURLToPath(new URL('../../../data/banking77/test.csv', import.meta.url)),
  fileURLToPath(new URL('../../../data/banking77-zh/test.csv', import.meta.url)),
];

/** Texts about nothing the 77 intents cover (`text,split`); only the `validation` rows are read. */
export const bundledOutOfScopeSets: readonly string[] = [
  fileURLToPath(new URL('../../../data/out-of-scope/en.csv', import.meta.url)),
  fileURLToPath(new URL('../../../data/out-of-scope/zh.csv', import.meta.url)),
];

export interface TrainingSource {
  /** CSV files (`text,category`), read in this order */
  paths: readonly string[];
  /**
   * CSV files (`text,split`) about none of the labels: their `train` texts teach the model's
   * out-of-scope class, their `validation` texts help choose the routing threshold
   * (`TrainOptions.outOfScope`); their `test` rows are never read here.
   */
  outOfScope?: readonly string[];
  /**
   * Examples kept per label in each file (the first ones), 0 = all. Per file, so a cap
   * meant to make tests fast still leaves every language its examples.
   */
  limitPerLabel: number;
}

export const defaultTrainingSource: TrainingSource = { paths: bundledTrainingSets, outOfScope: bundledOutOfScopeSets, limitPerLabel: 0 };

export function capPerLabel(examples: readonly LabelledText[], limit: number): LabelledText[] {
  if (limit === 0) return [...examples];
  const counts = new Map<string, number>();
  return examples.filter(({ label }) => {
    const seen = counts.get(label) ?? 0;
    counts.set(label, seen + 1);
    return seen < limit;
  });
}

export async function readTrainingSource(source: TrainingSource): Promise<LabelledText[]> {
  if (source.paths.length === 0) throw new RangeError('a training source needs at least one CSV file');
  const sets = await Promise.all(source.paths.map((path) => readLabelledCsv(path)));
  return sets.flatMap((set) => capPerLabel(set, source.limitPerLabel));
}

async function readOutOfScopeSplit(paths: readonly string[], split: 'train' | 'validation'): Promise<string[]> {
  const sets = await Promise.all(paths.map((path) => readLabelledCsv(path, { labelColumn: 'split' })));
  return sets.flatMap((set) => set.filter((e) => e.label === split).map((e) => e.text));
}

/** The `split` column's `validation` texts of out-of-scope CSVs (never their `test` rows). */
export async function readOutOfScopeValidation(paths: readonly string[]): Promise<string[]> {
  return readOutOfScopeSplit(paths, 'validation');
}

/**
 * The `train` texts of out-of-scope CSVs as examples of the model's out-of-scope class
 * (`outOfScopeLabel`), capped per file like the training sets.
 */
export async function readOutOfScopeTraining(paths: readonly string[], limitPerLabel = 0): Promise<LabelledText[]> {
  const sets = await Promise.all(paths.map((path) => readOutOfScopeSplit([path], 'train')));
  return sets.flatMap((texts) => capPerLabel(texts.map((text) => ({ text, label: outOfScopeLabel })), limitPerLabel));
}

/**
 * The default model: `trainModel`'s defaults on the training source (the bundled sets unless
 * told otherwise), with an out-of-scope class learnt from the out-of-scope `train` rows and
 * the routing threshold chosen with their `validation` rows.
 */
export async function trainDefaultModel(
  source: TrainingSource = defaultTrainingSource,
  options: Pick<TrainOptions, 'seed' | 'workers' | 'onProgress' | 'version'> = {},
): Promise<ModelArtifact> {
  const { examples, outOfScope } = await readDefaultTrainingData(source);
  return trainModel(examples, { ...options, outOfScope });
}

/**
 * What the default model learns from: the training sets' examples and the out-of-scope
 * class's, and the out-of-scope validation texts its threshold is chosen with. Every path
 * that trains "the default model" (bootstrap, `model train --default`, the retraining
 * Schedule's base) reads it here, so none of them loses the out-of-scope class.
 */
export async function readDefaultTrainingData(source: TrainingSource): Promise<{ examples: LabelledText[]; outOfScope: string[] }> {
  const [inScope, outOfScopeExamples, outOfScope] = await Promise.all([
    readTrainingSource(source),
    readOutOfScopeTraining(source.outOfScope ?? [], source.limitPerLabel),
    readOutOfScopeValidation(source.outOfScope ?? []),
  ]);
  return { examples: [...inScope, ...outOfScopeExamples], outOfScope };
}
