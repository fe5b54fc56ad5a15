export * from './tracing';
export { requestIdAttribute, requestIdOfWorkflow } from './request-id';
export { activeTraceCarrier, inCarriedSpan, type TraceCarrier } from './carried';
