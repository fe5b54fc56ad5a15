// `pnpm --filter @caseflow/bench-classifier bench:duplicates`: calibrates the duplicate
// threshold (cosine of the default model's TF-IDF vectors) on the validation half of
// data/duplicates/pairs.csv and measures precision and recall on the test half; rewrites its
// section of docs/benchmarks.md. `-- --write-pairs` first rewrites pairs.csv from the
// hand-written triples (data/duplicates/README.md says how).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Classifier, defaultDuplicateThreshold, mulberry32, parseLabelledCsv, parseModel, serializeModel, shuffle, textSimilarity, trainDefaultModel } from '@caseflow/classifier';
import { machineLine, writeBenchmarkSection } from '@caseflow/bench-report';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = `${root}data/duplicates/`;
type Kind = 'retry' | 'reworded' | 'negative';
interface Pair {
  id: string;
  language: 'en' | 'zh';
  kind: Kind;
  split: 'validation' | 'test';
  a: string;
  b: string;
}

/** A customer's impatient retry: the same words with one small edit, chosen by the pair's number. */
function retryOf(text: string, n: number, language: 'en' | 'zh'): string {
  const en = [
    (t: string) => `Sending this again as I got no answer: ${t}`,
    (t: string) => `${t} Please reply!!`,
    (t: string) => t.replace(/[.,?!']/g, ''),
    (t: string) => t.toLowerCase(),
    (t: string) => `Hello? ${t}`,
    (t: string) => t.replace(/ (\w)(\w)/, ' $2$1'),
  ];
  const zh = [
    (t: string) => `再发一次，还没人回复：${t}`,
    (t: string) => `${t}请尽快回复！！`,
    (t: string) => t.replace(/[，。？！、]/g, ' '),
    (t: string) => `你好？${t}`,
    (t: string) => t.replace(/。$/, '，谢谢。'),
    (t: string) => `${t}急！`,
  ];
  const edits = language === 'en' ? en : zh;
  return edits[n % edits.length]!(text);
}

function pairsFromTriples(): Pair[] {
  const pairs: Pair[] = [];
  for (const language of ['en', 'zh'] as const) {
    const triples = readFileSync(`${dir}triples-${language}.jsonl`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { base: string; reworded: string; negative: string });
    // Split by triple, so no base text is on both sides; the same seed every time.
    const order = shuffle(triples.map((_, i) => i), mulberry32(language === 'en' ? 17 : 71));
    const validation = new Set(order.slice(0, Math.ceil(order.length / 2)));
    triples.forEach((triple, i) => {
      const split = validation.has(i) ? 'validation' : 'test';
      const id = `${language}-${String(i + 1).padStart(3, '0')}`;
      pairs.push({ id: `${id}-retry`, language, kind: 'retry', split, a: triple.base, b: retryOf(triple.base, i, language) });
      pairs.push({ id: `${id}-reworded`, language, kind: 'reworded', split, a: triple.base, b: triple.reworded });
      pairs.push({ id: `${id}-negative`, language, kind: 'negative', split, a: triple.base, b: triple.negative });
    });
  }
  return pairs;
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

if (process.argv.includes('--write-pairs')) {
  const lines = ['id,language,kind,split,a,b', ...pairsFromTriples().map((p) => [p.id, p.language, p.kind, p.split, p.a, p.b].map(csvField).join(','))];
  writeFileSync(`${dir}pairs.csv`, `${lines.join('\n')}\n`);
}

/** pairs.csv read with the classifier's own CSV reader, one column beside the id at a time. */
function readPairs(): Pair[] {
  const bytes = readFileSync(`${dir}pairs.csv`);
  const column = (textColumn: string) => parseLabelledCsv(bytes, { textColumn, labelColumn: 'id', source: 'data/duplicates/pairs.csv' });
  const [rows, b, all] = [column('a'), column('b'), column('split')];
  return rows.map((row, i) => {
    const [language, , kind] = row.label.split('-') as ['en' | 'zh', string, Kind];
    return { id: row.label, language, kind, split: all[i]!.text as Pair['split'], a: row.text, b: b[i]!.text };
  });
}

/** `--model <file>`: a serialised default model (training it takes minutes); else it is trained here. */
async function defaultModel(): Promise<Classifier> {
  const at = process.argv.indexOf('--model');
  const file = at === -1 ? undefined : process.argv[at + 1];
  if (file !== undefined && existsSync(file)) return Classifier.fromArtifact(parseModel(readFileSync(file, 'utf8')));
  const started = Date.now();
  const artifact = await trainDefaultModel(undefined, { seed: 1 });
  process.stderr.write(`default model trained in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (file !== undefined) writeFileSync(file, serializeModel(artifact));
  return Classifier.fromArtifact(artifact);
}
const classifier = await defaultModel();
const scored = readPairs().map((pair) => ({ ...pair, similarity: textSimilarity(classifier, pair.a, pair.b), duplicate: pair.kind !== 'negative' }));

function counts(pairs: typeof scored, threshold: number) {
  const tp = pairs.filter((p) => p.duplicate && p.similarity >= threshold).length;
  const fp = pairs.filter((p) => !p.duplicate && p.similarity >= threshold).length;
  const fn = pairs.filter((p) => p.duplicate && p.similarity < threshold).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

// A false link puts another problem's request in front of an operator as "the same": it
// costs a look, and a careless merge costs a customer their answer. So the rule is the
// highest recall with no false link on the validation half, and among the thresholds that
// reach it the middle one (the most room on both sides).
const validation = scored.filter((p) => p.split === 'validation');
const grid = Array.from({ length: 76 }, (_, i) => Math.round((0.2 + i * 0.01) * 100) / 100).map((threshold) => ({ threshold, ...counts(validation, threshold) }));
const feasible = grid.filter((c) => c.fp === 0);
const bestRecall = Math.max(...feasible.map((c) => c.recall));
const best = feasible.filter((c) => c.recall === bestRecall);
const chosen = best[Math.floor((best.length - 1) / 2)] ?? grid.at(-1)!;
const test = scored.filter((p) => p.split === 'test');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const row = (name: string, pairs: typeof scored, threshold: number) => {
  const c = counts(pairs, threshold);
  return `| ${name} | ${pairs.filter((p) => p.duplicate).length} / ${pairs.filter((p) => !p.duplicate).length} | ${pct(c.precision)} | ${pct(c.recall)} | ${c.fp} | ${c.fn} |`;
};
const mean = (pairs: typeof scored) => (pairs.reduce((sum, p) => sum + p.similarity, 0) / Math.max(1, pairs.length)).toFixed(3);
const byKind = (['retry', 'reworded', 'negative'] as const).map((kind) => `| ${kind} | ${mean(test.filter((p) => p.kind === kind && p.language === 'en'))} | ${mean(test.filter((p) => p.kind === kind && p.language === 'zh'))} |`);
process.stderr.write(`chosen threshold ${chosen.threshold} (validation P ${pct(chosen.precision)} R ${pct(chosen.recall)}); shipped default ${defaultDuplicateThreshold}\n`);

writeBenchmarkSection(
  'Duplicate detection (bench:duplicates)',
  [
    'Generated by `pnpm --filter @caseflow/bench-classifier bench:duplicates`: the cosine of the',
    "default model's TF-IDF vectors (`textSimilarity`, what the classify activity compares) on",
    'data/duplicates/pairs.csv — per language, near-identical retries and reworded re-sends',
    '(duplicates) and hard negatives (same customer, same topic, another problem). The threshold is',
    'the middle of those with the highest recall and no false link on the validation half (split by',
    'base text); precision and recall are on the test half, which chose nothing.',
    '',
    `Measured ${machineLine()}.`,
    '',
    `Threshold chosen on validation: **${chosen.threshold}** (validation precision ${pct(chosen.precision)}, recall ${pct(chosen.recall)}); shipped default \`defaultDuplicateThreshold\` = ${defaultDuplicateThreshold}.`,
    '',
    `| test half at ${defaultDuplicateThreshold} | duplicates / negatives | precision | recall | false links | missed |`,
    '|---|---:|---:|---:|---:|---:|',
    row('en + zh', test, defaultDuplicateThreshold),
    row('en', test.filter((p) => p.language === 'en'), defaultDuplicateThreshold),
    row('zh', test.filter((p) => p.language === 'zh'), defaultDuplicateThreshold),
    row('en + zh, retries vs negatives', test.filter((p) => p.kind !== 'reworded'), defaultDuplicateThreshold),
    row('en + zh, reworded vs negatives', test.filter((p) => p.kind !== 'retry'), defaultDuplicateThreshold),
    '',
    '| mean cosine (test half) | en | zh |',
    '|---|---:|---:|',
    ...byKind,
  ].join('\n'),
);
