import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { payloadCodecsFor } from '@caseflow/codec';
import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing';

/**
 * The Temporal Web UI calls the codec endpoint from the browser, on another port of the same
 * host, with `credentials: "include"` when its codec setting "include credentials" is on.
 * This drives a real Chromium through the same fetch the UI makes (ui-server v2.42.1's
 * bundle): the session cookie (SameSite=Lax) goes along because both ports are the same
 * site, and CORS with credentials lets exactly the configured UI origin read the answer.
 */
let temporal: Client;
let built: TestApp;
let browser: Browser;
let intakeUrl: string;
const pages: Server[] = [];
const origins: string[] = [];

async function servePage(): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ui</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pages.push(server);
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  origins.push(await servePage(), await servePage());
  built = await buildTestApp({
    databaseUrl: inject('databaseUrl'),
    temporal,
    namespace: inject('temporalNamespace'),
    payloadCodecs: payloadCodecsFor([{ id: 'browser-test', key: randomBytes(32) }]),
    // Only the first page is the Temporal UI; the second is another local page.
    codecCorsOrigins: [origins[0] ?? ''],
  });
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  intakeUrl = `http://localhost:${(built.app.server.address() as AddressInfo).port}`;
  const executablePath = process.env['CHROMIUM_PATH'] ?? execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await built?.close();
  for (const server of pages) server.close();
  await temporal?.connection.close();
});

/** From a page of `origin`, with the session cookie of `cookie` (if any), what the UI's codec fetch gets. */
async function decodeFrom(origin: string, cookie: string | undefined, payloads: unknown): Promise<{ status: number; body: unknown } | 'blocked'> {
  const context = await browser.newContext();
  try {
    if (cookie !== undefined) {
      const [name = '', value = ''] = cookie.split('=');
      await context.addCookies([{ name, value, domain: 'localhost', path: '/', httpOnly: true, sameSite: 'Lax' }]);
    }
    const page = await context.newPage();
    await page.goto(origin);
    return await page.evaluate(
      async ({ url, body }) => {
        try {
          const answer = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default' }, body: JSON.stringify(body) });
          return { status: answer.status, body: await answer.json() };
        } catch {
          return 'blocked' as const;
        }
      },
      { url: `${intakeUrl}/codec/decode`, body: payloads },
    );
  } finally {
    await context.close();
  }
}

describe('codec endpoint from the Temporal UI in a browser', () => {
  it('decodes for a signed-in lead from the UI origin, and for nobody else', async () => {
    const payload = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"card never arrived"').toString('base64') };
    const encoded = (await built.injectAsAdmin({ method: 'POST', url: '/codec/encode', payload: { payloads: [payload] } })).json();
    const lead = await built.agentWith('lead');
    const agent = await built.agentWith('agent');
    const [ui, elsewhere] = origins as [string, string];

    expect(await decodeFrom(ui, lead.cookie, encoded)).toEqual({ status: 200, body: { payloads: [payload] } });
    expect(await decodeFrom(ui, undefined, encoded)).toMatchObject({ status: 401 });
    // An agent serves some queues; the codec would show every customer's text.
    expect(await decodeFrom(ui, agent.cookie, encoded)).toMatchObject({ status: 403 });
    // Another page on the same host gets the cookie sent (same site) but neither an answer nor a decode.
    expect(await decodeFrom(elsewhere, lead.cookie, encoded)).toBe('blocked');
    const direct = await built.app.inject({ method: 'POST', url: '/codec/decode', headers: { cookie: lead.cookie, origin: elsewhere }, payload: encoded });
    expect(direct.json().error.code).toBe('csrf_failed');
  });

  it('works after signing in on the /signin page: the cookie it sets is the one the UI\'s codec call carries', async () => {
    const payload = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"where is my card"').toString('base64') };
    const encoded = (await built.injectAsAdmin({ method: 'POST', url: '/codec/encode', payload: { payloads: [payload] } })).json();
    const lead = await built.agentWith('lead');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${intakeUrl}/signin`);
      await page.fill('input[name=email]', lead.email);
      await page.fill('input[name=password]', lead.password);
      await page.click('button:has-text("Sign in")');
      await page.waitForSelector('text=Signed in as', { timeout: 30_000 });
      await page.goto(origins[0] ?? '');
      const answer = await page.evaluate(async ({ url, body }) => {
        const r = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default' }, body: JSON.stringify(body) });
        return { status: r.status, body: await r.json() };
      }, { url: `${intakeUrl}/codec/decode`, body: encoded });
      expect(answer).toEqual({ status: 200, body: { payloads: [payload] } });
    } finally {
      await context.close();
    }
  });
});
