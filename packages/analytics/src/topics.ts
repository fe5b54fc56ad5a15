import type { SparseVector } from '@caseflow/classifier';
import { kmeans } from 'ml-kmeans';
import { contentText, dense, denseDot, dot, fitSpace, project, type ReducedSpace, TermMap, topicFeatureConfig } from './features';

export interface TopicDocument {
  id: string;
  subject: string;
  /** What is clustered: usually subject and body together. */
  text: string;
}

export interface TopicOptions {
  /** Largest k tried (default 10); k runs from 2 and is chosen by the silhouette. */
  maxK?: number;
  /** Clusters smaller than this are not reported (default 3). */
  minClusterSize?: number;
  /** Columns kept for clustering: the terms seen in most documents (default 500). */
  maxFeatures?: number;
  /** Seed for k-means++ (default 7): the same input gives the same topics. */
  seed?: number;
  topTerms?: number;
}

export interface Topic {
  size: number;
  /** Documents of the previous period that fall in this cluster. */
  previousSize: number;
  /** (size − previousSize) / previousSize; null when the previous period had none (a new topic). */
  growth: number | null;
  /** Mean silhouette of the members, −1…1: how clearly the documents belong together. */
  cohesion: number;
  /** New or grown by half, clearly cohesive, and the previous period had requests to compare with: what a lead should look at first. */
  emerging: boolean;
  terms: string[];
  /** The three members nearest the cluster's centre. */
  examples: { id: string; subject: string }[];
  memberIds: string[];
}

export interface TopicDiscovery {
  k: number;
  silhouette: number;
  /** Documents that had no term in common with any other (nothing to cluster on). */
  unclustered: number;
  topics: Topic[];
}

interface Clustering {
  k: number;
  assignment: number[];
  centroids: number[][];
  silhouettes: number[];
  score: number;
}

/**
 * Emerging topics: clusters of the current period's documents (k-means over TF-IDF
 * features, k chosen by the mean silhouette), each with its growth against the previous
 * period, its most distinctive terms and the three most typical subjects.
 */
export function discoverTopics(current: readonly TopicDocument[], previous: readonly TopicDocument[], options: TopicOptions = {}): TopicDiscovery {
  const { maxK = 10, minClusterSize = 3, maxFeatures = 500, seed = 7, topTerms = 8 } = options;
  const contents = current.map((doc) => contentText(doc.text));
  const { space, vectors } = fitSpace(contents, maxFeatures);
  const usable = vectors.flatMap((vector, i) => (vector.idx.length > 0 ? [i] : []));
  const none: TopicDiscovery = { k: 0, silhouette: 0, unclustered: current.length - usable.length, topics: [] };
  if (usable.length < 2 * minClusterSize) return none;

  const points = usable.map((i) => vectors[i]!);
  const distances = cosineDistances(points);
  const rows = points.map((vector) => dense(vector, space.columns.length));
  let best: Clustering | undefined;
  for (let k = 2; k <= Math.min(maxK, Math.floor(points.length / minClusterSize)); k++) {
    const result = kmeans(rows, k, { seed, initialization: 'kmeans++', maxIterations: 50 });
    const silhouettes = silhouette(distances, result.clusters, k);
    const score = mean(silhouettes);
    if (best === undefined || score > best.score) best = { k, assignment: result.clusters, centroids: result.centroids, silhouettes, score };
  }
  if (best === undefined) return none;
  best = mergeNearDuplicates(best, rows, distances);

  const terms = new TermMap(topicFeatureConfig);
  for (const doc of current) terms.add(doc.text, topicFeatureConfig.wordNgrams);
  const previousCounts = countPrevious(space, best, points, previous);
  const overall = meanRow(rows);
  const topics: Topic[] = [];
  for (let cluster = 0; cluster < best.k; cluster++) {
    const members = best.assignment.flatMap((c, i) => (c === cluster ? [i] : []));
    if (members.length < minClusterSize) continue;
    const centroid = best.centroids[cluster]!;
    const previousSize = previousCounts[cluster] ?? 0;
    const growth = previousSize === 0 ? null : (members.length - previousSize) / previousSize;
    const cohesion = mean(members.map((i) => best.silhouettes[i]!));
    const nearest = [...members].sort((a, b) => denseDot(centroid, points[b]!) - denseDot(centroid, points[a]!));
    topics.push({
      size: members.length,
      previousSize,
      growth,
      cohesion,
      // Without a previous period there is nothing to emerge from; loose clusters are noise.
      emerging: previous.length > 0 && cohesion >= 0.2 && (growth === null || growth >= 0.5),
      terms: distinctiveTerms(space, terms, centroid, overall, topTerms),
      examples: nearest.slice(0, 3).map((i) => {
        const doc = current[usable[i]!]!;
        return { id: doc.id, subject: doc.subject };
      }),
      memberIds: members.map((i) => current[usable[i]!]!.id),
    });
  }
  topics.sort((a, b) => Number(b.emerging) - Number(a.emerging) || b.cohesion * b.size - a.cohesion * a.size);
  return { k: best.k, silhouette: best.score, unclustered: none.unclustered, topics };
}

/**
 * k-means may split one topic by its wordings ("staking rewards missing" / "where is my
 * staking payout"); clusters whose centres point the same way (cosine ≥ 0.5) are one topic.
 */
