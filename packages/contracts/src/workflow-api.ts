import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ServiceRequestState } from './domain';

/** The names by which intake talks to a request workflow: workflow type, id, Updates and Queries. */
export const serviceRequestWorkflowType = 'serviceRequest';

export function requestWorkflowId(requestId: string): string {
  return `request-${requestId}`;
}

export interface ResolveInput {
  resolution: string;
  actor: string;
}

export const stateQuery = defineQuery<ServiceRequestState>('state');
export const resolveUpdate = defineUpdate<ServiceRequestState, [ResolveInput]>('resolve');

/**
 * Custom search attributes, so operators can filter requests in the Temporal Web UI.
 * infra/temporal/search-attributes.txt registers the same set with the dev server.
 */
export const searchAttributes = {
  status: defineSearchAttributeKey('RequestStatus', SearchAttributeType.KEYWORD),
  category: defineSearchAttributeKey('RequestCategory', SearchAttributeType.KEYWORD),
  queue: defineSearchAttributeKey('RequestQueue', SearchAttributeType.KEYWORD),
  priority: defineSearchAttributeKey('RequestPriority', SearchAttributeType.KEYWORD),
  customerId: defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD),
  escalationLevel: defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT),
  slaDueAt: defineSearchAttributeKey('SlaDueAt', SearchAttributeType.DATETIME),
  assignee: defineSearchAttributeKey('Assignee', SearchAttributeType.KEYWORD),
} as const;
