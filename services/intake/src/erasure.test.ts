import { createHash, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { requestWorkflowId } from '@caseflow/contracts';
import { createDb, CustomerErased, insertRequestOnce, migrateToLatest, planDelivery, recordTransition, startCustomerErasure, upsertCustomerByEmail } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { connectClient } from '@caseflow/temporal';
import { historyPayloads } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './testing';

/**
 * POST /v1/customers/:id/erase (issue 16) on real PostgreSQL and Temporal: the customer's
 * running workflows (a stand-in that waits forever, on a task queue of this file) are
 * terminated, every place the read model keeps their words is blanked, and another
 * customer's data is untouched.
 */
const taskQueue = `erasure-${randomUUID()}`;
let temporal: Client;
let built: TestApp;
let connection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
let subscriptionId: string;

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace') });
  connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const workflowBundle = await bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./testing-held-actions.ts', import.meta.url)), logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
  worker = await Worker.create({ connection, namespace: inject('temporalNamespace'), taskQueue, workflowBundle });
  running = worker.run();
  subscriptionId = randomUUID();
  await built.db.insertInto('webhook_subscriptions').values({ id: subscriptionId, url: 'https://hooks.example.com/caseflow', events: ['request.created'], secret: 'test-secret' }).execute();
});

