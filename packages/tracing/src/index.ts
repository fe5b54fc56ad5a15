export * from './tracing';
export { requestIdAttribute, requestIdOfWorkflow } from './request-id';
