import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type CaseflowClient, CaseflowApiError, createCaseflowClient } from '@caseflow/client';
import { type VerifiedEvent, webhookReceiver } from '@caseflow/client/examples/webhook-receiver';
import { eventually, repoRoot, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { RunningSystem } from './system';

// @caseflow/client against every real process; faults come from a real HTTP proxy on loopback.
let system: RunningSystem;
let database: RunningPostgres;
let client: CaseflowClient;
let postingKey: string;
const servers: Server[] = [];

beforeAll(async () => {
  ({ system, database } = await startOwnSystem({ autoCloseAfterSeconds: 600, startTimeoutMs: 400_000 }));
  // A posting service's own key, made by an admin through the client's typed API.
  const admin = createCaseflowClient({ baseUrl: system.intakeUrl, apiKey: system.adminKey });
  const { data } = await admin.api.POST('/v1/api-keys', { body: { name: 'client e2e', scopes: ['requests:write', 'requests:read'] } });
  postingKey = data!.key;
  client = createCaseflowClient({ baseUrl: system.intakeUrl, apiKey: postingKey });
}, 600_000);

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.notification]);

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  await system?.stop();
  await database?.stop();
});

async function listening(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A reverse proxy to intake that spoils the first POST /v1/requests: `refuse` answers 503
 * without passing it on; `loseAnswer` passes it on (intake creates the request) and answers
 * 503 instead of intake's answer, as when a load balancer loses the reply.
 */
async function faultyProxy(mode: 'refuse' | 'loseAnswer'): Promise<{ url: string; posts: (string | undefined)[] }> {
  const target = new URL(system.intakeUrl);
  const posts: (string | undefined)[] = [];
  const server = createServer((incoming, outgoing) => {
    const creating = incoming.method === 'POST' && incoming.url === '/v1/requests';
    if (creating) posts.push(incoming.headers['idempotency-key'] as string | undefined);
    const spoil = creating && posts.length === 1;
    const unavailable = () => outgoing.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'proxy_unavailable', message: 'injected', details: null } }));
    if (spoil && mode === 'refuse') {
      incoming.resume();
      incoming.on('end', unavailable);
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      if (spoil) {
        answer.resume();
        answer.on('end', unavailable);
        return;
      }
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(upstream);
  });
  return { url: await listening(server), posts };
}

const customerId = () => `client-e2e-${randomUUID()}`;
const text = { subject: 'Card not arrived', body: 'I ordered a new card two weeks ago and it still has not arrived.' };

describe('@caseflow/client against the running system', () => {
  it('serves the OpenAPI document the client was generated from', async () => {
    const served = await (await fetch(`${system.intakeUrl}/openapi.json`)).json();
    const committed = JSON.parse(await readFile(resolve(repoRoot(), 'packages/client/openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
  });

  it('creates a request and reads it back, typed', async () => {
    const accepted = await client.requests.create({ customerId: customerId(), ...text, type: 'complaint', channel: 'web' });
    expect(accepted).toMatchObject({ status: 'pending', workflowId: `request-${accepted.id}` });
    const read = await client.requests.get(accepted.id);
    expect(read).toMatchObject({ id: accepted.id, subject: text.subject, type: 'complaint', channel: 'web' });
  });

  it('iterates every request of a filter across keyset pages, newest first', async () => {
    const customer = customerId();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await client.requests.create({ customerId: customer, subject: `${text.subject} ${i}`, body: text.body })).id);
    const seen: string[] = [];
    for await (const request of client.requests.list({ customerId: customer, limit: 2 })) seen.push(request.id);
    expect(seen).toEqual([...ids].reverse());
    const pages = [];
    for await (const page of client.requests.list({ customerId: customer, limit: 2 }).pages()) pages.push(page.items.length);
    expect(pages).toEqual([2, 2, 1]);
  });

  it('retries through an injected 503 with the same Idempotency-Key', async () => {
    const proxy = await faultyProxy('refuse');
    const viaProxy = createCaseflowClient({ baseUrl: proxy.url, apiKey: postingKey, baseDelayMs: 50 });
    const customer = customerId();
    const accepted = await viaProxy.requests.create({ customerId: customer, ...text });
    expect(proxy.posts).toHaveLength(2);
    expect(proxy.posts[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(proxy.posts[1]).toBe(proxy.posts[0]);
    expect((await client.requests.get(accepted.id)).id).toBe(accepted.id);
  });

  it('creates exactly one request when the first answer is lost and the retry reaches intake again', async () => {
    const proxy = await faultyProxy('loseAnswer');
    const viaProxy = createCaseflowClient({ baseUrl: proxy.url, apiKey: postingKey, baseDelayMs: 50 });
    const customer = customerId();
    const accepted = await viaProxy.requests.create({ customerId: customer, ...text });
    expect(proxy.posts).toHaveLength(2);
    const all = [];
    for await (const request of client.requests.list({ customerId: customer })) all.push(request.id);
    expect(all).toEqual([accepted.id]);
  });

  it('throws the API error document as a typed error, without retrying', async () => {
    const error = await client.requests.create({ customerId: customerId(), subject: '', body: text.body }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CaseflowApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', requestId: expect.any(String) });
  });

  it('verifies a real signed delivery in the example receiver, with both secrets during a rotation', async () => {
    const events: VerifiedEvent[] = [];
    // The receiver reads this array on every delivery; the secret is known once subscribed.
    const secrets: string[] = [];
    const url = await listening(webhookReceiver(secrets, (event) => void events.push(event)));
    const admin = createCaseflowClient({ baseUrl: system.intakeUrl, apiKey: system.adminKey });
    const { data: subscription } = await admin.api.POST('/v1/webhooks', { body: { url, events: ['request.created'] } });
    secrets.push(`whsec_retired_${randomUUID()}`, subscription!.secret);
    const accepted = await client.requests.create({ customerId: customerId(), ...text });
    const event = await eventually('the signed request.created delivery', async () => events.find((e) => (e.body as { data: { request: { requestId: string } } }).data.request.requestId === accepted.id));
    expect(event).toMatchObject({ ok: true, eventType: 'request.created', deliveryId: `${accepted.id}.1` });

    // A forged delivery (right headers, wrong key) is refused by the same receiver.
    const forged = await fetch(url, { method: 'POST', body: '{}', headers: { 'x-caseflow-event': 'request.created', 'x-caseflow-delivery': 'x.1', 'x-caseflow-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` } });
    expect(forged.status).toBe(401);
  });
});
