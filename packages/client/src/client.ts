import createClient, { type Client } from 'openapi-fetch';
import { apiError } from './errors.js';
import type { paths } from './generated/api.js';
import { resilientFetch, type RetryOptions } from './retry.js';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type CreateRequestInput = NonNullable<paths['/v1/requests']['post']['requestBody']>['content']['application/json'];
export type AcceptedRequest = Json<paths['/v1/requests']['post']['responses'][202]>;
export type ListRequestsQuery = Omit<NonNullable<paths['/v1/requests']['get']['parameters']['query']>, 'cursor'>;
export type RequestPage = Json<paths['/v1/requests']['get']['responses'][200]>;
export type RequestSummary = RequestPage['items'][number];
export type RequestDetail = Json<paths['/v1/requests/{id}']['get']['responses'][200]>;
export type RequestEvent = Json<paths['/v1/requests/{id}/events']['get']['responses'][200]>['items'][number];

export interface CaseflowClientOptions extends RetryOptions {
  /** Where intake answers, e.g. `https://caseflow.example.com` (no trailing /v1). */
  baseUrl: string;
  /** An API key (`cf_…`); sent as `Authorization: Bearer`. */
  apiKey: string;
  /** A fetch to send attempts with (default globalThis.fetch). */
  fetch?: (request: Request) => Promise<Response>;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** An async iterable over every item of a keyset-paged list; `pages()` for whole pages. */
export interface Paged<Item> extends AsyncIterable<Item> {
  pages(): AsyncIterable<{ items: Item[]; nextCursor: string | null }>;
}

function paged<Item>(fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>): Paged<Item> {
  async function* pages() {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}

/** Unwraps openapi-fetch's `{data, error, response}`: the data, or the typed exception. */
async function unwrap<Data>(call: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw apiError(response, error);
  return data;
}

export interface CaseflowClient {
  /** The whole API, typed from the OpenAPI document, with the same retries and timeouts: `api.GET('/v1/customers/{id}', …)`. */
  api: Client<paths>;
  requests: {
    /** Submits a request (202): one Idempotency-Key for the call, reused by every retry; pass your own to make a retry across processes safe. */
    create(input: CreateRequestInput, options?: CallOptions & { idempotencyKey?: string }): Promise<AcceptedRequest>;
    get(id: string, options?: CallOptions): Promise<RequestDetail>;
    /** Every request matching the filters, newest first, fetched page by page as you iterate. */
    list(query?: ListRequestsQuery & { limit?: number }, options?: CallOptions): Paged<RequestSummary>;
    /** The request's events, oldest first, page by page. */
    events(id: string, options?: CallOptions & { limit?: number }): Paged<RequestEvent>;
  };
}

export function createCaseflowClient(options: CaseflowClientOptions): CaseflowClient {
  const api = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { authorization: `Bearer ${options.apiKey}` },
    fetch: resilientFetch(options, options.fetch),
  });
  const signalOf = (call: CallOptions | undefined) => (call?.signal === undefined ? {} : { signal: call.signal });
  return {
    api,
    requests: {
      create: (input, call) =>
        unwrap(api.POST('/v1/requests', { body: input, ...signalOf(call), ...(call?.idempotencyKey === undefined ? {} : { params: { header: { 'idempotency-key': call.idempotencyKey } } }) })),
      get: (id, call) => unwrap(api.GET('/v1/requests/{id}', { params: { path: { id } }, ...signalOf(call) })),
      list: (query = {}, call) =>
        paged((cursor) => unwrap(api.GET('/v1/requests', { params: { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } }, ...signalOf(call) }))),
      events: (id, call) =>
        paged((cursor) =>
          unwrap(api.GET('/v1/requests/{id}/events', { params: { path: { id }, query: { ...(call?.limit === undefined ? {} : { limit: call.limit }), ...(cursor === undefined ? {} : { cursor }) } }, ...signalOf(call) })),
        ),
    },
  };
}
