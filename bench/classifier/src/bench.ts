// bench/classifier: caseflow's default model (banking77 English + Chinese) against scikit-learn,
// small-data draws, and out-of-scope routing. `pnpm bench:classifier` runs each caseflow part in
// its own process (so peak memory is its own), prints the tables and rewrites its section of
// docs/benchmarks.md. `--trees` adds ml-cart and ml-random-forest (English only, slow).
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundledOutOfScopeSets, bundledTrainingSets, defaultRoutingPath, loadRouting, type TrainingSource } from '@caseflow/classifier';
import { writeBenchmarkSection } from '@caseflow/bench-report';
import { makeDraws, type Draw } from './draws';
import { runDefault, runSmall, runTree, type TestSets } from './methods';
import { markdown, outOfScopeTable, smallTable, table, type Machine, type OutOfScopeRow, type Row, type SmallRow } from './report';
import { runSklearn, type SklearnFull } from './sklearn';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const benchDir = fileURLToPath(new URL('../', import.meta.url));
const source: TrainingSource = { paths: bundledTrainingSets, outOfScope: bundledOutOfScopeSets, limitPerLabel: 0 };
const tests: TestSets = {
  en: `${root}data/banking77/test.csv`,
  zh: `${root}data/banking77-zh/test.csv`,
  outOfScope: { en: `${root}data/out-of-scope/en.csv`, zh: `${root}data/out-of-scope/zh.csv` },
};
const smallSets = [
  { name: 'banking77 en, 10 per intent', file: `${root}data/banking77/train.csv`, language: 'en', k: 10 },
  { name: 'banking77 en, 25 per intent', file: `${root}data/banking77/train.csv`, language: 'en', k: 25 },
  { name: 'banking77 zh, 10 per intent', file: `${root}data/banking77-zh/train.csv`, language: 'zh', k: 10 },
] as const;
const log = (s: string): void => void process.stderr.write(s + '\n');

type Part = 'default' | 'small' | 'cart' | 'forest';

/** Runs one part in a child process (same tsx loader) and reads its JSON answer. */
function child<T>(part: Part): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--part', part], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${part} exited with ${code}`))));
  });
}

