import type { paths } from '@caseflow/client';
import createClient from 'openapi-fetch';

/**
 * The workspace's only way to the server: the public /v1 API, typed from intake's OpenAPI
 * document (@caseflow/client's generated `paths`), so typecheck fails when page and API drift.
 * The session cookie rides along (same origin); every write carries the CSRF token.
 */
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Session = Json<paths['/v1/session']['get']['responses'][200]>;
export type Agent = Session['agent'];
export type RequestPage = Json<paths['/v1/requests']['get']['responses'][200]>;
export type RequestSummary = RequestPage['items'][number];
export type RequestDetail = Json<paths['/v1/requests/{id}']['get']['responses'][200]>;
export type RequestEvent = Json<paths['/v1/requests/{id}/events']['get']['responses'][200]>['items'][number];
export type Message = Json<paths['/v1/requests/{id}/messages']['get']['responses'][200]>['items'][number];
export type Customer = Json<paths['/v1/customers/{id}']['get']['responses'][200]>;
export type QueueSummary = Json<paths['/v1/queues']['get']['responses'][200]>['items'][number];
export type ListQuery = NonNullable<paths['/v1/requests']['get']['parameters']['query']>;
export type Priority = NonNullable<ListQuery['priority']>;
export type Status = NonNullable<ListQuery['status']>;
export type Availability = Agent['availability'];
export type ViewCounts = Json<paths['/v1/views/counts']['get']['responses'][200]>;
export type Macro = Json<paths['/v1/macros']['get']['responses'][200]>['items'][number];

/** An answer that was not a success, in the API's error format. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
const listeners = new Set<() => void>();

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when an answer says the session has ended (401): the page goes back to sign-in. */
export function onSignedOut(listener: () => void): void {
  listeners.add(listener);
}

export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

function failureOf(response: Response, error: unknown): ApiFailure {
  const body = (typeof error === 'object' && error !== null && 'error' in error ? (error as { error: { code?: unknown; message?: unknown } }).error : null) ?? {};
  return new ApiFailure(response.status, typeof body.code === 'string' ? body.code : `http_${response.status}`, typeof body.message === 'string' ? body.message : `HTTP ${response.status}`);
}

/** openapi-fetch's `{data, error, response}` as the data, or an ApiFailure. */
export async function unwrap<Data>(call: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    const failure = failureOf(response, error);
    if (response.status === 401) for (const listener of listeners) listener();
    throw failure;
  }
  return data;
}

/**
 * For answers without a body (204: a deletion, signing out): success is the status alone.
 * openapi-fetch answers `data: undefined` for them, which `unwrap` would take for a failure.
 */
export async function unwrapNoContent(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await call;
  if (response.ok) return;
  if (response.status === 401) for (const listener of listeners) listener();
  throw failureOf(response, error);
}

/** What intake tells the page besides the API: where the Temporal Web UI is. */
export interface Settings {
  temporalUiUrl: string;
  namespace: string;
}
