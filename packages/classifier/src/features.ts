import { fnv1a32 } from './hash';
import { charNgrams, tokenize, wordNgrams } from './tokenize';

/** How text becomes a vector. Stored in every model so prediction repeats it exactly. */
export interface FeatureConfig {
  /** Unicode normalisation applied before anything else (fixed; recorded for readers). */
  normalization: 'NFKC';
  lowercase: boolean;
  /** feature hashing into 2^hashBits buckets (FNV-1a 32 over UTF-8) */
  hashBits: number;
  /** inclusive word n-gram range; [0, 0] disables word features */
  wordNgrams: [number, number];
  /** inclusive character n-gram range inside word boundaries; [0, 0] disables */
  charNgrams: [number, number];
  /** weight of the character block relative to the word block (each block is L2-normalised first) */
  charWeight: number;
  /** tf → 1 + ln(tf) */
  sublinearTf: boolean;
  /** buckets seen in fewer training texts are dropped (keeps the model small) */
  minDf: number;
}

export const defaultFeatureConfig: FeatureConfig = {
  normalization: 'NFKC',
  lowercase: true,
  hashBits: 20,
  wordNgrams: [1, 2],
  charNgrams: [2, 5],
  charWeight: 1,
  sublinearTf: true,
  minDf: 2,
};

/** Sparse vector: sorted column indices and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

/** Rows in compressed-sparse-row form, compact enough to hand to worker threads. */
export interface SparseRows {
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
  nCols: number;
}

type Counts = Map<number, number>;

export function validateFeatureConfig(c: FeatureConfig): void {
  const range = (r: [number, number], name: string): void => {
    const [a, b] = r;
    const off = a === 0 && b === 0;
    if (!off && !(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= a && b <= 8)) {
      throw new Error(`features.${name} must be [0,0] or integers 1 ≤ min ≤ max ≤ 8, got ${JSON.stringify(r)}`);
    }
  };
  if (c.normalization !== 'NFKC') throw new Error('features.normalization must be "NFKC"');
  if (!Number.isInteger(c.hashBits) || c.hashBits < 8 || c.hashBits > 28) {
    throw new Error(`features.hashBits must be an integer in [8, 28], got ${c.hashBits}`);
  }
  range(c.wordNgrams, 'wordNgrams');
  range(c.charNgrams, 'charNgrams');
  if (c.wordNgrams[0] === 0 && c.charNgrams[0] === 0) throw new Error('features: word and char n-grams are both disabled');
  if (!(c.charWeight >= 0 && Number.isFinite(c.charWeight))) throw new Error('features.charWeight must be ≥ 0');
  if (!Number.isInteger(c.minDf) || c.minDf < 1) throw new Error('features.minDf must be an integer ≥ 1');
}

/** Hashed raw term counts of one text, word and char blocks apart. */
export function hashedCounts(text: string, c: FeatureConfig): { word: Counts; char: Counts } {
  const mask = c.hashBits >= 32 ? 0xffffffff : (1 << c.hashBits) - 1;
  const tokens = tokenize(c.lowercase ? text : text.normalize('NFKC'));
  const word: Counts = new Map();
  const char: Counts = new Map();
  const add = (m: Counts, key: string): void => {
    const b = fnv1a32(key) & mask;
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  if (c.wordNgrams[0] > 0) for (const g of wordNgrams(tokens, c.wordNgrams[0], c.wordNgrams[1])) add(word, 'w\u0001' + g);
  if (c.charNgrams[0] > 0 && c.charWeight > 0) for (const g of charNgrams(tokens, c.charNgrams[0], c.charNgrams[1])) add(char, 'c\u0001' + g);
  return { word, char };
}

/**
 * The fitted part of the features: which hash buckets are kept (column order)
 * and their inverse document frequency.
 */
export class Vectorizer {
  private readonly column: Map<number, number>;

  constructor(
    readonly config: FeatureConfig,
    /** kept hash buckets; column i is bucket buckets[i] */
    readonly buckets: Int32Array,
    readonly idf: Float64Array,
  ) {
    this.column = new Map();
    buckets.forEach((b, i) => this.column.set(b, i));
  }

  get nCols(): number {
    return this.buckets.length;
  }

  /** Learns the kept buckets and idf from training texts (smooth idf, as scikit-learn). */
  static fit(counts: readonly { word: Counts; char: Counts }[], config: FeatureConfig): Vectorizer {
    const df = new Map<number, number>();
    for (const { word, char } of counts) {
      const seen = new Set<number>([...word.keys(), ...char.keys()]);
      for (const b of seen) df.set(b, (df.get(b) ?? 0) + 1);
    }
    const kept = [...df.entries()].filter(([, d]) => d >= config.minDf).map(([b]) => b).sort((a, b) => a - b);
    const buckets = Int32Array.from(kept);
    const n = counts.length;
    const idf = Float64Array.from(kept, (b) => Math.log((1 + n) / (1 + (df.get(b) ?? 0))) + 1);
    return new Vectorizer(config, buckets, idf);
  }

  /** TF-IDF per block, each block L2-normalised and weighted, then the whole L2-normalised. */
  vectorize(counts: { word: Counts; char: Counts }): SparseVector {
    const acc = new Map<number, number>();
    const block = (m: Counts, weight: number): void => {
      if (weight === 0 || m.size === 0) return;
      const cols: number[] = [];
      const vals: number[] = [];
      let norm = 0;
      for (const [b, tf] of m) {
        const col = this.column.get(b);
        if (col === undefined) continue;
        const v = (this.config.sublinearTf ? 1 + Math.log(tf) : tf) * this.idf[col]!;
        cols.push(col);
        vals.push(v);
        norm += v * v;
      }
      if (norm === 0) return;
      const scale = weight / Math.sqrt(norm);
      for (let i = 0; i < cols.length; i++) acc.set(cols[i]!, (acc.get(cols[i]!) ?? 0) + vals[i]! * scale);
    };
    block(counts.word, 1);
    block(counts.char, this.config.charWeight);
    const idx = Int32Array.from([...acc.keys()].sort((a, b) => a - b));
    const val = Float64Array.from(idx, (i) => acc.get(i)!);
    let norm = 0;
    for (const v of val) norm += v * v;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = 0; i < val.length; i++) val[i]! *= inv;
    }
    return { idx, val };
  }

  transform(text: string): SparseVector {
    return this.vectorize(hashedCounts(text, this.config));
  }
}

/** Dot product of two sparse vectors, both sorted by column. */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.idx.length && j < b.idx.length; ) {
    const x = a.idx[i]!;
    const y = b.idx[j]!;
    if (x === y) sum += a.val[i++]! * b.val[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Cosine of two sparse vectors; vectorize's are L2-normalised already, so this is their dot product unless one is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const norms = Math.sqrt(dot(a, a) * dot(b, b));
  return norms === 0 ? 0 : dot(a, b) / norms;
}

export function toRows(vectors: readonly SparseVector[], nCols: number): SparseRows {
  const indptr = new Int32Array(vectors.length + 1);
  vectors.forEach((v, i) => (indptr[i + 1] = indptr[i]! + v.idx.length));
  const nnz = indptr[vectors.length]!;
  const indices = new Int32Array(nnz);
  const data = new Float64Array(nnz);
  vectors.forEach((v, i) => {
    indices.set(v.idx, indptr[i]!);
    data.set(v.val, indptr[i]!);
  });
  return { indptr, indices, data, nCols };
}
