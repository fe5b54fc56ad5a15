export { createAssignmentWorker, createRequestsWorker, workflowsPath } from './worker';
export { ensureEscalationSchedules } from './schedules';
export type { ServiceRequestOptions } from './service-request';
