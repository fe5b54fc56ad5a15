import { type Classifier, type Routing, route, routingFor } from '@caseflow/classifier';
import type { Classification, ClassificationActivities, ClassifyInput } from '@caseflow/contracts';
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
): ClassificationActivities {
  const classified = meter.createCounter(
    'caseflow_classifications',
    '',
    'Requests classified, by queue, outcome (routed, or triage when below the confidence threshold) and model version',
  );
  return {
    async classify(input: ClassifyInput): Promise<Classification> {
      const [subject, body] = await open([input.subject, input.body]);
      const classifier = model();
      const routes = routingFor(routing, classifier);
      const routed = route(classifier.predict(`${subject}\n${body}`), routes);
      const outcome = routed.confidence < routes.threshold ? 'triage' : 'routed';
      classified.add(1, { queue: routed.queue, outcome, model_version: classifier.version });
      return { ...routed, modelVersion: classifier.version };
    },
  };
}
