/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { payloadCodecsFor } from '@caseflow/codec';
import type { IncidentDetectionOutcome } from '@caseflow/contracts';
import { connectClient } from '@caseflow/temporal';
import { eventually, repoRoot, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seedDemo } from './browser';
import { incidentDetector, outage } from './incident-detection';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { Json, RunningSystem } from './system';
import { listReady, password } from './workspace-browser';

/**
 * The support lead's dashboard in a real browser (Debian's chromium driven by
 * playwright-core) against the real processes, over a month of demo data seeded by
 * `caseflow demo seed`, and an incident the real detection Schedule found in requests
 * posted through the API. Screenshots go to test-artifacts/dashboard/ (git-ignored).
 */
const artifacts = join(repoRoot(), 'test-artifacts', 'dashboard');
const panels = ['panel-incidents', 'panel-volume', 'panel-sla', 'panel-resolution', 'panel-csat', 'panel-classifier', 'panel-topics', 'panel-at-risk'];
const charts = ['chart-volume', 'chart-sla', 'chart-resolution', 'chart-csat', 'chart-classifier'];

let system: RunningSystem;
let database: RunningPostgres;
/** The incident the test's outage made, as the API shows it. */
let incident: Json;
let temporal: Client;
/** Runs the detection Schedule now; answers that run's outcome. */
let detectNow: () => Promise<IncidentDetectionOutcome>;
let browser: Browser;
let page: Page;
let seedOutput = '';
/** The query string of the page's latest volume-by-category question, to ask the API the very same one. */
let pageVolumeQuery = '';

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // Detection runs only when the test triggers it: a run of the Schedule's own could come between the posts.
  const own = await startOwnSystem({ autoCloseAfterSeconds: 600, classificationEnv: { INCIDENT_DETECTION_INTERVAL_SECONDS: '3600' } });
  ({ system, database } = own);
  const seeded = await seedDemo(system, database.databaseUrl, 1500);
  seedOutput = seeded.output;
  const code = seeded.code;
  expect(code, seedOutput).toBe(0);
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: own.namespace, payloadCodecs: payloadCodecsFor(system.codecKeys) });
  detectNow = incidentDetector(temporal);
  incident = await detectOutage();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/v1/analytics/volume' && url.searchParams.get('groupBy') === 'category') pageVolumeQuery = url.search;
  });
}, 240_000);

printOutputsOnFailure(() => {
  if (system === undefined) return undefined;
  console.error(`---- demo seed\n${seedOutput}`);
  return [system.intake, system.classification];
});

afterAll(async () => {
  await browser?.close();
  await temporal?.connection.close();
  await system?.stop();
  await database?.stop();
});

/**
 * Ten different customers write about the same outage through the API, as in
 * incidents.test.ts, and the real Schedule runs: answers the incident the API then lists.
 */
async function detectOutage(): Promise<Json> {
  const posted: string[] = [];
  for (let i = 0; i < 10; i++) posted.push(await postOutage(i));
  await classified(posted);
  // The demo's own requests of the last hour may make incidents of their own: this one is found by its requests.
  expect((await detectNow()).created).toBeGreaterThanOrEqual(1);
  const listed = (await api('/v1/analytics/topics'))['incidents'] as Json[];
  const found = [];
  for (const candidate of listed) {
    const members = (await api(`/v1/requests?incident=${candidate['id']}&limit=100`))['items'] as Json[];
    if (members.some((member) => posted.includes(member['id']))) found.push({ ...candidate, members: members.map((member) => member['id']) });
  }
  expect(found).toHaveLength(1);
  expect(found[0]!['members'].toSorted()).toEqual(posted.toSorted());
  return found[0]!;
}

async function postOutage(i: number): Promise<string> {
  const accepted = await system.call('POST', '/v1/requests', { customer: { externalId: `crm-${randomUUID()}`, name: `Customer ${i}` }, ...outage(i) });
  expect(accepted.status).toBe(202);
  return accepted.body['id'] as string;
}

async function classified(posted: string[]): Promise<void> {
  await eventually('the outage requests classified', async () => {
    for (const id of posted) {
      const events = (await system.call('GET', `/v1/requests/${id}/events`)).body['items'] as Json[];
      if (!events.some((event) => event['type'] === 'request.classified')) return undefined;
    }
    return true;
  }, 120_000, 500);
}

