import { fileURLToPath } from 'node:url';
import { readLabelledCsv } from './csv';
import type { ModelArtifact } from './model';
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
  /** CSV files (`text,split`) whose `validation` texts help choose the routing threshold (`TrainOptions.outOfScope`) */
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

/** The `split` column's `validation` texts of out-of-scope CSVs (never their `test` rows). */
export async function readOutOfScopeValidation(paths: readonly string[]): Promise<string[]> {
  const sets = await Promise.all(paths.map((path) => readLabelledCsv(path, { labelColumn: 'split' })));
  return sets.flatMap((set) => set.filter((e) => e.label === 'validation').map((e) => e.text));
}

/** The default model: `trainModel`'s defaults on the training source (the bundled sets unless told otherwise). */
export async function trainDefaultModel(
  source: TrainingSource = defaultTrainingSource,
  options: Pick<TrainOptions, 'seed' | 'workers' | 'onProgress' | 'version'> = {},
): Promise<ModelArtifact> {
  const outOfScope = await readOutOfScopeValidation(source.outOfScope ?? []);
  return trainModel(await readTrainingSource(source), { ...options, outOfScope });
}
