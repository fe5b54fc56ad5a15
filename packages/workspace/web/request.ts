import { allowedActions } from '@caseflow/lifecycle';
import { actionCalls, actionPanel, isConflict } from './actions';
import { api, type Agent, type Customer, type Macro, type Message, type QueueSummary, type RequestDetail, type RequestEvent, type Settings, unwrap } from './api';
import { composer } from './composer';
import { $, h } from './dom';
import { locale, t, valueName } from './i18n';
import { clockState, slaBadge, slaState } from './sla';
import { timeline } from './thread';

export interface RequestPageDeps {
  me: () => Agent;
  queues: () => QueueSummary[];
  macros: () => Macro[];
  settings: () => Settings | null;
}

let shownId: string | null = null;
let generation = 0;
let notice: { text: string; kind: 'info' | 'error' } | null = null;
/** The shown request's customer name: a redraw fills macros with it before the customer is fetched again. */
let shownCustomerName = '';

async function allMessages(id: string): Promise<Message[]> {
  const items: Message[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/v1/requests/{id}/messages', { params: { path: { id }, query: { limit: 100, ...(cursor === undefined ? {} : { cursor }) } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

async function allEvents(id: string): Promise<RequestEvent[]> {
  const items: RequestEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/v1/requests/{id}/events', { params: { path: { id }, query: { limit: 500, ...(cursor === undefined ? {} : { cursor }) } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** A probability as a whole percentage; a tiny one says so rather than "0 %". */
const percent = (p: number) => (p < 0.005 ? '< 1 %' : `${Math.round(p * 100)} %`);

function chip(label: string, value: string, className = ''): HTMLElement {
  return h('div', { className: `fact ${className}` }, h('dt', {}, label), h('dd', {}, value));
}

/**
 * The SLA clocks (first response, resolution, next reply once a customer's message awaited
 * one) with the business time the API counted at the answer; the request's overall target
 * when it has no clocks recorded yet. Warnings and escalations per clock come from the events.
 */
function slaSection(request: RequestDetail, events: RequestEvent[]): HTMLElement {
  const now = Date.now();
  const when = (at: string) => new Date(at).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  const clockNames: Record<string, string> = { firstResponse: t('firstResponse'), resolution: t('resolution'), nextReply: t('nextReply') };
  const clockEvents = events.filter((event) => event.type === 'request.sla_warning' || event.type === 'request.escalated');
  const clocks = request.slaClocks;
  const rows =
    clocks === null
      ? [h('li', {}, `${t('slaCurrent')}: `, slaBadge(request, slaState(request.slaDueAt, request.slaWarnAt, request.slaBreached, now), 'request-sla'))]
      : (['firstResponse', 'resolution', 'nextReply'] as const).flatMap((name) => {
          const clock = clocks[name];
          if (clock === null) return [];
          const met = name === 'firstResponse' ? request.firstRespondedAt !== null : name === 'resolution' ? request.resolvedAt !== null : clock.stoppedAt !== null;
          const state = clockState(clock, met, now);
          return [h('li', { 'data-clock': name }, `${clockNames[name]}: `, h('span', { className: `sla sla-${state.level}` }, state.label), clock.dueAt === null ? null : h('span', { className: 'muted' }, ` (${t('dueAt')} ${when(clock.dueAt)})`))];
        });
  return h(
    'section',
    { className: 'sla-clocks', 'aria-labelledby': 'sla-title' },
    h('h2', { id: 'sla-title' }, t('slaClocks')),
    h('ul', { className: 'clocks' }, rows),
    clockEvents.length === 0
      ? null
      : h('ul', { className: 'clock-events' }, clockEvents.map((event) => h('li', {}, `${clockNames[String(event.data['clock'])] ?? String(event.data['clock'])}: ${event.type === 'request.escalated' ? t('slaEscalated') : t('slaWarned')} · ${when(event.at)}`))),
  );
}

function header(request: RequestDetail, deps: RequestPageDeps, perform: (call: () => Promise<unknown>) => Promise<boolean>): HTMLElement {
  const me = deps.me();
  const settings = deps.settings();
  const confidence = request.confidence === null ? '' : ` (${percent(request.confidence)} ${t('confidence')})`;
  const alternatives = (request.alternatives ?? []).filter((alt) => alt.label !== request.category).slice(0, 2);
  const canReclassify = !['pending', 'resolved', 'closed'].includes(request.status);
  // Beside reclassify: saying the category is right is what classifier quality counts as reviewed.
  const canConfirm = request.category !== null && allowedActions(request.status).includes('confirm-category');
  const offered = alternatives.length > 0 && canReclassify ? alternatives : [];
  const temporal = settings !== null && (me.role === 'lead' || me.role === 'admin') ? `${settings.temporalUiUrl}/namespaces/${encodeURIComponent(settings.namespace)}/workflows/${encodeURIComponent(request.workflowId)}` : null;
  return h(
    'header',
    { className: 'request-header' },
    h('a', { href: '#/back', className: 'back', id: 'back-link' }, `← ${t('back')}`),
    h('h1', { id: 'request-title', tabindex: -1 }, request.subject),
    h(
      'dl',
      { className: 'facts' },
      chip(t('status'), valueName(request.status), `s-${request.status}`),
      chip(t('priority'), valueName(request.priority), `p-${request.priority ?? 'none'}`),
      chip(t('queue'), request.queue ?? '—'),
      chip(t('category'), `${request.category ?? '—'}${confidence}`),
      chip(t('assignee'), request.assignee?.name ?? t('nobody')),
      chip(t('escalationLevel'), String(request.escalationLevel)),
    ),
    canConfirm || offered.length > 0
      ? h(
          'div',
          { className: 'alternatives', role: 'group', 'aria-label': t('alternatives') },
          canConfirm ? h('button', { type: 'button', id: 'confirm-category', title: t('confirmCategoryHint'), onclick: () => void perform(() => actionCalls(request.id).confirmCategory()) }, t('confirmCategory')) : null,
          offered.length > 0 ? h('span', { className: 'muted' }, `${t('alternatives')}: `) : null,
          offered.map((alt) =>
            h('button', { type: 'button', className: 'alt', 'data-category': alt.label, onclick: () => void perform(() => actionCalls(request.id).reclassify(alt.label)) }, `${t('reclassifyAs')} ${alt.label} (${percent(alt.confidence)})`),
          ),
        )
      : null,
    mergeLinks(request, perform),
    temporal === null ? null : h('a', { href: temporal, target: '_blank', rel: 'noopener', id: 'temporal-link' }, t('openInTemporal')),
  );
}

/** "Merge into this" beside another request of the customer that can still take one (intake checks again). */
function mergeButton(request: RequestDetail, target: { id: string; status: string }, perform: (call: () => Promise<unknown>) => Promise<boolean>): HTMLElement | null {
  if (!allowedActions(request.status).includes('merge') || target.status === 'closed' || target.status === 'merged') return null;
  return h('button', { type: 'button', className: 'merge-into', 'data-into': target.id, title: t('mergeIntoHint'), onclick: () => void perform(() => actionCalls(request.id).merge(target.id)) }, t('mergeInto'));
}

/** Where a duplicate belongs: the request it repeats (with "Merge into this"), or the one it was merged into. */
function mergeLinks(request: RequestDetail, perform: (call: () => Promise<unknown>) => Promise<boolean>): HTMLElement | null {
  if (request.mergedInto !== null) return h('p', { id: 'merged-into' }, `${t('mergedInto')} `, h('a', { href: `#/request/${request.mergedInto}` }, request.mergedInto));
  const duplicate = request.duplicateOf;
  if (duplicate === null) return null;
  const canMerge = allowedActions(request.status).includes('merge');
  return h(
    'p',
    { id: 'duplicate-of' },
    `${t('duplicateOf')} `,
    h('a', { href: `#/request/${duplicate.requestId}` }, duplicate.requestId),
    ` (${percent(duplicate.similarity)}) `,
    canMerge ? h('button', { type: 'button', id: 'merge-into-duplicate', title: t('mergeIntoHint'), onclick: () => void perform(() => actionCalls(request.id).merge(duplicate.requestId)) }, t('mergeInto')) : null,
  );
}

async function customerPanel(request: RequestDetail, perform: (call: () => Promise<unknown>) => Promise<boolean>): Promise<{ panel: HTMLElement; name: string }> {
  const id = request.customerId;
  const [customer, others] = await Promise.all([
    unwrap(api.GET('/v1/customers/{id}', { params: { path: { id } } })).catch((): Customer | null => null),
    unwrap(api.GET('/v1/customers/{id}/requests', { params: { path: { id }, query: { limit: 10 } } })).catch(() => ({ items: [], nextCursor: null })),
  ]);
  const other = others.items.filter((item) => item.id !== request.id);
  const panel = h(
    'aside',
    { className: 'customer', 'aria-labelledby': 'customer-title', id: 'customer-panel' },
    h('h2', { id: 'customer-title' }, t('customerPanel')),
    h('dl', {}, chip(t('name'), customer?.name ?? '—'), chip(t('email'), customer?.email ?? '—'), chip(t('externalId'), customer?.externalId ?? id)),
    h('h3', {}, t('otherRequests')),
    other.length === 0 ? h('p', { className: 'muted' }, t('empty')) : h('ul', {}, other.map((item) => h('li', {}, h('a', { href: `#/request/${item.id}` }, item.subject), ` — ${valueName(item.status)} `, mergeButton(request, item, perform)))),
  );
  return { panel, name: customer?.name ?? '' };
}

interface Drafts {
  values: Map<string, string>;
  noteTab: boolean;
}

/**
 * What the agent is typing survives a redraw: a live change (another agent, the workflow)
 * redraws the request while one writes, and must not wipe a half-written reply.
 */
function keptDrafts(pane: HTMLElement, id: string): Drafts {
  const values = new Map<string, string>();
  if (pane.querySelector('.request')?.getAttribute('data-id') !== id) return { values, noteTab: false };
  for (const field of pane.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea[id], input[id]')) if (field.value !== '') values.set(field.id, field.value);
  return { values, noteTab: pane.querySelector<HTMLElement>('#composer-note')?.hidden === false };
}

function restoreDrafts(pane: HTMLElement, drafts: Drafts): void {
  for (const [fieldId, value] of drafts.values) {
    const field = pane.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${fieldId}`);
    if (field !== null) field.value = value;
  }
  if (drafts.noteTab) pane.querySelector('.composer')?.dispatchEvent(new CustomEvent('composer:restore', { detail: 'note' }));
}

/**
 * Puts the agent back where they were typing: the same field, the same caret, and a '/'
 * macro picker that was open opens again (the redraw made a new, closed one).
 */
function refocus(fieldId: string, caret: { start: number | null; end: number | null; pickerOpen: boolean } | null): void {
  const field = document.getElementById(fieldId);
  if (field === null) return;
  field.focus();
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
  if (caret !== null && caret.start !== null && caret.end !== null && field.value.length >= caret.end) field.setSelectionRange(caret.start, caret.end);
  if (caret?.pickerOpen === true) field.dispatchEvent(new Event('input'));
}

function showNotice(): void {
  const box = document.getElementById('request-notice');
  if (box === null) return;
  box.textContent = notice?.text ?? '';
  box.dataset['kind'] = notice?.kind ?? '';
  box.hidden = notice === null;
}

/**
 * Opens (or redraws) a request: header, SLA, timeline, composer, actions, customer. Marks
 * `request-open` in the Performance API from `request-open-start` (set when it was chosen).
 */
export async function showRequest(id: string, deps: RequestPageDeps): Promise<void> {
  const mine = ++generation;
  if (shownId !== id) {
    notice = null;
    shownCustomerName = '';
  }
  const pane = $('request-pane');
  if (shownId !== id) pane.replaceChildren(h('p', { className: 'muted' }, t('loading')));
  shownId = id;
  document.body.dataset['requestBusy'] = '1';
  try {
    const [request, messages, events] = await Promise.all([unwrap(api.GET('/v1/requests/{id}', { params: { path: { id } } })), allMessages(id), allEvents(id)]);
    if (mine !== generation) return;
    const perform = async (call: () => Promise<unknown>): Promise<boolean> => {
      try {
        const answer = await call();
        notice = { text: typeof answer === 'object' && answer !== null && 'updateId' in answer ? t('accepted') : t('done'), kind: 'info' };
        return true;
      } catch (error) {
        notice = isConflict(error) ? { text: `${t('conflict')} ${error.message}`, kind: 'error' } : { text: error instanceof Error ? error.message : String(error), kind: 'error' };
        return false;
      } finally {
        await showRequest(id, deps);
      }
    };
    const customer = customerPanel(request, perform);
    const main = h(
      'div',
      { className: 'request-main' },
      header(request, deps, perform),
      h('p', { id: 'request-notice', role: 'alert', className: 'notice', hidden: true }),
      slaSection(request, events),
      h('section', { 'aria-labelledby': 'thread-title' }, h('h2', { id: 'thread-title' }, t('thread')), messages.some((message) => message.direction === 'inbound') ? null : h('p', { className: 'request-body' }, request.body), timeline(id, messages, events)),
      composer({
        requestId: id,
        customerName: shownCustomerName,
        macros: deps.macros,
        send: (kind, body) =>
          perform(async () => {
            const answer = await (kind === 'reply' ? actionCalls(id).reply(body) : actionCalls(id).note(body));
            // Sent: no longer a draft to carry into the redrawn page.
            const box = document.getElementById(`composer-${kind}-text`);
            if (box instanceof HTMLTextAreaElement) box.value = '';
            return answer;
          }),
      }),
    );
    const side = h('div', { className: 'request-side' }, actionPanel({ request, me: deps.me(), queues: deps.queues(), perform }));
    const focused = document.activeElement;
    const caret = focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement ? { start: focused.selectionStart, end: focused.selectionEnd, pickerOpen: focused.getAttribute('aria-expanded') === 'true' } : null;
    const drafts = keptDrafts(pane, id);
    pane.replaceChildren(h('article', { className: 'request', 'data-id': id, 'data-status': request.status }, main, side));
    restoreDrafts(pane, drafts);
    showNotice();
    if (focused?.id) refocus(focused.id, caret);
    if (performance.getEntriesByName('request-open-start').length > 0) {
      performance.measure('request-open', 'request-open-start');
      performance.clearMarks('request-open-start');
    }
    const { panel, name } = await customer;
    if (mine !== generation) return;
    shownCustomerName = name;
    side.append(panel);
    for (const span of main.querySelectorAll('.customer-name')) span.textContent = name === '' ? '' : `${name} · `;
    // Macros fill {{customer.name}} once the customer is known.
    main.querySelector('.composer')?.dispatchEvent(new CustomEvent('composer:customer', { detail: name }));
  } catch (error) {
    if (mine !== generation) return;
    pane.replaceChildren(h('p', { className: 'notice', 'data-kind': 'error', role: 'alert' }, `${t('failed')}: ${error instanceof Error ? error.message : String(error)}`));
  } finally {
    if (mine === generation) document.body.dataset['requestBusy'] = '0';
  }
}

export function shownRequest(): string | null {
  return shownId;
}

export function closeRequest(): void {
  shownId = null;
  generation++;
  $('request-pane').replaceChildren();
}
