/** What every caseflow error answer carries: `{"error": {code, message, details, requestId}}`. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details: unknown;
  requestId?: string;
}

/** Base class: `catch (e) { if (e instanceof CaseflowError) … }` catches everything this client throws. */
export class CaseflowError extends Error {
  override name = 'CaseflowError';
}

/** The API answered with an error status (after any retries). */
export class CaseflowApiError extends CaseflowError {
  override name = 'CaseflowApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(`${status} ${body.code}: ${body.message}`);
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
  }
}

/** No answer at all: the connection failed on every attempt. */
export class CaseflowNetworkError extends CaseflowError {
  override name = 'CaseflowNetworkError';
}

/** No answer within the per-attempt timeout, on every attempt. */
export class CaseflowTimeoutError extends CaseflowError {
  override name = 'CaseflowTimeoutError';
}

function isErrorBody(value: unknown): value is { error: ApiErrorBody } {
  const error = (value as { error?: unknown } | null)?.error as Partial<ApiErrorBody> | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

/**
 * The typed exception for an error answer; a body that is not the API's error document
 * (a proxy's HTML page, say) still yields one, with code `http_<status>`.
 */
export function apiError(response: Response, body: unknown): CaseflowApiError {
  if (isErrorBody(body)) return new CaseflowApiError(response.status, { ...body.error, details: body.error.details ?? null });
  return new CaseflowApiError(response.status, { code: `http_${response.status}`, message: response.statusText || 'error answer without an error document', details: body ?? null });
}
