export { createRequestsWorker } from './worker';
export type { ServiceRequestOptions } from './service-request';
