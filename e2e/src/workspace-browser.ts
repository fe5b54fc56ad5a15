/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eventually } from '@caseflow/test-harness';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningSystem } from './system';

/** Helpers of the workspace's browser test: requests, signing in, axe-core, waiting for the page. */

/** The demo agents' password, as `caseflow demo seed` prints it. */
export const password = 'demo-password-1';

/** A request of a customer with an e-mail address, once classified. */
export async function classifiedRequest(system: RunningSystem, email: string, subject: string, body: string): Promise<{ id: string; queue: string }> {
  const accepted = await system.call('POST', '/v1/requests', { customer: { externalId: `crm-${email}`, name: 'Ada Lovelace', email }, subject, body });
  expect(accepted.status).toBe(202);
  const id = accepted.body['id'] as string;
  return eventually(`request ${id} classified`, async () => {
    const answer = await system.call('GET', `/v1/requests/${id}`);
    return answer.body['status'] === 'classified' ? { id, queue: answer.body['queue'] as string } : undefined;
  });
}

export async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/app`);
  await page.waitForSelector('#signin-form');
  await page.fill('#signin-email', email);
  await page.fill('#signin-password', password);
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#app-view:not([hidden])');
  await listReady(page);
}

export async function listReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['listBusy'] === '0', undefined, { timeout: 30_000 });
}

export async function requestReady(page: Page, id: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('.request')?.getAttribute('data-id') === wanted && document.body.dataset['requestBusy'] === '0', id, { timeout: 30_000 });
}

export async function statusOf(page: Page): Promise<string | null> {
  return page.getAttribute('.request', 'data-status');
}

export async function waitForStatus(page: Page, status: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('.request')?.getAttribute('data-status') === wanted, status, { timeout });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's rules on the page as it is: no serious or critical violation. The source is
 * evaluated through the debugging protocol, which the page's CSP does not govern (a
 * <script> tag would be refused, as it should be).
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave, `${what}: ${JSON.stringify(grave, null, 1)}`).toEqual([]);
}
