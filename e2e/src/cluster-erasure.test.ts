import { randomUUID } from 'node:crypto';
import { connectClient } from '@caseflow/temporal';
import { eventually, historyPayloads } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from './chaos/cluster';

// Erasure on the production topology (`pnpm test:cluster`, not part of `make up`'s suite: the
// first run builds temporal-server from source): the real temporal-server on PostgreSQL, two
// copies of every caseflow process. The same proof as services/intake/src/erasure.test.ts
// gives on the dev server: the history holds the customer's words sealed, the codec opens
// them for an operator until the erasure, and after it answers `[erased]`.
let cluster: Cluster;
let raw: Client;

beforeAll(async () => {
  cluster = await startCluster({ topology: 'cluster' });
  // No codec: the history exactly as temporal-server stores it.
  raw = await connectClient({ address: cluster.temporalAddress, namespace: 'default' });
}, 900_000);

afterAll(async () => {
  await raw?.connection.close();
  await cluster?.stop();
});

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cluster.intakeUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${cluster.adminKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('erasure on the production topology', () => {
  it('crypto-shreds the customer\'s words in temporal-server\'s own history, and ends their workflow', { timeout: 300_000 }, async () => {
    const customerId = `cust-${randomUUID()}`;
    const posted = await call('POST', '/v1/requests', { customerId, subject: 'gryphonic subject', body: 'gryphonic body' });
    expect(posted.status).toBe(202);
    const id = posted.body['id'] as string;
    const workflowId = posted.body['workflowId'] as string;
    await eventually('the request to be classified', async () => ((await call('GET', `/v1/requests/${id}`)).body['status'] === 'classified' ? true : undefined), 120_000);

    const payloads = historyPayloads(await raw.workflow.getHandle(workflowId).fetchHistory());
    expect(payloads.map((payload) => Buffer.from(payload.data, 'base64').toString('utf8')).join('\n')).not.toMatch(/gryphonic/);
    const decode = async () => {
      const answer = await call('POST', '/codec/decode', { payloads });
      expect(answer.status).toBe(200);
      return (answer.body['payloads'] as { data: string }[]).map((payload) => Buffer.from(payload.data, 'base64').toString('utf8')).join('\n');
    };
    expect(await decode()).toContain('gryphonic subject');

    const erased = await call('POST', `/v1/customers/${customerId}/erase`, {});
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ erased: { requests: 1, dataKeys: 1 } });
    const after = await decode();
    expect(after).not.toMatch(/gryphonic/);
    expect(after).toContain('[erased]');
    expect((await raw.workflow.getHandle(workflowId).describe()).status.name).toBe('TERMINATED');
  });
});
