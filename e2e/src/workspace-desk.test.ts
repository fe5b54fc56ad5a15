/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eventually } from '@caseflow/test-harness';
import { createTransport } from 'nodemailer';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authorized, type RunningSystem } from './system';
import { classifiedRequest, expectAccessible, listReady, requestReady, signIn, startWorkspaceRig, type WorkspaceRig } from './workspace-browser';

/**
 * The rest of an agent's day in the real browser (workspace.test.ts walks the main path):
 * the SLA countdown's warning, a customer's attachment downloaded from the thread, canned
 * responses from a lead's hands to an agent's '/', availability from the header, and the
 * list and composer by keyboard alone.
 */
const run = randomUUID().slice(0, 8);
const customerEmail = `grace-${run}@example.com`;

let rig: WorkspaceRig;
let system: RunningSystem;
let ana: Page;

beforeAll(async () => {
  rig = await startWorkspaceRig({ seedCount: 120 });
  system = rig.system;
  ana = await rig.newPage();
  await signIn(ana, system.intakeUrl, 'ana@demo.caseflow.local');
}, 900_000);

afterEach((context) => {
  if (context.task.result?.state === 'fail') rig?.printOutputs();
});

afterAll(async () => {
  await rig?.stop();
});

const slaOf = (page: Page, id: string) => page.$eval(`tr[data-id="${id}"] .sla`, (span) => ({ className: span.className, text: span.textContent ?? '', warn: (span as HTMLElement).dataset['warn'] ?? '' }));

/** A customer's e-mail answering a request, as a mail provider's inbound webhook posts it (raw RFC 822). */
async function mailIn(requestId: string, text: string, attachment: { filename: string; content: string }): Promise<void> {
  const composed = await createTransport({ streamTransport: true, buffer: true }).sendMail({
    from: customerEmail,
    to: 'support@caseflow.local',
    subject: 'Re: your request',
    inReplyTo: `<request-${requestId}@caseflow.local>`,
    references: [`<request-${requestId}@caseflow.local>`],
    messageId: `<answer-${randomUUID()}@example.com>`,
    text,
    attachments: [attachment],
  });
  const response = await fetch(`${system.intakeUrl}/v1/inbound/email`, { method: 'POST', headers: authorized(system.adminKey, { 'content-type': 'message/rfc822' }), body: new Uint8Array(composed.message as Buffer) });
  expect(await response.json()).toMatchObject({ outcome: 'recorded', requestId });
}

