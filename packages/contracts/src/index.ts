export * from './domain';
export * from './activities';
export * from './workflow-api';
export * from './conversation';
export type { RequestStatus, LifecycleAction } from '@caseflow/lifecycle';
export * from './assignment';
export * from './model-retrain';
export * from './incidents';
