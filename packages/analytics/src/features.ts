import { defaultFeatureConfig, type FeatureConfig, fnv1a32, hashedCounts, type SparseVector, type Token, tokenize, Vectorizer, wordNgrams } from '@caseflow/classifier';

/**
 * Words that say nothing about what a request is about. TF-IDF alone lets them into the
 * clusters' top terms when a topic is small, so they are dropped before vectorising.
 */
const stopWords = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have how i i\'m if in into is it it\'s its ' +
    'just me my myself no not of on or our please so some than that the their them then there these they this to too ' +
    'up us very was we were what when where which who why will with would you your yours can\'t don\'t didn\'t hasn\'t ' +
    'haven\'t isn\'t won\'t am any get got still also about after again all been being help need want know there\'s hi hello thanks thank ' +
    '的 了 我 是 在 吗 呢 吧 啊 和 就 也 都 要 有 你 您 请 一 个 这 那 么 什 怎 为 帮 看 谢 问 题 能 没 还 很 把 被 给 让 吧 哦'
  ).split(/\s+/),
);

/** Word unigrams and bigrams only: every feature maps back to a readable term (Chinese: characters and character pairs). */
export const topicFeatureConfig: FeatureConfig = { ...defaultFeatureConfig, hashBits: 18, wordNgrams: [1, 2], charNgrams: [0, 0], minDf: 2 };

/** The text with stop words removed, as the vectoriser and the term map both see it. */
export function contentText(text: string): string {
  return tokenize(text)
    .filter((token) => !stopWords.has(token.text))
    .map((token) => token.text)
    .join(' ');
}

/** Hash bucket → the term most often seen in it, so a cluster's heaviest buckets read as words. */
export class TermMap {
  readonly #counts = new Map<number, Map<string, number>>();
  readonly #mask: number;

  constructor(config: FeatureConfig) {
    this.#mask = (1 << config.hashBits) - 1;
  }

  /**
   * Learns the terms of a raw text. N-grams are taken within runs of words between
   * punctuation, line breaks and stop words only, so no term spans a sentence break ("出去，请…数字" is
   * not a term) even though the vectoriser's features do.
   */
  add(text: string, [min, max]: [number, number]): void {
    const runs = text.split(/[\p{P}\p{S}\n\r]+/u).flatMap((segment) => {
      const out: Token[][] = [[]];
      for (const token of tokenize(segment)) {
        if (stopWords.has(token.text)) out.push([]);
        else out.at(-1)!.push(token);
      }
      return out;
    });
    for (const gram of runs.flatMap((run) => wordNgrams(run, min, max))) {
      // The same key the classifier's features hash (hashedCounts: 'w\u0001' + gram).
      const bucket = fnv1a32('w\u0001' + gram) & this.#mask;
      let terms = this.#counts.get(bucket);
      if (terms === undefined) this.#counts.set(bucket, (terms = new Map()));
      terms.set(gram, (terms.get(gram) ?? 0) + 1);
    }
  }

  term(bucket: number): string | undefined {
    const terms = this.#counts.get(bucket);
    if (terms === undefined) return undefined;
    const gram = [...terms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    // Chinese bigrams are two character tokens: shown as the word they spell.
    return gram?.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  }
}

/** Sparse vectors over a reduced set of columns (the most frequent terms), L2-normalised. */
export interface ReducedSpace {
  vectorizer: Vectorizer;
  /** vectorizer column of each reduced column */
  columns: number[];
  /** vectorizer column → reduced column */
  index: Map<number, number>;
}

/** TF-IDF fitted on the documents being clustered, then the `maxFeatures` columns seen in most documents. */
export function fitSpace(contents: readonly string[], maxFeatures: number): { space: ReducedSpace; vectors: SparseVector[] } {
  const counts = contents.map((text) => hashedCounts(text, topicFeatureConfig));
  const vectorizer = Vectorizer.fit(counts, topicFeatureConfig);
  const full = counts.map((c) => vectorizer.vectorize(c));
  const df = new Map<number, number>();
  for (const vector of full) for (const column of vector.idx) df.set(column, (df.get(column) ?? 0) + 1);
  const columns = [...df.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxFeatures)
    .map(([column]) => column);
  const space: ReducedSpace = { vectorizer, columns, index: new Map(columns.map((column, i) => [column, i])) };
  return { space, vectors: full.map((vector) => reduce(space, vector)) };
}

export function project(space: ReducedSpace, content: string): SparseVector {
  return reduce(space, space.vectorizer.transform(content));
}

function reduce(space: ReducedSpace, vector: SparseVector): SparseVector {
  const pairs: [number, number][] = [];
  vector.idx.forEach((column, i) => {
    const reduced = space.index.get(column);
    if (reduced !== undefined) pairs.push([reduced, vector.val[i]!]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(pairs.reduce((sum, [, v]) => sum + v * v, 0));
  return { idx: Int32Array.from(pairs, ([c]) => c), val: Float64Array.from(pairs, ([, v]) => (norm > 0 ? v / norm : 0)) };
}

/** The classifier's sparse dot product: one implementation for topics and duplicates. */
export { dot } from '@caseflow/classifier';

export function dense(vector: SparseVector, width: number): number[] {
  const row = new Array<number>(width).fill(0);
  vector.idx.forEach((column, i) => (row[column] = vector.val[i]!));
  return row;
}

export function denseDot(row: readonly number[], vector: SparseVector): number {
  let sum = 0;
  vector.idx.forEach((column, i) => (sum += (row[column] ?? 0) * vector.val[i]!));
  return sum;
}
