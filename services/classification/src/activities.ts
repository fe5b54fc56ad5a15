import { type Classifier, type Routing, route } from '@caseflow/classifier';
import type { Classification, ClassificationActivities, ClassifyInput } from '@caseflow/contracts';

/** The classify activity: the served model's prediction, routed by configuration. */
export function createClassificationActivities(model: () => Classifier, routing: Routing): ClassificationActivities {
  return {
    async classify({ subject, body }: ClassifyInput): Promise<Classification> {
      const classifier = model();
      const routed = route(classifier.predict(`${subject}\n${body}`), routing);
      return { ...routed, modelVersion: classifier.version };
    },
  };
}
