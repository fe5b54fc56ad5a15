// The retraining worker's workflow bundle: only workflow code may be reachable from here.
export { modelRetrain } from './model-retrain';
