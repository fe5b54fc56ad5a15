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
 * Vectors must be L2-normalised (Classifier.features' are), so a cosine is a dot product.
 * Groups the candidates, in arrival order, each to the most similar open incident, else
 * the most similar group of its block, else a group of its own; a group joins by its first
 * request (leader clustering: deterministic, and a late request cannot change who leads).
 * Groups from `minCustomers` different customers become incidents; the others are left
 * for the next run, when more like them may have come.
 */
export function planIncidents(leads: readonly IncidentLead[], candidates: readonly IncidentCandidate[], { minCustomers, threshold }: IncidentSettings): IncidentPlan {
  const grown = new Map<string, string[]>();
  const groups = new Map<string, { leader: IncidentCandidate; members: IncidentCandidate[] }[]>();
  const ordered = [...candidates].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each candidate is scattered once into a dense row and every vector it meets is read
  // against it: a run compares a block's candidates with each other, about n²/2 dot products.
  const dense = new Float64Array(1 + [...leads, ...candidates].reduce((max, { vector }) => Math.max(max, vector.idx.at(-1) ?? -1), -1));
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
      const block = groups.get(candidate.block) ?? [];
      groups.set(candidate.block, block);
      const group = nearest(block, threshold, (g) => against(g.leader.vector));
      if (group === undefined) block.push({ leader: candidate, members: [candidate] });
      else group.members.push(candidate);
    }
    candidate.vector.idx.forEach((column) => (dense[column] = 0));
  }
  const create: IncidentPlan['create'] = [];
  for (const block of groups.values()) {
    for (const { leader, members } of block) {
      const customers = new Set(members.map((m) => m.customerId)).size;
      if (customers >= minCustomers) create.push({ firstRequestId: leader.id, requestIds: members.map((m) => m.id), customers });
    }
  }
  return { grow: [...grown].map(([incidentId, requestIds]) => ({ incidentId, requestIds })), create };
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