function mergeNearDuplicates(clustering: Clustering, rows: readonly number[][], distances: readonly Float32Array[]): Clustering {
  const parent = clustering.centroids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const norm = (v: readonly number[]) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  const { centroids } = clustering;
  for (let a = 0; a < centroids.length; a++) {
    for (let b = a + 1; b < centroids.length; b++) {
      const cosine = centroids[a]!.reduce((sum, x, i) => sum + x * centroids[b]![i]!, 0) / (norm(centroids[a]!) * norm(centroids[b]!) || 1);
      if (cosine >= 0.5) parent[find(b)] = find(a);
    }
  }
  const roots = [...new Set(centroids.map((_, i) => find(i)))];
  if (roots.length === centroids.length) return clustering;
  const assignment = clustering.assignment.map((c) => roots.indexOf(find(c)));
  const merged = roots.map((_, cluster) => meanRow(rows.filter((_, i) => assignment[i] === cluster)));
  const silhouettes = silhouette(distances, assignment, roots.length);
  return { k: roots.length, assignment, centroids: merged, silhouettes, score: mean(silhouettes) };
}

/** 1 − cosine similarity of every pair (vectors are L2-normalised). */
function cosineDistances(points: readonly SparseVector[]): Float32Array[] {
  const n = points.length;
  const rows = Array.from({ length: n }, () => new Float32Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = 1 - dot(points[i]!, points[j]!);
      rows[i]![j] = d;
      rows[j]![i] = d;
    }
  }
  return rows;
}

/** Silhouette of each point: (b − a) / max(a, b), 0 for a point alone in its cluster. */
function silhouette(distances: readonly Float32Array[], assignment: readonly number[], k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const c of assignment) sizes[c]!++;
  return assignment.map((own, i) => {
    if (sizes[own]! <= 1) return 0;
    const sums = new Array<number>(k).fill(0);
    const row = distances[i]!;
    assignment.forEach((c, j) => (sums[c]! += row[j]!));
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    if (!Number.isFinite(b)) return 0;
    const scale = Math.max(a, b);
    return scale === 0 ? 0 : (b - a) / scale;
  });
}

/**
 * A previous-period document counts for the nearest cluster when it is at least as
 * close to its centre as the cluster's own members typically are (their 10th percentile).
 */
function countPrevious(space: ReducedSpace, clustering: Clustering, points: readonly SparseVector[], previous: readonly TopicDocument[]): number[] {
  const thresholds = clustering.centroids.map((centroid, cluster) => {
    const sims = clustering.assignment.flatMap((c, i) => (c === cluster ? [denseDot(centroid, points[i]!)] : [])).sort((a, b) => a - b);
    return sims[Math.floor(sims.length * 0.1)] ?? Infinity;
  });
  const counts = new Array<number>(clustering.k).fill(0);
  for (const doc of previous) {
    const vector = project(space, contentText(doc.text));
    if (vector.idx.length === 0) continue;
    let nearest = -1;
    let similarity = -Infinity;
    clustering.centroids.forEach((centroid, cluster) => {
      const s = denseDot(centroid, vector);
      if (s > similarity) [nearest, similarity] = [cluster, s];
    });
    if (nearest >= 0 && similarity >= thresholds[nearest]!) counts[nearest]!++;
  }
  return counts;
}

/** Terms whose weight in the cluster's centre most exceeds their weight over all documents. */
function distinctiveTerms(space: ReducedSpace, terms: TermMap, centroid: readonly number[], overall: readonly number[], count: number): string[] {
  const ranked = centroid
    .map((weight, column) => [column, weight - (overall[column] ?? 0)] as const)
    .filter(([, lift]) => lift > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count * 4)
    .flatMap(([column]) => terms.term(space.vectorizer.buckets[space.columns[column]!]!) ?? [])
    // Numbers and lone Chinese characters say little on their own.
    .filter((term) => !/^[\d\s]+$/.test(term) && !/^\p{Script=Han}$/u.test(term));
  const out: string[] = [];
  for (const term of joinHanBigrams(ranked)) {
    // A bigram whose words are both listed already adds nothing.
    if (out.includes(term) || (term.includes(' ') && term.split(' ').every((word) => out.includes(word)))) continue;
    out.push(term);
    if (out.length === count) break;
  }
  return out;
}

/**
 * Chinese features are character pairs; overlapping pairs among the top terms are joined
 * back into the word they came from (数字 + 字人 + 人民 + 民币 → 数字人民币), in rank order.
 */
function joinHanBigrams(ranked: readonly string[]): string[] {
  const isPair = (term: string) => /^\p{Script=Han}{2}$/u.test(term);
  const pairs = new Set(ranked.filter(isPair));
  const out: string[] = [];
  for (const term of ranked) {
    if (!isPair(term)) {
      out.push(term);
      continue;
    }
    if (!pairs.has(term)) continue;
    pairs.delete(term);
    let word = term;
    for (let grown = true; grown && word.length < 8; ) {
      grown = false;
      for (const pair of pairs) {
        if (pair[0] === word.at(-1)) word += pair[1]!;
        else if (pair[1] === word[0]) word = pair[0]! + word;
        else continue;
        pairs.delete(pair);
        grown = true;
        break;
      }
    }
    out.push(word);
  }
  return out;
}

function meanRow(rows: readonly number[][]): number[] {
  const out = new Array<number>(rows[0]?.length ?? 0).fill(0);
  for (const row of rows) row.forEach((v, i) => (out[i]! += v / rows.length));
  return out;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