const { values } = parseArgs({ options: { part: { type: 'string' }, trees: { type: 'boolean', default: false } } });
if (values.part) {
  const part = values.part as Part;
  const draws = await makeDraws(smallSets);
  const answer =
    part === 'default'
      ? await runDefault(source, tests, loadRouting(defaultRoutingPath), log)
      : part === 'small'
        ? await runSmall(draws, tests, log)
        : await runTree(part, `${root}data/banking77/train.csv`, tests.en);
  process.stdout.write(JSON.stringify(answer));
} else {
  const started = performance.now();
  const load = loadavg()[0] ?? 0;
  const draws: Draw[] = await makeDraws(smallSets);
  log('caseflow default model (en + zh)…');
  const def = await child<{ row: Row; outOfScope: OutOfScopeRow[]; routing: unknown }>('default');
  log(`caseflow small data (${draws.length} draws)…`);
  const small = await child<SmallRow[]>('small');
  log('scikit-learn (defaults, same features, small data)…');
  const sk = await runSklearn(benchDir, { train: source.paths, tests: { en: tests.en, zh: tests.zh }, draws }, log);
  const rows: Row[] = [def.row];
  const skRow = (full: SklearnFull, name: string, setup: string): Row => ({
    method: `scikit-learn ${typeof sk === 'string' ? '' : sk.sklearn} ${name}`,
    en: full.perLanguage.en,
    zh: full.perLanguage.zh,
    trainSeconds: full.trainSeconds,
    predictMsP50: full.predictMsP50,
    predictMsP99: full.predictMsP99,
    modelMB: full.modelBytes / 1e6,
    peakRssMB: typeof sk === 'string' ? Number.NaN : sk.maxRssKb / 1024,
    setup,
  });
  if (typeof sk === 'string') log(sk);
  else {
    rows.push(skRow(sk['same-features'], 'caseflow features + LinearSVC', 'caseflow\'s features mirrored (bench/classifier/src/caseflow_features.py), LinearSVC C=1, same training texts, pickle size'));
    rows.push(skRow(sk.defaults, 'TfidfVectorizer + LinearSVC, defaults', 'defaults (word unigrams, C=1), same training texts, pickle size'));
  }
  if (values.trees) {
    log('ml-cart and ml-random-forest…');
    rows.push(await child<Row>('cart'), await child<Row>('forest'));
  }

  const svm = def.row;
  const met = (ok: boolean): string => (ok ? 'met' : '**NOT met**');
  const zhOos = def.outOfScope.find((o) => o.language === 'zh');
  const enOos = def.outOfScope.find((o) => o.language === 'en');
  const smallMean = (set: string): number => {
    const of = small.filter((r) => r.set === set);
    return of.reduce((a, r) => a + r.accuracy, 0) / of.length;
  };
  const goals = [
    `Chinese held-out accuracy ≥ 0.94: ${svm.zh?.accuracy.toFixed(4)} — ${met((svm.zh?.accuracy ?? 0) >= 0.94)}`,
    `English banking77 test accuracy ≥ 0.913: ${svm.en.accuracy.toFixed(4)} — ${met(svm.en.accuracy >= 0.913)}`,
    `training ≤ 60 s: ${svm.trainSeconds.toFixed(1)} s (at load ${load.toFixed(1)}) — ${met(svm.trainSeconds <= 60)}`,
    `predict p99 ≤ 1 ms: ${svm.predictMsP99.toFixed(3)} ms — ${met(svm.predictMsP99 <= 1)}`,
    ...[enOos, zhOos].filter((o) => o !== undefined && o.outOfScope > 0).map(
      (o) =>
        `out of scope (${o!.language}) ≥ 85 % to triage with ≥ 95 % of in-scope routed: ${(100 * o!.outOfScopeToTriage).toFixed(1)} % to triage, ${(100 * o!.inScopeRouted).toFixed(1)} % routed — ${met(o!.outOfScopeToTriage >= 0.85 && o!.inScopeRouted >= 0.95)}`,
    ),
    `small data, banking77 at 10 per intent (published fixed-encoder reference 0.852): ${smallMean(smallSets[0].name).toFixed(4)} mean of ${draws.length / smallSets.length} draws`,
  ];
  const notes = [
    'caseflow default model: `trainDefaultModel` — what `make up` bootstraps and `caseflow model train --default` writes — on data/banking77/train.csv and data/banking77-zh/train.csv, plus an `out_of_scope` class learnt from the `train` rows of data/out-of-scope/{en,zh}.csv (its predictions always go to triage), with `trainModel` defaults: NFKC + case-fold, word 1–2-grams and char 2–5-grams (inside word boundaries; a run of Han characters is one "word" for the char n-grams, each Han character one word for the word n-grams), FNV-1a hashing into 2^20 buckets, min df 2, sublinear TF-IDF, L2; one binary linear SVM per class (squared hinge, C=2, bias as a constant feature), solved by dual coordinate descent to a projected-gradient spread of 0.1 (`binary-svm.ts`, the algorithm of liblinear); temperature-scaled softmax and the routing threshold fitted on a stratified 10 % split (with the out-of-scope validation texts), then retrained on all (training time includes both fits). Model size is the serialised JSON artefact. English and Chinese figures are the one model on data/banking77/test.csv and data/banking77-zh/test.csv.',
    'scikit-learn, same features: caseflow\'s tokenisation and n-grams reimplemented in Python (exact vocabulary instead of hashing; min df 2, smooth idf, sublinear tf, each block L2-normalised then the whole), `LinearSVC()` (squared hinge, C=1).',
    'scikit-learn, defaults: `make_pipeline(TfidfVectorizer(), LinearSVC())` with every setting at its default — its word tokeniser sees a run of Chinese characters as one word.',
    `Small data: ${draws.length / smallSets.length} seeded random draws per set of k examples of every intent (the same draws for both libraries), each model scored on the full test set of its language; caseflow with \`trainModel\` defaults (below 40 examples per label: C = 40/k between 2 and 4, and min df 1 — \`smallDataSettings\`), scikit-learn with the same features.`,
    'Out of scope: the default model routes with the threshold it carries (`routing.useModelThreshold`) and sends its `out_of_scope` predictions to triage; the threshold was chosen on the calibration split and the out-of-scope `validation` rows as the highest threshold that still routes 95 % of the in-scope texts of each language; the table scores the out-of-scope `test` rows and the in-scope test sets.',
  ];
  const machine: Machine = {
    date: new Date().toISOString().slice(0, 10),
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
    load,
  };
  const smallByMethod: Record<string, SmallRow[]> = { caseflow: small };
  if (typeof sk !== 'string') smallByMethod['scikit-learn, same features'] = sk.small;
  console.log(table(rows));
  console.log(smallTable(smallByMethod));
  console.log(outOfScopeTable(def.outOfScope));
  console.log(JSON.stringify(def.routing));
  for (const g of goals) console.log(`- ${g}`);
  const benchSeconds = (performance.now() - started) / 1000;
  writeBenchmarkSection(
    'Classifier (banking77, train → test)',
    markdown({
      rows,
      small: smallByMethod,
      outOfScope: def.outOfScope,
      machine,
      command: `pnpm bench:classifier${values.trees ? ' --trees' : ''}`,
      data: '`data/banking77` (PolyAI, CC BY 4.0): 10,003 training and 3,080 test texts; `data/banking77-zh` (written for caseflow): Chinese training and held-out test texts for the same 77 intents; `data/out-of-scope` (written for caseflow): texts about none of them, `validation` and `test` rows.',
      goals,
      notes,
      benchSeconds,
    }),
  );
  log(`wrote ${root}docs/benchmarks.md (${(benchSeconds / 60).toFixed(1)} min)`);
}
