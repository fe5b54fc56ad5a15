import { readFile } from 'node:fs/promises';
import { Classifier, evaluate, parseModel, readLabelledCsv, type Evaluation } from '@caseflow/classifier';
import { optionalString, requireString, type Command } from '../command';
import { resolveFrom } from '../files';

const WORST_PAIRS = 10;

/** The one-line JSON report (`--json`). */
export function evaluationJson(e: Evaluation): string {
  const { n, accuracy, macroF1, perLanguage, perClass, predictMsP50, predictMsP99 } = e;
  return JSON.stringify({ n, accuracy, macroF1, perLanguage, perClass, predictMsP50, predictMsP99 });
}

export function evaluationTable(e: Evaluation, title: string): string {
  const f = (x: number): string => x.toFixed(3).padStart(9);
  const labels = Object.keys(e.perClass).sort();
  const width = Math.max(5, ...labels.map((l) => l.length));
  const lines = [
    title,
    `n ${e.n}   accuracy ${e.accuracy.toFixed(4)}   macro-F1 ${e.macroF1.toFixed(4)}   predict p50 ${e.predictMsP50.toFixed(3)} ms   p99 ${e.predictMsP99.toFixed(3)} ms`,
    ...Object.entries(e.perLanguage).map(([language, m]) => `  ${language}: n ${m.n}   accuracy ${m.accuracy.toFixed(4)}   macro-F1 ${m.macroF1.toFixed(4)}`),
    '',
    `${'label'.padEnd(width)} precision    recall        f1   support`,
    ...labels.map((l) => {
      const c = e.perClass[l]!;
      return `${l.padEnd(width)}${f(c.precision)}${f(c.recall)}${f(c.f1)}${String(c.support).padStart(10)}`;
    }),
  ];
  const worst = e.confusions.slice(0, WORST_PAIRS);
  if (worst.length > 0) {
    lines.push('', 'most confused (actual → predicted):');
    for (const p of worst) lines.push(`${String(p.count).padStart(5)}  ${p.actual} → ${p.predicted}`);
  }
  return lines.join('\n') + '\n';
}

export const modelEval: Command = {
  path: ['model', 'eval'],
  summary: 'evaluate a model artefact on a labelled CSV (accuracy, macro-F1, per class, latency)',
  usage: '--model MODEL.json --data FILE.csv [--text-column text] [--label-column category] [--json]',
  options: {
    model: { type: 'string' },
    data: { type: 'string' },
    'text-column': { type: 'string' },
    'label-column': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(values, ctx) {
    const modelPath = resolveFrom(ctx.cwd, requireString(values, 'model'));
    const dataPath = resolveFrom(ctx.cwd, requireString(values, 'data'));
    const classifier = Classifier.fromArtifact(parseModel(await readFile(modelPath, 'utf8')));
    const examples = await readLabelledCsv(dataPath, {
      textColumn: optionalString(values, 'text-column') ?? 'text',
      labelColumn: optionalString(values, 'label-column') ?? 'category',
    });
    const result = evaluate(classifier, examples);
    if (values.json) {
      ctx.stdout.write(evaluationJson(result) + '\n');
      return;
    }
    const unknown = [...new Set(examples.map((e) => e.label))].filter((l) => !classifier.labels.includes(l));
    if (unknown.length > 0) ctx.stderr.write(`warning: ${unknown.length} label(s) the model never predicts: ${unknown.join(', ')}\n`);
    ctx.stdout.write(evaluationTable(result, `model ${classifier.version} on ${dataPath}`));
  },
};
