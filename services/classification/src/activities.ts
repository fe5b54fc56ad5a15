import { type Classifier, nearestDuplicate, needsTriage, type Routing, requestText, route, routingFor } from '@caseflow/classifier';
import type { ClassificationActivities, ClassifyInput, ClassifyResult, DuplicateMatch } from '@caseflow/contracts';
import { type Db, listDuplicateCandidates } from '@caseflow/db';
import { type MetricMeter, noopMetricMeter } from '@temporalio/common';

/**
 * The classify activity: the served model's prediction, routed by configuration. Each
 * prediction is counted on `meter` (the SDK runtime's, served with the SDK's own metrics):
 * a rising triage share or an unexpected model version shows here before anywhere else.
 */
export function createClassificationActivities(
  model: () => Classifier,
  routing: Routing,
  /** Opens the customer's sealed words (CustomerVault.unsealDeep): the workflow carries them sealed. */
  open: (texts: [string, string]) => Promise<[string, string]>,
  meter: MetricMeter = noopMetricMeter,
  duplicates?: DuplicateDetection,
): ClassificationActivities {
  const classified = meter.createCounter(
    'caseflow_classifications',
    '',
    'Requests classified, by queue, outcome (routed, or triage when out of scope or below the confidence threshold) and model version',
  );
  return {
    async classify(input: ClassifyInput): Promise<ClassifyResult> {
      const [subject, body] = await open([input.subject, input.body]);
      const classifier = model();
      const routes = routingFor(routing, classifier);
      const text = requestText({ subject, body });
      const prediction = classifier.predict(text);
      const routed = route(prediction, routes);
      const outcome = needsTriage(prediction, routes) ? 'triage' : 'routed';
      classified.add(1, { queue: routed.queue, outcome, model_version: classifier.version });
      const classification = { ...routed, modelVersion: classifier.version };
      // Workflows from before detection name no customer: they get the classification alone, as before.
      if (duplicates === undefined || input.customerId === undefined || input.createdAt === undefined) return classification;
      return { ...classification, duplicate: await findDuplicate(duplicates, classifier, text, { ...input, customerId: input.customerId, createdAt: input.createdAt }) };
    },
  };
}

/** Where the customer's earlier requests are read, and the window and threshold (DUPLICATE_WINDOW_HOURS, DUPLICATE_SIMILARITY_THRESHOLD). */
export interface DuplicateDetection {
  db: Db;
  windowHours: number;
  threshold: number;
}

/**
 * Detection lives here because this activity already holds the model and the words in clear:
 * one read of the customer's open requests in the window, no second activity per request.
 */
async function findDuplicate(
  { db, windowHours, threshold }: DuplicateDetection,
  classifier: Classifier,
  text: string,
  input: { requestId: string; customerId: string; createdAt: string },
): Promise<DuplicateMatch | null> {
  if (windowHours === 0) return null;
  const before = new Date(input.createdAt);
  const since = new Date(before.getTime() - windowHours * 3_600_000);
  const candidates = await listDuplicateCandidates(db, { customerId: input.customerId, requestId: input.requestId, since, before });
  const best = nearestDuplicate(classifier, text, candidates, threshold);
  return best === null ? null : { requestId: best.id, similarity: Math.round(best.similarity * 1000) / 1000 };
}
