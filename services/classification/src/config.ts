import { fileURLToPath } from 'node:url';
import { defaultRoutingPath } from '@caseflow/classifier';
import { commonConfig, integer, listenAddress, string } from '@caseflow/config';

const bundledTrainingSet = fileURLToPath(new URL('../../../data/banking77/train.csv', import.meta.url));

export const classificationConfig = {
  ...commonConfig,
  /** Prometheus metrics of the Temporal SDK and of this worker, at http://<address>/metrics; `off` serves none. */
  metricsAddress: listenAddress('METRICS_ADDRESS', '127.0.0.1:9402'),
  routingFile: string('CLASSIFIER_ROUTING_FILE', defaultRoutingPath),
  /** Trained from on first start, when the registry has no active model yet. */
  bootstrapTrainingData: string('CLASSIFIER_BOOTSTRAP_DATA', bundledTrainingSet),
  /** Caps examples per label for the bootstrap model; 0 = all (tests use a small cap to stay fast). */
  bootstrapLimitPerLabel: integer('CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL', { fallback: 0, min: 0 }),
  /** How often to look for a newly promoted model. */
  modelPollMs: integer('CLASSIFIER_MODEL_POLL_MS', { fallback: 10_000, min: 100 }),
};
