import { Classifier, defaultFeatureConfig, evaluate, percentile, readLabelledCsv, scorePredictions, serializeModel, trainModel } from '@caseflow/classifier';
import type { Row } from './report';
import { denseProblem, makeTree, type TreeSetup } from './trees';

export type MethodName = 'svm' | 'cart' | 'forest';

const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

export const treeSetups: Record<'cart' | 'forest', TreeSetup> = {
  cart: { columns: 100, perClass: 10 },
  forest: { columns: 100, perClass: 10 },
};

export async function runMethod(method: MethodName, trainCsv: string, testCsv: string, log: (s: string) => void): Promise<Row> {
  const train = await readLabelledCsv(trainCsv);
  const test = await readLabelledCsv(testCsv);
  if (method === 'svm') {
    const t0 = performance.now();
    const artifact = await trainModel(train, {
      onProgress: (p) => {
        if (p.done === p.total) log(`  ${p.stage} ${p.done}/${p.total} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      },
    });
    const trainSeconds = (performance.now() - t0) / 1000;
    const classifier = Classifier.fromArtifact(artifact);
    for (const e of test.slice(0, 300)) classifier.predict(e.text); // warm up the JIT
    const ev = evaluate(classifier, test);
    return {
      method: 'caseflow classifier (ml-svm one-vs-rest)',
      accuracy: ev.accuracy,
      macroF1: ev.macroF1,
      trainSeconds,
      predictMsP50: ev.predictMsP50,
      predictMsP99: ev.predictMsP99,
      modelMB: serializeModel(artifact).length / 1e6,
      peakRssMB: peakRssMB(),
      setup: `full train set, ${artifact.training.supportVectors} support vectors, T=${artifact.calibration.temperature.toFixed(3)}`,
    };
  }
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
  const scored = scorePredictions(pairs);
  return {
    method: method === 'cart' ? 'ml-cart decision tree' : 'ml-random-forest (10 trees)',
    accuracy: scored.accuracy,
    macroF1: scored.macroF1,
    trainSeconds,
    predictMsP50: percentile(times, 0.5),
    predictMsP99: percentile(times, 0.99),
    modelMB: JSON.stringify(model.toJSON()).length / 1e6,
    peakRssMB: peakRssMB(),
    setup: `dense top-${setup.columns} χ² columns, ${problem.xTrain.length} training texts (${setup.perClass}/class)`,
  };
}
