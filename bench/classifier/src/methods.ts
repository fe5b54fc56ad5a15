import {
  Classifier,
  defaultFeatureConfig,
  evaluate,
  percentile,
  readLabelledCsv,
  readOutOfScopeTraining,
  readOutOfScopeValidation,
  readTrainingSource,
  route,
  routingFor,
  scorePredictions,
  serializeModel,
  trainDefaultModel,
  trainModel,
  type LabelledText,
  type Routing,
  type TrainingSource,
} from '@caseflow/classifier';
import type { Draw } from './draws';
import type { OutOfScopeRow, Row, SmallRow } from './report';
import { denseProblem, makeTree, type TreeSetup } from './trees';

const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

export interface TestSets {
  en: string;
  zh: string;
  /** out-of-scope CSVs (`text,split`), by language; their `test` rows are scored */
  outOfScope: { en: string; zh: string };
}

async function outOfScopeTest(path: string): Promise<string[]> {
  const rows = await readLabelledCsv(path, { labelColumn: 'split' }).catch(() => []);
  return rows.filter((r) => r.label === 'test').map((r) => r.text);
}

/** The default model exactly as `make up` trains it, scored per language and on out-of-scope texts at its own threshold. */
export async function runDefault(source: TrainingSource, tests: TestSets, routing: Routing, log: (s: string) => void): Promise<{ row: Row; outOfScope: OutOfScopeRow[]; routing: unknown }> {
  const t0 = performance.now();
  const artifact = await trainDefaultModel(source, {
    onProgress: (p) => {
      if (p.done === p.total) log(`  ${p.stage} ${p.done}/${p.total} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    },
  });
  const trainSeconds = (performance.now() - t0) / 1000;
  const trainedOn = (await readTrainingSource(source)).length;
  const outOfScopeValidation = (await readOutOfScopeValidation(source.outOfScope ?? [])).length;
  const outOfScopeTraining = (await readOutOfScopeTraining(source.outOfScope ?? [], source.limitPerLabel)).length;
  const classifier = Classifier.fromArtifact(artifact);
  const en = await readLabelledCsv(tests.en);
  const zh = await readLabelledCsv(tests.zh);
  for (const e of en.slice(0, 300)) classifier.predict(e.text); // warm up the JIT
  const all = evaluate(classifier, [...en, ...zh]);
  const score = (language: 'en' | 'zh') => all.perLanguage[language] ?? { n: 0, accuracy: Number.NaN, macroF1: Number.NaN };
  const routes = routingFor(routing, classifier);
  const outOfScope: OutOfScopeRow[] = [];
  for (const [language, inScope] of [['en', en], ['zh', zh]] as const) {
    const oos = await outOfScopeTest(tests.outOfScope[language]);
    const routed = inScope.map((e) => ({ e, r: route(classifier.predict(e.text), routes) })).filter(({ r }) => r.queue !== routes.triageQueue);
    outOfScope.push({
      language,
      threshold: routes.threshold,
      outOfScope: oos.length,
      outOfScopeToTriage: oos.filter((text) => route(classifier.predict(text), routes).queue === routes.triageQueue).length / Math.max(1, oos.length),
      inScope: inScope.length,
      inScopeRouted: routed.length / inScope.length,
      routedAccuracy: routed.filter(({ e, r }) => r.category === e.label).length / Math.max(1, routed.length),
    });
  }
  const row: Row = {
    method: 'caseflow default model (linear SVM, dual coordinate descent)',
    en: score('en'),
    zh: score('zh'),
    trainSeconds,
    predictMsP50: all.predictMsP50,
    predictMsP99: all.predictMsP99,
    modelMB: serializeModel(artifact).length / 1e6,
    peakRssMB: peakRssMB(),
    setup: `${trainedOn} training texts (en + zh) and ${outOfScopeTraining} of the out_of_scope class, ${outOfScopeValidation} out-of-scope validation texts, ${artifact.training.supportVectors} support vectors, T=${artifact.calibration.temperature.toFixed(3)}`,
  };
  return { row, outOfScope, routing: artifact.routing };
}

/** caseflow's `trainModel` defaults on each small draw, scored on the full test set of the draw's language. */
export async function runSmall(draws: readonly Draw[], tests: TestSets, log: (s: string) => void): Promise<SmallRow[]> {
  const files = new Map<string, LabelledText[]>();
  const read = async (path: string): Promise<LabelledText[]> => {
    if (!files.has(path)) files.set(path, await readLabelledCsv(path));
    return files.get(path)!;
  };
  const out: SmallRow[] = [];
  for (const d of draws) {
    const examples = await read(d.file);
    const artifact = await trainModel(d.rows.map((i) => examples[i]!));
    const e = evaluate(Classifier.fromArtifact(artifact), await read(tests[d.language]));
    log(`  ${d.set} draw ${d.draw}: accuracy ${e.accuracy.toFixed(4)} (${(artifact.metrics.trainMs / 1000).toFixed(1)} s)`);
    out.push({ set: d.set, draw: d.draw, n: e.n, accuracy: e.accuracy, macroF1: e.macroF1 });
  }
  return out;
}

export const treeSetups: Record<'cart' | 'forest', TreeSetup> = {
  cart: { columns: 100, perClass: 10 },
  forest: { columns: 100, perClass: 10 },
};

/** ml-cart / ml-random-forest on a reduced problem (English only; see trees.ts). */
export async function runTree(method: 'cart' | 'forest', trainCsv: string, testCsv: string): Promise<Row> {
  const train = await readLabelledCsv(trainCsv);
  const test = await readLabelledCsv(testCsv);
  const setup = treeSetups[method];
  const problem = denseProblem(train, defaultFeatureConfig, setup);
  const model = makeTree(method, 1);
  const t0 = performance.now();
  model.train(problem.xTrain, problem.yTrain);
  const trainSeconds = (performance.now() - t0) / 1000;
  const times: number[] = [];
  const pairs = test.map((e) => {
    const t = performance.now();
    const c = model.predict([problem.project(e.text)])[0]!;
    times.push(performance.now() - t);
    return { actual: e.label, predicted: problem.labels[c]! };
  });
  times.sort((a, b) => a - b);
  const { n, accuracy, macroF1 } = scorePredictions(pairs);
  return {
    method: method === 'cart' ? 'ml-cart decision tree' : 'ml-random-forest (10 trees)',
    en: { n, accuracy, macroF1 },
    trainSeconds,
    predictMsP50: percentile(times, 0.5),
    predictMsP99: percentile(times, 0.99),
    modelMB: JSON.stringify(model.toJSON()).length / 1e6,
    peakRssMB: peakRssMB(),
    setup: `English only: dense top-${setup.columns} χ² columns, ${problem.xTrain.length} training texts (${setup.perClass}/class)`,
  };
}
