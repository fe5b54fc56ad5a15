import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Prediction, ScoredLabel } from './types';

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

export interface RouteTarget {
  queue: string;
  priority: Priority;
}

/** Category → queue and default priority: configuration, not code (DESIGN §3). */
export interface Routing {
  /** predictions with a lower confidence go to `triageQueue` for a human */
  threshold: number;
  /**
   * true: a model that carries its own threshold (chosen on validation texts when it was
   * trained, `ModelArtifact.routing`) is routed by that one; `threshold` is for models without.
   */
  useModelThreshold: boolean;
  triageQueue: string;
  categories: Record<string, RouteTarget>;
  /** for a category the file does not list */
  defaultRoute: RouteTarget;
}

export interface RoutedPrediction {
  category: string;
  queue: string;
  priority: Priority;
  confidence: number;
  alternatives: ScoredLabel[];
}

export class RoutingError extends Error {
  override name = 'RoutingError';
}

/** Absolute path of the banking77 routing shipped with this package. */
export const defaultRoutingPath: string = fileURLToPath(new URL('../routing/banking77.json', import.meta.url));

function target(v: unknown, where: string): RouteTarget {
  if (typeof v !== 'object' || v === null) throw new RoutingError(`${where} must be an object {queue, priority}`);
  const { queue, priority } = v as Record<string, unknown>;
  if (typeof queue !== 'string' || !queue.trim()) throw new RoutingError(`${where}.queue must be a non-empty string`);
  if (!PRIORITIES.includes(priority as Priority)) {
    throw new RoutingError(`${where}.priority must be one of ${PRIORITIES.join(', ')}, got ${JSON.stringify(priority)}`);
  }
  return { queue, priority: priority as Priority };
}

/** Validates an already-parsed routing document; `source` names it in errors. */
export function parseRouting(raw: unknown, source = 'routing'): Routing {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RoutingError(`${source}: expected a JSON object`);
  const o = raw as Record<string, unknown>;
  const threshold = o.threshold;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new RoutingError(`${source}: threshold must be a number in [0, 1], got ${JSON.stringify(threshold)}`);
  }
  const useModelThreshold = o.useModelThreshold ?? false;
  if (typeof useModelThreshold !== 'boolean') throw new RoutingError(`${source}: useModelThreshold must be a boolean, got ${JSON.stringify(useModelThreshold)}`);
  if (typeof o.triageQueue !== 'string' || !o.triageQueue.trim()) throw new RoutingError(`${source}: triageQueue must be a non-empty string`);
  if (typeof o.categories !== 'object' || o.categories === null || Array.isArray(o.categories)) {
    throw new RoutingError(`${source}: categories must be an object of category → {queue, priority}`);
  }
  const categories: Record<string, RouteTarget> = {};
  for (const [name, t] of Object.entries(o.categories)) categories[name] = target(t, `${source}: categories["${name}"]`);
  if (Object.keys(categories).length === 0) throw new RoutingError(`${source}: categories is empty`);
  return { threshold, useModelThreshold, triageQueue: o.triageQueue, categories, defaultRoute: target(o.defaultRoute, `${source}: defaultRoute`) };
}

export function loadRouting(path: string): Routing {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RoutingError(`cannot read routing file ${path}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new RoutingError(`${path}: not JSON (${(err as Error).message})`);
  }
  return parseRouting(raw, path);
}

/** Labels a model predicts that the routing does not list (they would take `defaultRoute`). */
export function unroutedLabels(labels: readonly string[], routing: Routing): string[] {
  return labels.filter((l) => !Object.hasOwn(routing.categories, l));
}

/** The routing a model's predictions take: its own threshold when it carries one and the routing lets it. */
export function routingFor(routing: Routing, model: { threshold: number | undefined }): Routing {
  return routing.useModelThreshold && model.threshold !== undefined ? { ...routing, threshold: model.threshold } : routing;
}

/**
 * The label of a model's explicit out-of-scope class (trained on texts about none of the
 * categories, e.g. `data/out-of-scope` rows of split `train`). It names no category: a
 * prediction of it always goes to a person, however confident.
 */
export const outOfScopeLabel = 'out_of_scope';

/** True when the prediction goes to the triage queue: the model's out-of-scope class, or a confidence below the threshold. */
export function needsTriage(p: Pick<Prediction, 'label' | 'confidence'>, routing: Pick<Routing, 'threshold'>): boolean {
  return p.label === outOfScopeLabel || p.confidence < routing.threshold;
}

/** Category's queue and priority; out of scope or below the threshold the queue is the triage queue (priority kept). */
export function route(p: Prediction, routing: Routing): RoutedPrediction {
  const t = Object.hasOwn(routing.categories, p.label) ? routing.categories[p.label]! : routing.defaultRoute;
  return {
    category: p.label,
    queue: needsTriage(p, routing) ? routing.triageQueue : t.queue,
    priority: t.priority,
    confidence: p.confidence,
    alternatives: p.alternatives,
  };
}
