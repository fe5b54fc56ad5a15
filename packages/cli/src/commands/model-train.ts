import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defaultTrainingSource, type LabelledText, readDefaultTrainingData, readLabelledCsv, serializeModel, trainModel, type TrainProgress } from '@caseflow/classifier';
import { listCorrections } from '@caseflow/db';
import { optionalString, requireString, UsageError, type CliContext, type Command } from '../command';
import { resolveFrom, writeFileAtomic } from '../files';
import { withRegistry } from '../registry';

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** "\r stage done/total" on a terminal; nothing when stderr is a pipe or file. */
function progressLine(ctx: CliContext): { update(p: TrainProgress): void; end(): void } {
  if (!ctx.stderr.isTTY) return { update: () => {}, end: () => {} };
  return {
    update: (p) => ctx.stderr.write(`\r\x1b[2K${p.stage} ${p.done}/${p.total}`),
    end: () => ctx.stderr.write('\r\x1b[2K'),
  };
}

export const modelTrain: Command = {
  path: ['model', 'train'],
  summary: 'train a model from a labelled CSV, the bundled default sets (--default: what `make up` serves) and/or operator-labelled requests, and write the artefact (JSON)',
  usage: '(--data FILE.csv | --default | --from-db [--data SEED.csv | --default]) --out MODEL.json [--text-column text] [--label-column category] [--seed N] [--workers N]',
  options: {
    data: { type: 'string' },
    default: { type: 'boolean' },
    'from-db': { type: 'boolean' },
    out: { type: 'string' },
    'text-column': { type: 'string' },
    'label-column': { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
  },
  async run(values, ctx) {
    const fromDb = values['from-db'] === true;
    const bundled = values.default === true;
    if (bundled && optionalString(values, 'data') !== undefined) throw new UsageError('--default and --data exclude each other');
    const dataOption = fromDb || bundled ? optionalString(values, 'data') : requireString(values, 'data');
    const data = dataOption === undefined ? undefined : resolveFrom(ctx.cwd, dataOption);
    const out = resolveFrom(ctx.cwd, requireString(values, 'out'));
    const seed = integer(optionalString(values, 'seed'), 'seed');
    const workers = integer(optionalString(values, 'workers'), 'workers');
    const outDir = await stat(dirname(out)).catch(() => undefined);
    if (!outDir?.isDirectory()) throw new Error(`cannot write ${out}: directory ${dirname(out)} does not exist`);

    // --default reads exactly what the classification worker's bootstrap reads (trainDefaultModel):
    // the out-of-scope class's examples and the validation texts its threshold is chosen with.
    const defaults = bundled ? await readDefaultTrainingData(defaultTrainingSource) : undefined;
    const examples: LabelledText[] = defaults
      ? defaults.examples
      : data === undefined
        ? []
        : await readLabelledCsv(data, {
            textColumn: optionalString(values, 'text-column') ?? 'text',
            labelColumn: optionalString(values, 'label-column') ?? 'category',
          });
    if (fromDb) {
      // What operators confirmed or corrected (the retraining Schedule's rule) comes after the seed set: same weight, more recent truth.
      const fromOperators = (await withRegistry(ctx, (db) => listCorrections(db))).map(({ text, label }) => ({ text, label }));
      ctx.stderr.write(`training on ${examples.length} seed texts and ${fromOperators.length} operator-labelled requests\n`);
      examples.push(...fromOperators);
    }
    const progress = progressLine(ctx);
    let artifact;
    try {
      artifact = await trainModel(examples, {
        ...(seed !== undefined && { seed }),
        ...(workers !== undefined && { workers }),
        ...(defaults && { outOfScope: defaults.outOfScope }),
        onProgress: progress.update,
      });
    } finally {
      progress.end();
    }
    const json = serializeModel(artifact);
    await writeFileAtomic(out, json);
    const m = artifact.metrics;
    ctx.stdout.write(
      `model ${artifact.version}: ${artifact.labels.length} labels, trained on ${m.trainedOn} texts in ${(m.trainMs / 1000).toFixed(1)} s; ` +
        `held-out (${m.heldOut}) accuracy ${m.heldOutAccuracy.toFixed(4)}, macro-F1 ${m.heldOutMacroF1.toFixed(4)}; ` +
        `${(json.length / 1e6).toFixed(1)} MB → ${out}\n`,
    );
  },
};
