import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import { workspaceBuilt } from '@caseflow/workspace';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing';

let temporal: Client;
let built: TestApp;

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: 'workspace-ns', temporalUiUrl: 'https://temporal.example.com/' });
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
});

// infra/bootstrap.sh builds the page before tests run; the assertions below need that build.
describe.runIf(workspaceBuilt())('the agent workspace page at /app', () => {
  it('serves the page without a credential, under a CSP that allows no inline or foreign script', async () => {
    const answer = await built.app.inject({ method: 'GET', url: '/app' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toContain('text/html');
    expect(answer.headers['cache-control']).toBe('no-cache');
    const csp = String(answer.headers['content-security-policy']);
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(answer.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = /src="(\/app\/assets\/[\w.-]+\.js)"/.exec(answer.body)?.[1];
    expect(script).toBeDefined();
    const asset = await built.app.inject({ method: 'GET', url: script! });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('tells the page where the Temporal Web UI is, and nothing else', async () => {
    const answer = await built.app.inject({ method: 'GET', url: '/app/settings.json' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ temporalUiUrl: 'https://temporal.example.com', namespace: 'workspace-ns' });
  });

  it('serves no other file: other paths under /app are 404, traversal leaves /app (and then needs a credential)', async () => {
    for (const url of ['/app/nothing.txt', '/app/assets/%2e%2e%2fpackage.json', '/app/src/index.ts']) {
      expect((await built.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    for (const url of ['/app/../package.json', '/app/assets/../../src/index.ts']) {
      expect((await built.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});
