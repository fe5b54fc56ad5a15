/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { createTestDatabase, repoRoot, type RunningPostgres } from '@caseflow/test-harness';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seedDemo } from './browser';
import { createNamespace } from './namespace';
import { printOutputs } from './processes';
import { type RunningSystem, startSystem } from './system';

/**
 * The support lead's dashboard in a real browser (Debian's chromium driven by
 * playwright-core) against the real processes, over a month of demo data seeded by
 * `caseflow demo seed`. Screenshots go to test-artifacts/dashboard/ (git-ignored).
 */
const artifacts = join(repoRoot(), 'test-artifacts', 'dashboard');
const panels = ['panel-volume', 'panel-sla', 'panel-resolution', 'panel-csat', 'panel-classifier', 'panel-topics', 'panel-at-risk'];
const charts = ['chart-volume', 'chart-sla', 'chart-resolution', 'chart-csat', 'chart-classifier'];

let system: RunningSystem;
let database: RunningPostgres;
let db: Db;
let browser: Browser;
let page: Page;
let seedOutput = '';
/** The query string of the page's latest volume-by-category question, to ask the API the very same one. */
let pageVolumeQuery = '';

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const [namespace, postgres] = await Promise.all([createNamespace(inject('temporalAddress')), createTestDatabase(inject('databaseUrl'))]);
  database = postgres;
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  system = await startSystem({ databaseUrl: database.databaseUrl, temporalAddress: inject('temporalAddress'), temporalNamespace: namespace, autoCloseAfterSeconds: 600 });
  const seeded = await seedDemo(system, database.databaseUrl, 1500);
  seedOutput = seeded.output;
  const code = seeded.code;
  expect(code, seedOutput).toBe(0);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/v1/analytics/volume' && url.searchParams.get('groupBy') === 'category') pageVolumeQuery = url.search;
  });
}, 240_000);

afterEach((context) => {
  if (context.task.result?.state !== 'fail' || system === undefined) return;
  console.error(`---- demo seed\n${seedOutput}`);
  printOutputs([system.intake]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
  await db?.destroy();
  await database?.stop();
});

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
