import { hashedCounts, Vectorizer, type FeatureConfig, type LabelledText } from '@caseflow/classifier';
import { DecisionTreeClassifier, RandomForestClassifier, type TreeModel } from './ml-trees';

/**
 * ml-cart's split search tries every label change of every feature and re-splits the
 * whole node for each (O(features × n²) per node), so trees get a reduced problem:
 * the same hashed TF-IDF features, projected densely onto the `columns` columns with
 * the highest χ² (presence vs class), trained on a stratified sample of `perClass`
 * texts per class. Evaluation still uses the full test set.
 */
export interface TreeSetup {
  columns: number;
  perClass: number;
}

export interface DenseProblem {
  xTrain: number[][];
  yTrain: number[];
  labels: string[];
  project(text: string): number[];
}

export function denseProblem(train: readonly LabelledText[], features: FeatureConfig, setup: TreeSetup): DenseProblem {
  const labels = [...new Set(train.map((e) => e.label))].sort();
  const classOf = new Map(labels.map((l, i) => [l, i]));
  const counts = train.map((e) => hashedCounts(e.text, features));
  const vectorizer = Vectorizer.fit(counts, features);
  const vectors = counts.map((c) => vectorizer.vectorize(c));
  const y = train.map((e) => classOf.get(e.label)!);

  // χ² of column presence against the class.
  const k = labels.length;
  const present = new Float64Array(vectorizer.nCols * k);
  const perClass = new Float64Array(k);
  vectors.forEach((v, i) => {
    perClass[y[i]!]!++;
    for (const col of v.idx) present[col * k + y[i]!]!++;
  });
  const n = train.length;
  const chi2 = new Float64Array(vectorizer.nCols);
  for (let col = 0; col < vectorizer.nCols; col++) {
    let df = 0;
    for (let c = 0; c < k; c++) df += present[col * k + c]!;
    let s = 0;
    for (let c = 0; c < k; c++) {
      const expected = (df * perClass[c]!) / n;
      if (expected > 0) s += (present[col * k + c]! - expected) ** 2 / expected;
    }
    chi2[col] = s;
  }
  const chosen = Array.from(chi2.keys()).sort((a, b) => chi2[b]! - chi2[a]!).slice(0, setup.columns);
  const position = new Map(chosen.map((col, j) => [col, j]));
  const dense = (v: { idx: Int32Array; val: Float64Array }): number[] => {
    const row = new Array<number>(chosen.length).fill(0);
    v.idx.forEach((col, j) => {
      const p = position.get(col);
      if (p !== undefined) row[p] = v.val[j]!;
    });
    return row;
  };

  // Stratified sample: the first `perClass` texts of each class.
  const taken = new Array<number>(k).fill(0);
  const xTrain: number[][] = [];
  const yTrain: number[] = [];
  vectors.forEach((v, i) => {
    if (taken[y[i]!]! >= setup.perClass) return;
    taken[y[i]!]!++;
    xTrain.push(dense(v));
    yTrain.push(y[i]!);
  });
  return { xTrain, yTrain, labels, project: (text) => dense(vectorizer.transform(text)) };
}

export function makeTree(kind: 'cart' | 'forest', seed: number): TreeModel {
  return kind === 'cart'
    ? new DecisionTreeClassifier({ gainFunction: 'gini', minNumSamples: 3 })
    : new RandomForestClassifier({
        nEstimators: 10,
        maxFeatures: 0.2,
        replacement: false,
        useSampleBagging: true,
        noOOB: true,
        seed,
        treeOptions: { gainFunction: 'gini', minNumSamples: 3 },
      });
}
