// The workflow bundle's entry point: only workflow code may be reachable from here.
export { serviceRequest } from './service-request';
export { escalationDigest, escalationSweep } from './escalation';
export { assignmentLine } from './assignment-line';
export { retentionSweep } from './retention';