describe('the agent workspace, beyond the main path', () => {
  it('shows a row On track until the policy\'s warn fraction, then amber with the words "Due soon"', { timeout: 240_000 }, async () => {
    const everyHour = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00' };
    // Warns after 0.3 × 3 business minutes = 54 s, due after 3 minutes, on a calendar that never closes.
    const policy = await system.call('POST', '/v1/sla-policies', { name: `Quick ${run}`, priority: 'normal', category: 'card_arrival', firstResponseMinutes: 3, resolutionMinutes: 60, warnFraction: 0.3, calendar: everyHour });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const quick = await classifiedRequest(system, customerEmail, 'My new card has not arrived', 'I ordered a new card two weeks ago and it still has not arrived. Where is it?');
    const detail = (await system.call('GET', `/v1/requests/${quick.id}`)).body;
    // Said plainly if the classifier put the text elsewhere: the policy would not apply.
    expect([detail['category'], detail['priority']]).toEqual(['card_arrival', 'normal']);
    const listed = await eventually('the request on the policy', async () => {
      const items = (await system.call('GET', `/v1/requests?customerId=${encodeURIComponent(String(detail['customerId']))}&limit=100`)).body['items'] as { id: string; category: string; slaDueAt: string | null; slaWarnAt: string | null }[];
      const item = items.find((candidate) => candidate.id === quick.id);
      return item?.slaWarnAt ? item : undefined;
    });
    expect(listed.category).toBe('card_arrival');
    const warnAt = Date.parse(listed.slaWarnAt!);
    expect(warnAt).toBeLessThan(Date.parse(listed.slaDueAt!));

    await ana.click('a[data-view="unassigned"]');
    await listReady(ana);
    const before = await slaOf(ana, quick.id);
    expect(Date.now(), 'the list was shown before the warning time').toBeLessThan(warnAt);
    expect(before).toMatchObject({ className: 'sla sla-ok', warn: listed.slaWarnAt });
    expect(before.text).toMatch(/^On track · /);
    // The countdown turns by itself (a tick, or the live sla_warning event), without a reload.
    await ana.waitForFunction((id) => document.querySelector(`tr[data-id="${id}"] .sla`)?.classList.contains('sla-soon') ?? false, quick.id, { timeout: 120_000, polling: 500 });
    const after = await slaOf(ana, quick.id);
    expect(Date.now()).toBeGreaterThanOrEqual(warnAt);
    expect(after.text).toMatch(/^Due soon · \d/);
    await expectAccessible(ana, 'list with a warned request');
  });

  it('never calls a row of Breaching soon "On track", even when its office closes for the night before it is due', { timeout: 60_000 }, async () => {
    await ana.click('a[data-view="breaching"]');
    await listReady(ana);
    const labels = await ana.$$eval('#list tbody .sla', (spans) => spans.map((span) => span.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^(Due soon|Breached) · /);
  });

  it('shows a customer\'s e-mailed attachment in the thread, and its link downloads the very file', { timeout: 120_000 }, async () => {
    const asked = await classifiedRequest(system, customerEmail, `Charged twice ${run}`, 'I was charged twice for the same purchase, please refund the second payment.');
    const receipt = { filename: `receipt-${run}.txt`, content: `Receipt ${run}: two payments of 42.00 EUR on 28 November.\n` };
    await mailIn(asked.id, 'Here is the receipt of both payments.', receipt);

    await ana.goto(`${system.intakeUrl}/app#/request/${asked.id}`);
    await requestReady(ana, asked.id);
    const link = ana.locator('.timeline .m-customer .attachments a', { hasText: receipt.filename });
    await link.waitFor();
    expect(await ana.textContent('.timeline .m-customer:has(.attachments) .body')).toBe('Here is the receipt of both payments.');
    const [download] = await Promise.all([ana.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(receipt.filename);
    expect(readFileSync(await download.path(), 'utf8')).toBe(receipt.content);
    await expectAccessible(ana, 'request page with an attachment');
  });

  it('shows the resolution clock of a request waiting on the customer as paused with its business time left, not as "No SLA"', { timeout: 120_000 }, async () => {
    const asked = await classifiedRequest(system, customerEmail, `Refund missing ${run}`, 'The refund you promised has not reached my account.');
    await ana.goto(`${system.intakeUrl}/app#/request/${asked.id}`);
    await requestReady(ana, asked.id);
    for (const action of ['#action-assign-me', '#action-start']) {
      await ana.click(action);
      await ana.waitForSelector(`${action}`, { state: 'detached' });
    }
    await ana.fill('#action-wait-text', 'the bank statement of 28 November');
    await ana.click('#action-wait button[type=submit]');
    await ana.waitForFunction(() => document.querySelector('.request')?.getAttribute('data-status') === 'waiting_on_customer');
    // A paused clock has no due time: the page said "No SLA" for it, as if the request had no target.
    await ana.waitForFunction(() => document.querySelector('[data-clock="resolution"]')?.textContent?.includes('Paused') ?? false);
    expect(await ana.textContent('[data-clock="resolution"]')).toMatch(/left \(business time\) · Paused \(waiting on the customer\)/);
  });

  it('a lead creates, edits and deletes a canned response; an agent inserts it with "/" filled in, and no longer once deleted', { timeout: 120_000 }, async () => {
    const asked = await classifiedRequest(system, customerEmail, `Refund question ${run}`, 'When will I get the refund for the returned item?');
    // Ana's page was drawn before the lead's changes: it must pick them up without a reload.
    await ana.goto(`${system.intakeUrl}/app#/view/unassigned`);
    await listReady(ana);

    const lead = await rig.newPage();
    await signIn(lead, system.intakeUrl, 'lead@demo.caseflow.local');
    await lead.click('#macros-link');
    await lead.waitForSelector('#macro-new');
    await lead.fill('#macro-new-name', `Refund pending ${run}`);
    await lead.fill('#macro-new-body', 'Dear {{customer.name}}, the refund is pending.');
    await lead.click('#macro-new button[type=submit]');
    const macroId = await eventually('the new canned response listed', async () =>
      lead.evaluate((name) => Array.from(document.querySelectorAll<HTMLLIElement>('li.macro')).find((li) => li.querySelector('input')?.value === name)?.dataset['id'], `Refund pending ${run}`),
    );
    await lead.fill(`#macro-name-${macroId}`, `Refund sent ${run}`);
    await lead.fill(`#macro-body-${macroId}`, 'Dear {{customer.name}}, the refund for request {{request.id}} has been sent.');
    await lead.click(`li.macro[data-id="${macroId}"] button:not(.danger)`);
    const edited = await eventually('the edit saved', async () => {
      const items = (await system.call('GET', '/v1/macros')).body['items'] as { id: string; name: string; body: string }[];
      return items.find((macro) => macro.id === macroId && macro.name === `Refund sent ${run}`);
    });
    expect(edited.body).toBe('Dear {{customer.name}}, the refund for request {{request.id}} has been sent.');

    await ana.click(`tr[data-id="${asked.id}"] a.subject`);
    await requestReady(ana, asked.id);
    await ana.waitForSelector('#customer-panel');
    await ana.keyboard.press('r');
    await ana.keyboard.type(`/${run}`);
    await ana.waitForSelector('#composer-reply-macros:not([hidden]) [role=option]');
    expect(await ana.textContent('#composer-reply-macros [role=option]')).toBe(`Refund sent ${run}`);
    await ana.keyboard.press('Enter');
    expect(await ana.inputValue('#composer-reply-text')).toBe(`Dear Ada Lovelace, the refund for request ${asked.id} has been sent.`);
    await ana.fill('#composer-reply-text', '');

    await lead.click(`li.macro[data-id="${macroId}"] button.danger`);
    await lead.waitForSelector(`li.macro[data-id="${macroId}"]`, { state: 'detached' });
    expect(((await system.call('GET', '/v1/macros')).body['items'] as { id: string }[]).map((macro) => macro.id)).not.toContain(macroId);
    await ana.click('#back-link');
    await listReady(ana);
    await ana.click(`tr[data-id="${asked.id}"] a.subject`);
    await requestReady(ana, asked.id);
    await ana.click('#composer-reply-text');
    await ana.keyboard.type(`/${run}`);
    await ana.waitForTimeout(500);
    expect(await ana.$$('#composer-reply-macros [role=option]')).toHaveLength(0);
  });

  it('sets availability from the header: the API shows it, and a change the server refused is not shown as made', { timeout: 120_000 }, async () => {
    const agents = (await system.call('GET', '/v1/agents?limit=100')).body['items'] as { id: string; email: string; availability: string }[];
    const anaId = agents.find((agent) => agent.email === 'ana@demo.caseflow.local')!.id;
    const availabilityOf = async () => (await system.call('GET', `/v1/agents/${anaId}`)).body['availability'];
    await ana.goto(`${system.intakeUrl}/app#/view/mine`);
    await listReady(ana);

    await ana.selectOption('#availability', 'away');
    await eventually('away in the API', async () => ((await availabilityOf()) === 'away' ? true : undefined));
    await ana.reload();
    await listReady(ana);
    expect(await ana.inputValue('#availability')).toBe('away');

    await ana.route('**/v1/agents/*', (route) => (route.request().method() === 'PATCH' ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'try again' } }) }) : route.continue()));
    await ana.selectOption('#availability', 'offline');
    await ana.waitForSelector('#header-notice:not([hidden])');
    expect(await ana.textContent('#header-notice')).toContain('Availability not changed');
    expect(await ana.inputValue('#availability')).toBe('away');
    expect(await availabilityOf()).toBe('away');
    await ana.unroute('**/v1/agents/*');

    await ana.selectOption('#availability', 'available');
    await eventually('available in the API', async () => ((await availabilityOf()) === 'available' ? true : undefined));
    expect(await ana.isHidden('#header-notice')).toBe(true);
  });

  it('moves in a list with j and k, opens with Enter, writes a note with n and a reply with r, and goes back with Escape', { timeout: 120_000 }, async () => {
    await ana.goto(`${system.intakeUrl}/app#/view/unassigned`);
    await listReady(ana);
    const ids = await ana.$$eval('#list tbody tr', (rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
    expect(ids.length).toBeGreaterThan(2);
    const selected = () => ana.evaluate(() => ({ row: document.querySelector('#list tr[aria-selected="true"]')?.getAttribute('data-id'), focused: document.activeElement?.closest('tr')?.getAttribute('data-id') }));
    await ana.keyboard.press('j');
    expect(await selected()).toEqual({ row: ids[1], focused: ids[1] });
    await ana.keyboard.press('j');
    await ana.keyboard.press('k');
    expect(await selected()).toEqual({ row: ids[1], focused: ids[1] });
    await ana.keyboard.press('Enter');
    await requestReady(ana, ids[1]!);

    await ana.keyboard.press('n');
    expect(await ana.getAttribute('#tab-note', 'aria-selected')).toBe('true');
    expect(await ana.evaluate(() => document.activeElement?.id)).toBe('composer-note-text');
    await ana.keyboard.type(`Checked by keyboard (${run}).`);
    await ana.keyboard.press('Control+Enter');
    await ana.waitForSelector(`.timeline .m-note:has-text("Checked by keyboard (${run}).")`);
    await ana.keyboard.press('Escape');
    await ana.keyboard.press('r');
    expect(await ana.getAttribute('#tab-reply', 'aria-selected')).toBe('true');
    expect(await ana.evaluate(() => document.activeElement?.id)).toBe('composer-reply-text');
    await ana.keyboard.press('Escape');
    await ana.keyboard.press('Escape');
    await listReady(ana);
    expect(await ana.evaluate(() => document.body.dataset['route'])).toBe('list');
    // Back where the agent left: the request just worked on is the selected row.
    expect((await selected()).row).toBe(ids[1]);
  });
});
