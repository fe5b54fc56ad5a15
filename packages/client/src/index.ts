export { createCaseflowClient } from './client.js';
export type {
  AcceptedRequest,
  CallOptions,
  CaseflowClient,
  CaseflowClientOptions,
  CreateRequestInput,
  ListRequestsQuery,
  Paged,
  RequestDetail,
  RequestEvent,
  RequestPage,
  RequestSummary,
} from './client.js';
export { type ApiErrorBody, CaseflowApiError, CaseflowError, CaseflowNetworkError, CaseflowTimeoutError } from './errors.js';
export type { paths, webhooks } from './generated/api.js';
export { backoffMs, resilientFetch, type RetryOptions, retryAfterMs } from './retry.js';
export { verifyWebhook, type VerifyWebhookOptions, type WebhookHeaders, type WebhookVerification } from './webhook.js';
