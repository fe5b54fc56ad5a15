import { randomUUID } from 'node:crypto';
import type { JsonPayload } from '@caseflow/codec';
import { requestWorkflowId, serviceRequestStart, serviceRequestWorkflowType } from '@caseflow/contracts';
import { postCustomerMessage, sealRequestInput } from '@caseflow/conversations';
import { completeCustomerErasure, startCustomerErasure } from '@caseflow/db';
import { terminateWorkflows } from '@caseflow/temporal';
import { historyPayloads } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requestInput, startTestbed, stateWhen, subjectFor, type Testbed } from './testing';

/**
 * Crypto-shredding (issue 16): a customer's words enter Temporal sealed under their own data
 * key, the read model gets them in clear, and once an erasure destroys the key the history —
 * fetched raw, without any codec — holds nothing readable of them, while another customer's
 * history still opens. The real request workflow and worker, on the time-skipping server.
 */
let testbed: Testbed;

beforeAll(async () => {
  testbed = await startTestbed(inject('databaseUrl'));
}, 300_000);

afterAll(async () => {
  await testbed?.stop();
});

const payloadsOf = async (workflowId: string): Promise<JsonPayload[]> => historyPayloads(await testbed.env.client.workflow.getHandle(workflowId).fetchHistory());
const readable = (payloads: JsonPayload[]) => payloads.map((payload) => Buffer.from(payload.data ?? '', 'base64').toString('utf8')).join('\n');

/** A request of a customer of its own, opened and answered as intake and the conversation routes do: sealed. */
async function conversation(word: string): Promise<{ customerId: string; requestId: string }> {
  const { env, db, vault } = testbed;
  const requestId = randomUUID();
  const customerId = `cust-${randomUUID()}`;
  const input = { ...requestInput(requestId, `${subjectFor('normal', 'cards')}/${word} subject`, new Date(await env.currentTimeMs()).toISOString()), customerId, body: `my ${word} card is stuck`, metadata: { from: `${word}@example.com` } };
  await db.insertInto('customers').values({ id: customerId, name: `${word} person` }).execute();
  await env.client.workflow.start(serviceRequestWorkflowType, serviceRequestStart(await sealRequestInput(vault, input), {}));
  await stateWhen(env, requestId, (state) => state.status === 'classified');
  await postCustomerMessage({ db, vault, temporal: env.client, reopenWindowMs: 86_400_000, autoCloseAfterSeconds: 3600 }, requestId, {
    id: randomUUID(), body: `${word} again, still stuck`, html: null, attachments: [], channel: 'api', externalId: null, authorName: `${word} person`,
  });
  return { customerId, requestId };
}

describe('crypto-shredding of Temporal histories', () => {
  it('keeps the customer\'s words out of the raw history, in clear in the read model, and unreadable everywhere once erased; another customer\'s history still opens', async () => {
    const { db, vault, env } = testbed;
    const ada = await conversation('zebracorn');
    const bob = await conversation('quokkaroo');

    // The read model has the words: the worker opened them.
    const row = await db.selectFrom('requests').select(['subject', 'body', 'metadata']).where('id', '=', ada.requestId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ subject: 'normal/cards/zebracorn subject', body: 'my zebracorn card is stuck', metadata: { from: 'zebracorn@example.com' } });
    const messages = await db.selectFrom('messages').select('body').where('request_id', '=', ada.requestId).orderBy('at').execute();
    expect(messages.map((message) => message.body)).toEqual(['my zebracorn card is stuck', 'zebracorn again, still stuck']);

    // The history does not, fetched without any codec; opened with her key it does.
    const before = await payloadsOf(requestWorkflowId(ada.requestId));
    expect(readable(before)).not.toMatch(/zebracorn/);
    expect(readable(before)).toContain('cfsealed1.');
    expect(readable(await vault.unsealPayloads(before))).toContain('zebracorn again, still stuck');

    // The events queued for notification carry her words sealed, as the workflow held them.
    const queued = async () => (await db.selectFrom('event_outbox').select('payload').where('request_id', '=', ada.requestId).execute()).map((r) => r.payload);
    expect((await queued()).length).toBeGreaterThanOrEqual(3);
    expect((await queued()).join('\n')).not.toMatch(/zebracorn/);
    expect((await queued()).join('\n')).toContain('cfsealed1.');

    const started = await startCustomerErasure(db, ada.customerId);
    if (started.outcome !== 'started') throw new Error(`erasure did not start: ${started.outcome}`);
    await terminateWorkflows(env.client, started.workflowIds, 'customer erased');
    await completeCustomerErasure(db, ada.customerId, { kind: 'system' }, started.workflowIds.length);

    const after = await payloadsOf(requestWorkflowId(ada.requestId));
    expect(readable(after)).not.toMatch(/zebracorn/);
    const opened = readable(await vault.unsealPayloads(after));
    expect(opened).not.toMatch(/zebracorn/);
    expect(opened).toContain('[erased]');
    expect(await db.selectFrom('customer_keys').select('customer_id').where('customer_id', '=', ada.customerId).execute()).toEqual([]);
    // Not even sealed: the queued notices are blanked, and one not yet planned plans nothing.
    expect(new Set(await queued())).toEqual(new Set([JSON.stringify({ erased: true })]));

    const other = readable(await vault.unsealPayloads(await payloadsOf(requestWorkflowId(bob.requestId))));
    expect(other).toContain('quokkaroo again, still stuck');
    expect(other).not.toContain('[erased]');
  });

  it('still runs and records a history from before sealing, its words in clear', async () => {
    const { db, env } = testbed;
    const requestId = randomUUID();
    const input = { ...requestInput(requestId, subjectFor('normal', 'legacycards'), new Date(await env.currentTimeMs()).toISOString()), body: 'a plain old body' };
    await env.client.workflow.start(serviceRequestWorkflowType, serviceRequestStart(input, {}));
    await stateWhen(env, requestId, (state) => state.status === 'classified');
    const row = await db.selectFrom('requests').select(['subject', 'body']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row).toEqual({ subject: 'normal/legacycards', body: 'a plain old body' });
  });
});
