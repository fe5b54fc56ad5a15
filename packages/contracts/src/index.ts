export * from './domain';
export * from './activities';
export * from './workflow-api';
export type { RequestStatus, LifecycleAction } from '@caseflow/lifecycle';
export * from './assignment';
