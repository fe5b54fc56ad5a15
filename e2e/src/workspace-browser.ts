/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eventually, type RunningPostgres } from '@caseflow/test-harness';
import { SmtpMailbox } from '@caseflow/test-harness/smtp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, seedDemo } from './browser';
import { startOwnSystem } from './own-system';
import { printOutputs } from './processes';
import type { RunningSystem } from './system';

/** Helpers of the workspace's browser tests: the system they drive, requests, signing in, axe-core, waiting for the page. */

/**
 * What a workspace browser test drives: the whole system (intake, workflows, classification,
 * notification with a loopback mailbox as its SMTP server), demo data and agents from
 * `caseflow demo seed`, and Debian's chromium.
 */
export interface WorkspaceRig {
  system: RunningSystem;
  databaseUrl: string;
  mailbox: SmtpMailbox;
  browser: Browser;
  seedOutput: string;
  /** A fresh browser context (its own cookies) at 1280×800, closed by stop(). */
  newPage(): Promise<Page>;
  /** What the processes and the seed said, for a failed test. */
  printOutputs(): void;
  stop(): Promise<void>;
}

export async function startWorkspaceRig(options: { seedCount: number }): Promise<WorkspaceRig> {
  const parts: { database?: RunningPostgres; mailbox?: SmtpMailbox; system?: RunningSystem; browser?: Browser } = {};
  const contexts: BrowserContext[] = [];
  const stop = async () => {
    for (const context of contexts) await context.close();
    await parts.browser?.close();
    await parts.system?.stop();
    await parts.mailbox?.stop();
    await parts.database?.stop();
  };
  try {
    const mailbox = (parts.mailbox = await new SmtpMailbox().start());
    const conversation = { REPLY_TOKEN_KEY: `e2e-reply-key-${randomUUID()}`, INBOUND_DOMAIN: 'caseflow.local' };
    const own = await startOwnSystem({
      intakeEnv: conversation,
      autoCloseAfterSeconds: 600,
      notificationEnv: { ...conversation, SMTP_URL: mailbox.smtpUrl, EMAIL_FROM: 'caseflow <support@caseflow.local>' },
    });
    const { system, database } = own;
    parts.system = system;
    parts.database = database;
    const seeded = await seedDemo(system, database.databaseUrl, options.seedCount);
    expect(seeded.code, seeded.output).toBe(0);
    // The demo agents `demo seed` created (ana and li serve the demo's queues, lee is a lead).
    expect(seeded.output).toContain('ana@demo.caseflow.local');
    const browser = (parts.browser = await launchChromium());
    return {
      system,
      databaseUrl: database.databaseUrl,
      mailbox,
      browser,
      seedOutput: seeded.output,
      newPage: async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
        contexts.push(context);
        return context.newPage();
      },
      printOutputs: () => {
        console.error(`---- demo seed\n${seeded.output}`);
        printOutputs([system.intake, system.workflows, system.notification]);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

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

/**
 * The list shows the view the address asks for, loaded. The address changes at once on a
 * click, the load starts a task later (hashchange): until then the last view's rows are
 * still there and `listBusy` still says done, so both are checked.
 */
export async function listReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const asked = /^#\/view\/(.+)$/.exec(location.hash)?.[1];
      const view = asked === undefined ? undefined : decodeURIComponent(asked);
      return document.body.dataset['listBusy'] === '0' && (view === undefined || document.body.dataset['listView'] === view);
    },
    undefined,
    { timeout: 30_000 },
  );
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
