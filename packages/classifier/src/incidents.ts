import type { SparseVector } from './features';

/**
 * Incidents: the cross-customer version of duplicates. Many different customers writing
 * nearly the same words within a window is one problem seen by many, not many problems.
 */

/** A recent request no incident holds yet. */
export interface IncidentCandidate {
  id: string;
  customerId: string;
  /** Arrival (ms since the epoch): groups are led by their earliest request. */
  at: number;
  /**
   * Only candidates of one block are compared (the category the model gave, or '' while
   * unclassified): near-identical words get the same category, and comparing within it
   * keeps an hour at 5 requests/s to about a second (docs/benchmarks.md).
   */
  block: string;
  vector: SparseVector;
}

/** An open incident, represented by its earliest request that is not erased. */
export interface IncidentLead {
  incidentId: string;
  vector: SparseVector;
}

export interface IncidentSettings {
  /** Distinct customers from which a group is an incident. */
  minCustomers: number;
  /** Cosine to a group's first request from which a request belongs to it. */
  threshold: number;
}

export interface IncidentPlan {
  /** Requests that join an open incident. */
  grow: { incidentId: string; requestIds: string[] }[];
  /** New incidents: groups that reached `minCustomers`, keyed by their first request. */
  create: { firstRequestId: string; requestIds: string[]; customers: number }[];
}

/**
 * Vectors must be L2-normalised (Classifier.features' are), so a cosine is a dot product,
 * and the threshold above 0. Groups the candidates, in arrival order, each to the most
 * similar open incident, else the most similar group of its block, else a group of its own;
 * a group joins by its first request (leader clustering: deterministic, and a late request
 * cannot change who leads). Groups from `minCustomers` different customers become
 * incidents; the others are left for the next run, when more like them may have come.
 */
export function planIncidents(leads: readonly IncidentLead[], candidates: readonly IncidentCandidate[], { minCustomers, threshold }: IncidentSettings): IncidentPlan {
  const grown = new Map<string, string[]>();
  const ordered = [...candidates].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const columns = 1 + [...leads, ...candidates].reduce((max, { vector }) => Math.max(max, vector.idx.at(-1) ?? -1), -1);
  const documents = new Int32Array(columns);
  for (const { vector } of candidates) for (const column of vector.idx) documents[column]! += 1;
  const blocks = new Map<string, Leaders>();
  // Each candidate is scattered once into a dense row, and each vector it meets is read against it.
  const dense = new Float64Array(columns);
  const against = (vector: SparseVector) => {
    let sum = 0;
    for (let i = 0; i < vector.idx.length; i++) sum += dense[vector.idx[i]!]! * vector.val[i]!;
    return sum;
  };
  for (const candidate of ordered) {
    candidate.vector.idx.forEach((column, i) => (dense[column] = candidate.vector.val[i]!));
    const lead = nearest(leads, threshold, (l) => against(l.vector));
    if (lead !== undefined) {
      grown.set(lead.incidentId, [...(grown.get(lead.incidentId) ?? []), candidate.id]);
    } else {
      const block = blocks.get(candidate.block) ?? new Leaders(documents, threshold);
      blocks.set(candidate.block, block);
      const group = nearest(block.sharingWith(candidate.vector), threshold, (g) => against(g.leader.vector));
      if (group === undefined) block.add({ leader: candidate, members: [candidate] });
      else group.members.push(candidate);
    }
    candidate.vector.idx.forEach((column) => (dense[column] = 0));
  }
  const create: IncidentPlan['create'] = [];
  for (const block of blocks.values()) {
    for (const { leader, members } of block.groups) {
      const customers = new Set(members.map((m) => m.customerId)).size;
      if (customers >= minCustomers) create.push({ firstRequestId: leader.id, requestIds: members.map((m) => m.id), customers });
    }
  }
  return { grow: [...grown].map(([incidentId, requestIds]) => ({ incidentId, requestIds })), create };
}

interface Group {
  leader: IncidentCandidate;
  members: IncidentCandidate[];
}

/**
 * A block's groups, each findable by the columns of its leader that can carry a match
 * (prefix filtering, as in Bayardo et al.'s All-Pairs): the leader's most common columns
 * whose weights together have a norm under the threshold are left out of the index, as a
 * unit vector's dot product with them stays under the threshold. So a vector reaching the
 * threshold with a leader shares an indexed column with it: the same answer as comparing
 * with every leader, without reading the many a vector shares only common n-grams with.
 */
class Leaders {
  readonly groups: Group[] = [];
  private readonly postings = new Map<number, number[]>();

  constructor(
    /** Per column, in how many of the run's candidates it occurs. */
    private readonly documents: Int32Array,
    private readonly threshold: number,
  ) {}

  add(group: Group): void {
    const at = this.groups.push(group) - 1;
    const { idx, val } = group.leader.vector;
    const commonFirst = Array.from(idx.keys()).sort((a, b) => this.documents[idx[b]!]! - this.documents[idx[a]!]!);
    let unindexed = 0;
    for (const k of commonFirst) {
      const weight = val[k]! * val[k]!;
      if (unindexed + weight < this.threshold * this.threshold) {
        unindexed += weight;
        continue;
      }
      const posting = this.postings.get(idx[k]!);
      if (posting === undefined) this.postings.set(idx[k]!, [at]);
      else posting.push(at);
    }
  }

  /** The groups whose leader shares an indexed column with `vector`, in the order they were made. */
  sharingWith(vector: SparseVector): Group[] {
    const found = new Set<number>();
    for (const column of vector.idx) for (const at of this.postings.get(column) ?? []) found.add(at);
    return [...found].sort((a, b) => a - b).map((at) => this.groups[at]!);
  }
}

function nearest<T>(items: readonly T[], threshold: number, similarityOf: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestSimilarity = threshold;
  for (const item of items) {
    const similarity = similarityOf(item);
    if (similarity >= bestSimilarity && (best === undefined || similarity > bestSimilarity)) {
      best = item;
      bestSimilarity = similarity;
    }
  }
  return best;
}