afterAll(async () => {
  if (worker !== undefined && worker.getState() === 'RUNNING') worker.shutdown();
  await running;
  await connection?.close();
  await built?.close();
  await temporal?.connection.close();
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A customer with two requests whose texts all carry `word`: a running workflow each, a
 * thread with a reply and an attachment of their own plus one shared with everybody, raw
 * inbound mail, a sent e-mail, a planned webhook and a comment event.
 */
async function customerWith(word: string, sharedAttachment: string): Promise<{ customerId: string; requestIds: string[]; email: string; ownAttachment: string }> {
  const customerId = `cust-${randomUUID()}`;
  const email = `${word}@example.com`;
  const db = built.db;
  await db.insertInto('customers').values({ id: customerId, external_id: `crm-${word}-${randomUUID()}`, name: `${word} person`, email }).execute();
  const ownAttachment = sha(`${word}-${randomUUID()}`);
  await db.insertInto('attachments').values({ sha256: ownAttachment, bytes: Buffer.from(`scan of ${word}`), size: 10, content_type: 'text/plain' }).onConflict((oc) => oc.doNothing()).execute();
  const requestIds: string[] = [];
  for (const n of [1, 2]) {
    const row = newRequestRow({ customer_id: customerId, subject: `${word} card ${n}`, body: `My ${word} card was declined`, metadata: JSON.stringify({ html: `<p>${word}</p>` }) });
    await db.insertInto('requests').values(row).execute();
    requestIds.push(row.id);
    const at = new Date().toISOString();
    const state = { status: 'pending', category: null, queue: null, priority: null, confidence: null, modelVersion: null, alternatives: null, assignee: null, resolution: null, escalationLevel: 0, updatedAt: at, resolvedAt: null, closedAt: null };
    await recordTransition(db, {
      requestId: row.id,
      event: { id: `${row.id}.1`, seq: 1, type: 'request.message_received', actor: { kind: 'customer', id: customerId }, at, data: { messageId: row.id } },
      state,
      message: {
        id: randomUUID(), requestId: row.id, direction: 'inbound', visibility: 'public', author: { kind: 'customer', id: customerId }, body: `${word} again`, html: `<b>${word}</b>`,
        attachments: [{ filename: `${word}.txt`, contentType: 'text/plain', size: 10, sha256: ownAttachment }, { filename: 'terms.pdf', contentType: 'application/pdf', size: 10, sha256: sharedAttachment }],
        channel: 'email', externalId: `<${word}.${n}@mail.example>`, eventSeq: 1, at,
      },
    });
    await recordTransition(db, {
      requestId: row.id,
      event: { id: `${row.id}.2`, seq: 2, type: 'request.commented', actor: { kind: 'system' }, at, data: { author: 'ops', body: `${word} called us`, internal: true } },
      state,
    });
    await db.insertInto('inbound_emails').values({ key: `<${word}.${n}@mail.example>`, sha256: sha(word), raw: Buffer.from(`From: ${email}\r\n\r\n${word}`), from_address: email, request_id: row.id }).execute();
    await db.insertInto('email_deliveries').values({ event_id: `${row.id}.1`, event_type: 'request.created', request_id: row.id, recipient: email, audience: 'customer', language: 'en', subject: `Re: ${word} card`, status: 'sent' }).execute();
    await planDelivery(db, { subscriptionId, eventId: `${row.id}.1`, eventType: 'request.created', requestId: row.id, payload: JSON.stringify({ subject: `${word} card` }) });
    await temporal.workflow.start('heldActions', { workflowId: requestWorkflowId(row.id), taskQueue, args: [] });
  }
  return { customerId, requestIds, email, ownAttachment };
}

/** Every text column the read model keeps for these requests and this customer, as one string. */
async function everythingAbout(customerId: string, requestIds: string[]): Promise<string> {
  const db = built.db;
  const parts = await Promise.all([
    db.selectFrom('customers').selectAll().where('id', '=', customerId).execute(),
    db.selectFrom('requests').select(['subject', 'body', 'metadata', 'resolution', 'csat_comment']).where('id', 'in', requestIds).execute(),
    db.selectFrom('messages').select(['body', 'html', 'attachments', 'external_id']).where('request_id', 'in', requestIds).execute(),
    db.selectFrom('request_events').select(['data']).where('request_id', 'in', requestIds).execute(),
    db.selectFrom('inbound_emails').select(['raw', 'from_address']).where('request_id', 'in', requestIds).execute(),
    db.selectFrom('email_deliveries').select(['recipient', 'subject']).where('request_id', 'in', requestIds).execute(),
    db.selectFrom('webhook_deliveries').select(['payload']).where('request_id', 'in', requestIds).execute(),
  ]);
  return JSON.stringify(parts, (_key, value: unknown) => (value instanceof Buffer ? value.toString('utf8') : value));
}

const erase = (customerId: string, headers = built.auth(built.adminKey)) => built.app.inject({ method: 'POST', url: `/v1/customers/${customerId}/erase`, headers });
const search = async (q: string) => (await built.injectAsAdmin({ method: 'GET', url: `/v1/requests?q=${encodeURIComponent(q)}` })).json().items as { id: string }[];

describe('POST /v1/customers/:id/erase', () => {
  it('terminates the customer\'s workflows and blanks their words everywhere the read model keeps them, leaving others untouched', async () => {
    const shared = sha(`shared-${randomUUID()}`);
    await built.db.insertInto('attachments').values({ sha256: shared, bytes: Buffer.from('terms'), size: 5, content_type: 'application/pdf' }).execute();
    const ada = await customerWith('zanzibarite', shared);
    const bob = await customerWith('quokkaphile', shared);
    expect(await search('zanzibarite')).toHaveLength(2);
    const bobBefore = await everythingAbout(bob.customerId, bob.requestIds);

    const answer = await erase(ada.customerId);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      customerId: ada.customerId,
      alreadyErased: false,
      workflowsClosed: 2,
      erased: { requests: 2, messages: 2, attachments: 1, inboundEmails: 2, emailDeliveries: 2, webhookDeliveries: 2, events: 2, dataKeys: 0 },
    });

    expect(await search('zanzibarite')).toEqual([]);
    expect(await search('declined')).toEqual(expect.arrayContaining(bob.requestIds.map((id) => expect.objectContaining({ id }))));
    const left = await everythingAbout(ada.customerId, ada.requestIds);
    expect(left).not.toContain('zanzibarite');
    expect(left).not.toContain(ada.email);
    for (const id of ada.requestIds) {
      const description = await temporal.workflow.getHandle(requestWorkflowId(id)).describe();
      expect(description.status.name).toBe('TERMINATED');
    }
    const customer = await built.injectAsAdmin({ method: 'GET', url: `/v1/customers/${ada.customerId}` });
    expect(customer.json()).toMatchObject({ name: '[erased]', email: null, externalId: `erased:${ada.customerId}` });
    // Her own attachment is gone; the one Bob's thread still shows stays.
    const attachments = await built.db.selectFrom('attachments').select('sha256').where('sha256', 'in', [ada.ownAttachment, shared, bob.ownAttachment]).execute();
    expect(attachments.map((row) => row.sha256).sort()).toEqual([shared, bob.ownAttachment].sort());
    // Counts stay: the rows are there, with their statuses, and the timeline says what happened.
    const events = await built.injectAsAdmin({ method: 'GET', url: `/v1/requests/${ada.requestIds[0]}/events` });
    expect(events.json().items.map((event: { type: string }) => event.type)).toEqual(['request.message_received', 'request.commented', 'customer.erased']);
    expect(JSON.stringify(events.json())).not.toContain('zanzibarite');
    const record = await built.db.selectFrom('erasures').selectAll().where('customer_id', '=', ada.customerId).executeTakeFirstOrThrow();
    expect(record.event).toBe('customer.erased');
    expect(JSON.stringify(record)).not.toContain('zanzibarite');

    expect(await everythingAbout(bob.customerId, bob.requestIds)).toBe(bobBefore);
    for (const id of bob.requestIds) expect((await temporal.workflow.getHandle(requestWorkflowId(id)).describe()).status.name).toBe('RUNNING');
  });

  it('changes nothing on a second call and says so, repeating what the first erased', async () => {
    const ada = await customerWith('xylophonist', sha(randomUUID()));
    const first = (await erase(ada.customerId)).json();
    const after = await everythingAbout(ada.customerId, ada.requestIds);
    const second = await erase(ada.customerId);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ ...first, alreadyErased: true });
    expect(await everythingAbout(ada.customerId, ada.requestIds)).toBe(after);
    expect(await built.db.selectFrom('erasures').select('id').where('customer_id', '=', ada.customerId).execute()).toHaveLength(1);
  });

  it('refuses new requests that name an erased customer with 409 customer_erased, and stores nothing', async () => {
    const ada = await customerWith('quintessent', sha(randomUUID()));
    await erase(ada.customerId);
    const writer = await built.keyWith(['requests:write']);
    const answer = await built.app.inject({ method: 'POST', url: '/v1/requests', headers: built.auth(writer.key), payload: { customerId: ada.customerId, subject: 'quintessent again', body: 'hello' } });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('customer_erased');
    expect(await search('quintessent')).toEqual([]);
  });

  it('refuses a message on an erased customer\'s request with 409 customer_erased, and records nothing', async () => {
    const ada = await customerWith('quiddital', sha(randomUUID()));
    await erase(ada.customerId);
    const answer = await built.injectAsAdmin({ method: 'POST', url: `/v1/requests/${ada.requestIds[0]}/messages`, payload: { body: 'quiddital once more' } });
    expect([answer.statusCode, answer.json().error.code]).toEqual([409, 'customer_erased']);
    expect(await built.db.selectFrom('messages').select('id').where('body', 'like', '%quiddital%').execute()).toEqual([]);
  });

  it('leaves no text and no running workflow of the customer when their requests arrive during the erasure', async () => {
    const ada = await customerWith('burstling', sha(randomUUID()));
    const writer = await built.keyWith(['requests:write']);
    let answered = 0;
    let startErasure: () => void = () => undefined;
    const fifthAnswer = new Promise<void>((resolve) => {
      startErasure = resolve;
    });
    const posts = Array.from({ length: 30 }, (_, n) =>
      built.app
        .inject({ method: 'POST', url: '/v1/requests', headers: built.auth(writer.key), payload: { customerId: ada.customerId, subject: `burstling ${n}`, body: 'burstling again' } })
        .then((answer) => {
          answered += 1;
          if (answered === 5) startErasure();
          return answer;
        }),
    );
    const erasure = fifthAnswer.then(() => erase(ada.customerId));
    const answers = await Promise.all(posts);
    expect((await erasure).statusCode).toBe(200);
    expect(answers.map((answer) => answer.statusCode).filter((status) => status !== 202 && status !== 409)).toEqual([]);
    expect(answers.filter((answer) => answer.statusCode === 202).length).toBeGreaterThanOrEqual(5);

    const rows = await built.db.selectFrom('requests').select(['workflow_id', 'erased_at']).where('customer_id', '=', ada.customerId).execute();
    expect(rows.filter((row) => row.erased_at === null)).toEqual([]);
    expect(await search('burstling')).toEqual([]);
    const statuses = await Promise.all(rows.map(async (row) => (await temporal.workflow.getHandle(row.workflow_id).describe()).status.name));
    expect(statuses.filter((status) => status === 'RUNNING')).toEqual([]);
  });

  it('ends a workflow whose start was still on its way when the erasure looked for the customer\'s workflows', async () => {
    const ada = await customerWith('latecomer', sha(randomUUID()));
    // The same client, its workflow starts half a second late: the window between storing a request and starting its workflow, widened.
    const lateWorkflow = Object.create(temporal.workflow) as Client['workflow'];
    Object.defineProperty(lateWorkflow, 'start', { value: async (...args: Parameters<Client['workflow']['start']>) => { await new Promise((resolve) => setTimeout(resolve, 500)); return temporal.workflow.start(...args); } });
    const lateClient = Object.create(temporal) as Client;
    Object.defineProperty(lateClient, 'workflow', { value: lateWorkflow });
    const late = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal: lateClient, namespace: inject('temporalNamespace'), db: built.db, adminKey: built.adminKey });
    try {
      const posted = late.app.inject({ method: 'POST', url: '/v1/requests', headers: built.auth(built.adminKey), payload: { customerId: ada.customerId, subject: 'latecomer', body: 'latecomer again' } });
      const stored = async () => built.db.selectFrom('requests').select(['id', 'workflow_id']).where('customer_id', '=', ada.customerId).where('subject', '=', 'latecomer').executeTakeFirst();
      while ((await stored()) === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
      expect((await erase(ada.customerId)).statusCode).toBe(200);
      const answer = await posted;
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error.code).toBe('customer_erased');
      const row = await built.db.selectFrom('requests').select(['workflow_id', 'erased_at']).where('customer_id', '=', ada.customerId).where('workflow_id', 'not in', ada.requestIds.map(requestWorkflowId)).executeTakeFirstOrThrow();
      expect(row.erased_at).not.toBeNull();
      expect((await temporal.workflow.getHandle(row.workflow_id).describe()).status.name).toBe('TERMINATED');
    } finally {
      await late.app.close();
    }
  });

  it('starts workflows with the customer\'s words sealed, which the codec endpoint opens for an operator until the erasure, then answers [erased]', async () => {
    const customerId = `cust-${randomUUID()}`;
    const posted = await built.injectAsAdmin({ method: 'POST', url: '/v1/requests', payload: { customerId, subject: 'gryphonic subject', body: 'gryphonic body', metadata: { note: 'gryphonic note' } } });
    expect(posted.statusCode, posted.body).toBe(202);
    const payloads = historyPayloads(await temporal.workflow.getHandle(posted.json().workflowId).fetchHistory());
    expect(payloads.map((payload) => Buffer.from(payload.data, 'base64').toString('utf8')).join('\n')).not.toMatch(/gryphonic/);
    const decode = async () => {
      const answer = await built.injectAsAdmin({ method: 'POST', url: '/codec/decode', payload: { payloads } });
      expect(answer.statusCode, answer.body).toBe(200);
      return (answer.json().payloads as { data: string }[]).map((payload) => Buffer.from(payload.data, 'base64').toString('utf8')).join('\n');
    };
    const opened = await decode();
    expect(opened).toContain('gryphonic subject');
    expect(opened).toContain('gryphonic note');
    const erasure = await erase(customerId);
    expect(erasure.json()).toMatchObject({ erased: { requests: 1, dataKeys: 1 } });
    const erased = await decode();
    expect(erased).not.toMatch(/gryphonic/);
    expect(erased).toContain('[erased]');
  });

  it('drops a read-model write of a terminated workflow that arrives after the erasure', async () => {
    const ada = await customerWith('brontosaurian', sha(randomUUID()));
    await erase(ada.customerId);
    const id = ada.requestIds[0] ?? '';
    const at = new Date().toISOString();
    await recordTransition(built.db, {
      requestId: id,
      event: { id: `${id}.9`, seq: 9, type: 'request.resolved', actor: { kind: 'system' }, at, data: { resolution: 'brontosaurian fixed' } },
      state: { status: 'resolved', category: null, queue: null, priority: null, confidence: null, modelVersion: null, alternatives: null, assignee: null, resolution: 'brontosaurian fixed', escalationLevel: 0, updatedAt: at, resolvedAt: at, closedAt: null },
    });
    expect(await everythingAbout(ada.customerId, ada.requestIds)).not.toContain('brontosaurian');
  });

  it('refuses mail-opened requests while the erasure runs, and gives mail from the address afterwards a new customer', async () => {
    const derivedId = randomUUID();
    const email = `mailer-${randomUUID()}@example.com`;
    const first = await upsertCustomerByEmail(built.db, derivedId, { email, name: 'Mailer' });
    expect(first.id).toBe(derivedId);
    await startCustomerErasure(built.db, derivedId);
    const during = newRequestRow({ customer_id: derivedId });
    await expect(insertRequestOnce(built.db, during)).rejects.toBeInstanceOf(CustomerErased);
    expect(await built.db.selectFrom('requests').select('id').where('id', '=', during.id).execute()).toEqual([]);
    await erase(derivedId);
    const after = await upsertCustomerByEmail(built.db, derivedId, { email, name: 'Mailer' });
    expect(after.id).not.toBe(derivedId);
    expect(after.erased_at).toBeNull();
  });

  it('answers 404 for an unknown customer and 400 for a malformed id, changing nothing', async () => {
    const unknown = await erase(`cust-${randomUUID()}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const cases: [string, string][] = [['a%00b', 'invalid_request'], ['..%2Fapi-keys', 'invalid_request'], ['-leading-dash', 'invalid_request'], ['x'.repeat(129), 'invalid_request'], ['%E0%A4%A', 'invalid_url']];
    for (const [bad, code] of cases) {
      const answer = await erase(bad);
      expect(answer.statusCode, bad).toBe(400);
      expect(answer.json().error.code, bad).toBe(code);
    }
  });

  it('is refused to an operator key with 403', async () => {
    const ada = await customerWith('pterodactylic', sha(randomUUID()));
    const operator = await built.keyWith(['operator']);
    const answer = await erase(ada.customerId, built.auth(operator.key));
    expect(answer.statusCode).toBe(403);
    expect(await search('pterodactylic')).toHaveLength(2);
  });
});
