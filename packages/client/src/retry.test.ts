import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseflowClient } from './client.js';
import { CaseflowApiError, CaseflowNetworkError, CaseflowTimeoutError } from './errors.js';
import { backoffMs, retryAfterMs } from './retry.js';

interface Seen {
  method: string;
  url: string;
  idempotencyKey: string | undefined;
  body: string;
  at: number;
}

/** A real HTTP server on loopback answering each call with the next scripted reply. */
async function scripted(replies: ((response: ServerResponse, request: IncomingMessage) => void)[]): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', idempotencyKey: request.headers['idempotency-key'] as string | undefined, body: Buffer.concat(chunks).toString(), at: Date.now() });
      const reply = replies.shift() ?? json(500, { error: { code: 'unscripted', message: 'no reply left', details: null } });
      reply(response, request);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (response: ServerResponse) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};
const dropConnection = () => (_response: ServerResponse, request: IncomingMessage) => request.socket.destroy();
const unavailable = json(503, { error: { code: 'temporarily_unavailable', message: 'retry', details: null } });
const accepted = json(202, { id: 'r-1', status: 'pending', workflowId: 'request-r-1' });
const input = { customerId: 'c-1', subject: 'Card', body: 'Card not arrived' };
const fast = { baseDelayMs: 5, maxDelayMs: 20 };

describe('retries', () => {
  it('repeats a create after 503 and a dropped connection with one Idempotency-Key and the same body', async () => {
    const { url, seen } = await scripted([unavailable, dropConnection(), accepted]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast });
    expect(await client.requests.create(input)).toEqual({ id: 'r-1', status: 'pending', workflowId: 'request-r-1' });
    expect(seen).toHaveLength(3);
    expect(seen[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(seen.map((call) => call.idempotencyKey)).size).toBe(1);
    expect(new Set(seen.map((call) => call.body))).toEqual(new Set([JSON.stringify(input)]));
  });

  it('gives each logical call its own key and keeps a key the caller chose', async () => {
    const { url, seen } = await scripted([accepted, accepted, accepted]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast });
    await client.requests.create(input);
    await client.requests.create(input);
    await client.requests.create(input, { idempotencyKey: 'order-7731' });
    expect(seen[0]!.idempotencyKey).not.toBe(seen[1]!.idempotencyKey);
    expect(seen[2]!.idempotencyKey).toBe('order-7731');
  });

  it('waits as long as Retry-After asks on 429, even for a POST that has no idempotency', async () => {
    const { url, seen } = await scripted([json(429, { error: { code: 'rate_limited', message: 'slow down', details: null } }, { 'retry-after': '1' }), json(200, { id: 'x' })]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast });
    const { response } = await client.api.POST('/v1/requests/{id}/start', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } }, body: {} });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
    expect(seen[0]!.idempotencyKey).toBeUndefined();
  });

  it('never repeats a POST without idempotency after a 503 or a dropped connection', async () => {
    const { url, seen } = await scripted([unavailable, dropConnection()]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast });
    const first = await client.api.POST('/v1/requests/{id}/start', { params: { path: { id: 'a' } }, body: {} });
    expect(first.response.status).toBe(503);
    await expect(client.api.POST('/v1/requests/{id}/start', { params: { path: { id: 'a' } }, body: {} })).rejects.toBeInstanceOf(CaseflowNetworkError);
    expect(seen).toHaveLength(2);
  });

  it('never retries other 4xx, and throws them as typed errors with the API error document', async () => {
    const details = [{ path: 'body/subject', message: 'required' }];
    const { url, seen } = await scripted([json(400, { error: { code: 'invalid_request', message: 'subject is required', details, requestId: 'req-9' } })]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast });
    const error = await client.requests.create(input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CaseflowApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', message: '400 invalid_request: subject is required', details, requestId: 'req-9' });
    expect(seen).toHaveLength(1);
  });

  it('gives up after maxAttempts and throws the last answer as an error', async () => {
    const { url, seen } = await scripted([unavailable, unavailable, unavailable]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast, maxAttempts: 3 });
    await expect(client.requests.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 503, code: 'temporarily_unavailable' });
    expect(seen).toHaveLength(3);
  });

  it('aborts an attempt that gets no answer within the timeout, retries it, then throws a timeout error', async () => {
    const silent = () => () => {};
    const { url, seen } = await scripted([silent(), silent()]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast, maxAttempts: 2, timeoutMs: 200 });
    await expect(client.requests.get('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(CaseflowTimeoutError);
    expect(seen).toHaveLength(2);
  });
});

describe('pagination', () => {
  it('iterates every item across keyset pages, passing each nextCursor back with the same filters', async () => {
    const item = (id: string) => ({ id });
    const { url, seen } = await scripted([json(200, { items: [item('a'), item('b')], nextCursor: 'c1' }), json(200, { items: [item('c')], nextCursor: null })]);
    const client = createCaseflowClient({ baseUrl: url, apiKey: 'k', ...fast });
    const ids: string[] = [];
    for await (const request of client.requests.list({ queue: 'cards', limit: 2 })) ids.push(request.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(seen.map((call) => call.url)).toEqual(['/v1/requests?queue=cards&limit=2', '/v1/requests?queue=cards&limit=2&cursor=c1']);
  });
});

describe('backoff', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    expect([1, 2, 3, 4, 10].map((attempt) => backoffMs(attempt, 100, 1000, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffMs(3, 100, 1000, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