/** A new answer, computed for this call: not the one intake shares with the page. */
async function api(path: string) {
  const answer = await system.call('GET', path, undefined, { 'cache-control': 'no-cache' });
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Every panel has finished its request and shows data (not loading, empty or an error). */
async function allPanelsReady(): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['busy'] === '0', undefined, { timeout: 30_000 });
  for (const id of panels) expect(await page.getAttribute(`#${id}`, 'data-state'), id).toBe('ready');
}

const kpi = (id: string) => page.textContent(`#${id} .value`);

describe('the dashboard in a real browser', () => {
  it('asks for an API key once, keeps it out of the URL, and renders every chart with data', async () => {
    await page.goto(`${system.intakeUrl}/dashboard`);
    await page.waitForSelector('#key-dialog[open]');
    await page.fill('#key', system.adminKey);
    await page.click('#key-form button[type=submit]');
    await page.waitForFunction(() => document.body.dataset['busy'] !== '0' || document.querySelector('#panel-volume')?.getAttribute('data-state') === 'ready');
    await page.waitForFunction(() => document.body.dataset['busy'] === '0', undefined, { timeout: 30_000 });
    // Taken before the assertions, so a failure comes with a picture of it.
    await page.screenshot({ path: join(artifacts, 'dashboard-en.png'), fullPage: true });
    await allPanelsReady();
    expect(page.url()).not.toContain(system.adminKey);
    expect(await page.evaluate(() => sessionStorage.getItem('caseflow.apiKey'))).toBe(system.adminKey);

    for (const id of charts) {
      // ECharts draws into a canvas sized to its box: present, visible and not blank.
      const size = await page.$eval(`#${id} canvas`, (canvas) => ({ w: (canvas as HTMLCanvasElement).width, h: (canvas as HTMLCanvasElement).height }));
      expect(size.w, id).toBeGreaterThan(100);
      expect(size.h, id).toBeGreaterThan(100);
    }
    const volume = await api(`/v1/analytics/volume${pageVolumeQuery}`);
    expect(Number((await kpi('kpi-requests'))?.replace(/\D/g, ''))).toBe(volume['total']);
    expect(volume['total']).toBeGreaterThan(1000);
    expect(await page.$$eval('#topics .topic', (nodes) => nodes.length)).toBeGreaterThan(0);
    expect(await page.textContent('#topics')).toMatch(/staking|数字|人民/);
    expect(await page.$$eval('#at-risk a[href*="/workflows/request-"]', (links) => links.length)).toBeGreaterThan(0);
    // Each request at risk opens in the workspace, where a lead can act on it.
    const opens = await page.$$eval('#at-risk tbody tr', (rows) => rows.map((row) => row.querySelector('td.subject a')?.getAttribute('href') ?? ''));
    expect(opens.length).toBeGreaterThan(0);
    for (const href of opens) expect(href).toMatch(/^\/app#\/request\/[0-9a-f-]{36}$/);
    // The README's picture of the dashboard: demo data, every chart drawn, an incident ongoing.
    mkdirSync(join(repoRoot(), 'docs', 'images'), { recursive: true });
    copyFileSync(join(artifacts, 'dashboard-en.png'), join(repoRoot(), 'docs', 'images', 'dashboard.png'));
  });

  it('shows the detected incident with its customers, requests, category, subject and times, and links to its requests in the workspace', { timeout: 120_000 }, async () => {
    const row = page.locator('#incidents tbody tr', { hasText: outage(0).subject });
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    const [state, subject, category, customers, requests, first, last] = cells;
    expect(state).toBe('Ongoing');
    expect(subject).toBe(incident['subject']);
    expect(category).toBe(incident['category'] === null ? '—' : (incident['category'] as string).replaceAll('_', ' '));
    expect([customers, requests]).toEqual(['10', '10']);
    expect(incident).toMatchObject({ status: 'open', size: 10, requests: 10 });
    // Shown in the page's time zone and language, as the browser formats them.
    const shown = await page.evaluate(([from, to]) => {
      const format = new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
      return [format.format(new Date(from!)), format.format(new Date(to!))];
    }, [incident['firstAt'] as string, incident['lastAt'] as string]);
    expect([first, last]).toEqual(shown);
    expect(await page.textContent('#incidents-count')).toMatch(/^[1-9]\d* open · \d+ over$/);

    const link = row.locator('a');
    expect(await link.getAttribute('href')).toBe(`/app#/view/incident:${incident['id']}`);
    const [workspace] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    try {
      // The workspace asks a lead to sign in, then opens the view the link named.
      await workspace.waitForSelector('#signin-form');
      await workspace.fill('#signin-email', 'lead@demo.caseflow.local');
      await workspace.fill('#signin-password', password);
      await workspace.click('#signin-form button[type=submit]');
      await workspace.waitForSelector('#app-view:not([hidden])');
      await listReady(workspace);
      expect(await workspace.textContent('#list-title')).toBe('Requests of one incident');
      const listed = await workspace.$$eval('#list tbody tr', (rows) => rows.map((tr) => tr.getAttribute('data-id')));
      expect(listed.toSorted()).toEqual((incident['members'] as string[]).toSorted());
      await workspace.screenshot({ path: join(artifacts, 'workspace-incident.png') });
    } finally {
      await workspace.close();
    }
  });

  it('shows an incident growing on Refresh, without a reload', { timeout: 180_000 }, async () => {
    const row = page.locator('#incidents tbody tr', { hasText: outage(0).subject });
    await classified([await postOutage(10)]);
    expect((await detectNow()).grown).toBeGreaterThanOrEqual(1);
    await page.click('#refresh');
    await page.waitForFunction(() => document.body.dataset['busy'] === '0', undefined, { timeout: 30_000 });
    expect((await row.locator('td').allTextContents()).slice(3, 5)).toEqual(['11', '11']);
  });

  it('narrows every number to the chosen queue', async () => {
    const before = await kpi('kpi-requests');
    const queues = await page.$$eval('#queue option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(queues).toContain('cards');
    await page.selectOption('#queue', 'cards');
    await page.waitForFunction((previous) => document.querySelector('#kpi-requests .value')?.textContent !== previous, before);
    await allPanelsReady();
    expect(new URL(`http://x${pageVolumeQuery}`).searchParams.get('queue')).toBe('cards');
    const cards = await api(`/v1/analytics/volume${pageVolumeQuery}`);
    const after = await kpi('kpi-requests');
    expect(Number(after?.replace(/\D/g, ''))).toBe(cards['total']);
    expect(Number(after?.replace(/\D/g, ''))).toBeLessThan(Number(before?.replace(/\D/g, '')));
    for (const queue of await page.$$eval('#at-risk tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent))) expect(queue).toBe('cards');
    await page.screenshot({ path: join(artifacts, 'dashboard-cards-queue.png'), fullPage: true });
  });

  it('switches its text to Chinese and back', async () => {
    expect(await page.textContent('#panel-volume h2')).toBe('Requests by category');
    await page.click('#language');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('#panel-volume h2')).toBe('按类别的请求量');
    expect(await page.textContent('#kpi-sla .label')).toBe('SLA 达成率');
    expect(await page.textContent('#at-risk thead')).toContain('处理人');
    expect(await page.textContent('#panel-incidents h2')).toContain('突发事件');
    expect(await page.textContent('#incidents tbody')).toContain('进行中');
    await page.screenshot({ path: join(artifacts, 'dashboard-zh.png'), fullPage: true });
    await page.click('#language');
    expect(await page.textContent('#panel-volume h2')).toBe('Requests by category');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.selectOption('#queue', '');
    await page.waitForFunction(() => document.body.dataset['busy'] === '0', undefined, { timeout: 30_000 });
    await page.screenshot({ path: join(artifacts, 'dashboard-phone.png'), fullPage: true });
    await allPanelsReady();
    // Nothing wider than the screen: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows a clear error in each panel when the key is refused, and asks for a key again', async () => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.evaluate(() => sessionStorage.setItem('caseflow.apiKey', 'cf_not-a-valid-key-000000000000'));
    await page.click('#refresh');
    await page.waitForSelector('#key-dialog[open]');
    expect(await page.isVisible('#key-error')).toBe(true);
    await page.waitForFunction(() => document.body.dataset['busy'] === '0');
    expect(await page.getAttribute('#panel-volume', 'data-state')).toBe('error');
    expect(await page.textContent('#panel-volume .status')).toMatch(/Could not load/);
  });
});
