import './provided-context';

export { repoRoot } from './paths';
export { freePort, freePorts } from './ports';
export { createTestDatabase, startPostgres, type RunningPostgres } from './postgres';
export { startTemporal, type RunningTemporal } from './temporal';
export { eventually } from './eventually';
export { metricTotal, parsePrometheus, scrapeMetrics, type Sample } from './prometheus';
export { historyPayloads, type CodecPayload } from './history-payloads';
