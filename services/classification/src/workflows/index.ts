// The classification service's workflow bundle (its Schedules' workflows): only workflow code may be reachable from here.
export { modelRetrain } from './model-retrain';
export { incidentDetection } from './incident-detection';
