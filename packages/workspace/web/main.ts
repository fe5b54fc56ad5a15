import { api, ApiFailure, type Agent, type Availability, type Macro, onSignedOut, type QueueSummary, type Session, setCsrfToken, type Settings, unwrap, unwrapNoContent, type ViewCounts } from './api';
import { $, h } from './dom';
import { applyLanguage, language, setLanguage, t, valueName } from './i18n';
import { installKeys } from './keys';
import { startLive } from './live';
import { showMacros } from './macros';
import { closeRequest, showRequest, shownRequest } from './request';
import { currentView, emptySearch, loadMore, loadView, moveSelection, type SearchFilters, selectedRequest, tickCountdowns, type ViewId } from './views';

let me: Agent | null = null;
let queues: QueueSummary[] = [];
let macros: Macro[] = [];
let settings: Settings | null = null;
let stopLive: (() => void) | null = null;

const agent = (): Agent => {
  if (me === null) throw new Error('not signed in');
  return me;
};
const requestDeps = { me: agent, queues: () => queues, macros: () => macros, settings: () => settings };

function showSignIn(message = ''): void {
  me = null;
  stopLive?.();
  stopLive = null;
  document.body.dataset['signedIn'] = 'false';
  $('signin-view').hidden = false;
  $('app-view').hidden = true;
  $('signin-error').textContent = message;
  $('signin-error').hidden = message === '';
  $<HTMLInputElement>('signin-email').focus();
}

/** The queues this person serves: an agent's own; a lead or admin sees every queue. */
function myQueues(): string[] {
  const all = queues.map((queue) => queue.queue);
  return me?.role === 'agent' ? me.queues.map((queue) => queue.queue) : all;
}

function renderRail(counts: ViewCounts | null): void {
  const count = (n: number | undefined) => (n === undefined ? null : h('span', { className: 'count' }, String(n)));
  const link = (view: ViewId, label: string, n: number | undefined) =>
    h('li', {}, h('a', { href: `#/view/${view}`, 'data-view': view, 'aria-current': view === currentView() && document.body.dataset['route'] === 'list' ? 'page' : null }, h('span', {}, label), count(n)));
  $('views').replaceChildren(
    link('mine', t('mine'), counts?.mine),
    link('unassigned', t('unassigned'), counts?.unassigned),
    ...myQueues().map((queue) => link(`queue:${queue}`, `${t('queue')}: ${queue}`, counts?.queues[queue])),
    link('waiting', t('waiting'), counts?.waiting),
    link('breaching', t('breachingSoon'), counts?.breachingSoon),
    link('resolved', t('resolved'), undefined),
    ...(me?.role === 'lead' || me?.role === 'admin' ? [h('li', {}, h('a', { href: '#/macros', id: 'macros-link', 'aria-current': document.body.dataset['route'] === 'macros' ? 'page' : null }, t('macros')))] : []),
  );
  const select = $<HTMLSelectElement>('search-queue');
  const chosen = select.value;
  select.replaceChildren(h('option', { value: '' }, t('anyQueue')), ...myQueues().map((queue) => h('option', { value: queue, selected: queue === chosen }, queue)));
}

async function refreshMacros(): Promise<void> {
  macros = (await unwrap(api.GET('/v1/macros')).catch(() => ({ items: macros }))).items;
}

let lastCounts: ViewCounts | null = null;
async function refreshCounts(): Promise<void> {
  lastCounts = await unwrap(api.GET('/v1/views/counts')).catch(() => null);
  renderRail(lastCounts);
}

function renderHeader(): void {
  const who = agent();
  $('who').textContent = `${who.name} · ${valueName(who.role)}`;
  $<HTMLSelectElement>('availability').value = who.availability;
}

function searchFromForm(): SearchFilters {
  const form = new FormData($<HTMLFormElement>('search-form'));
  const filters = emptySearch();
  for (const key of Object.keys(filters) as (keyof SearchFilters)[]) filters[key] = String(form.get(key) ?? '').trim();
  return filters;
}

/** #/view/<id> shows a list, #/request/<id> one request (a list/detail stack, on a phone too). */
async function route(): Promise<void> {
  if (me === null) return;
  const hash = location.hash;
  const request = /^#\/request\/([0-9a-f-]{36})$/.exec(hash);
  if (request !== null) {
    performance.mark('request-open-start');
    // Canned responses may have changed since sign-in; fetched beside the request, never in its way.
    void refreshMacros();
    document.body.dataset['route'] = 'request';
    $('list-pane').hidden = true;
    $('request-pane').hidden = false;
    await showRequest(request[1]!, requestDeps);
    document.getElementById('request-title')?.focus();
    return;
  }
  if (hash === '#/macros') {
    document.body.dataset['route'] = 'macros';
    closeRequest();
    $('list-pane').hidden = true;
    $('request-pane').hidden = false;
    renderRail(lastCounts);
    await showMacros((list) => (macros = list));
    document.getElementById('macros-title')?.focus();
    return;
  }
  if (hash === '#/back') {
    location.hash = `#/view/${currentView()}`;
    return;
  }
  const view = (/^#\/view\/(.+)$/.exec(hash)?.[1] ?? 'mine') as ViewId;
  const wasRequest = document.body.dataset['route'] === 'request';
  document.body.dataset['route'] = 'list';
  closeRequest();
  $('request-pane').hidden = true;
  $('list-pane').hidden = false;
  const loading = loadView(decodeURIComponent(view) as ViewId, view === 'search' ? searchFromForm() : undefined);
  renderRail(lastCounts);
  await loading;
  if (wasRequest) moveSelection(0);
}

let pending: number | undefined;
/** Changes come in bursts (one action records several events): one refresh per burst. */
function changed(requestId: string | null): void {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    const shown = shownRequest();
    if (shown !== null && (requestId === null || requestId === shown)) void showRequest(shown, requestDeps);
    if (shown === null) void loadView(currentView());
    void refreshCounts();
  }, 150);
}

async function start(session: Session): Promise<void> {
  me = session.agent;
  setCsrfToken(session.csrfToken);
  document.body.dataset['signedIn'] = 'true';
  $('signin-view').hidden = true;
  $('app-view').hidden = false;
  renderHeader();
  const [queueList, macroList, appSettings] = await Promise.all([
    unwrap(api.GET('/v1/queues')).catch(() => ({ items: [] as QueueSummary[] })),
    unwrap(api.GET('/v1/macros')).catch(() => ({ items: [] as Macro[] })),
    fetch('/app/settings.json').then((r) => (r.ok ? (r.json() as Promise<Settings>) : null)).catch(() => null),
  ]);
  queues = queueList.items;
  macros = macroList.items;
  settings = appSettings;
  renderRail(null);
  void refreshCounts();
  stopLive = startLive((change) => changed(change?.requestId ?? null));
  await route();
}

function wire(): void {
  onSignedOut(() => showSignIn());
  $<HTMLFormElement>('signin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      const session = await unwrap(api.POST('/v1/session', { body: { email: String(form.get('email')), password: String(form.get('password')) } }));
      await start(session);
    } catch (error) {
      showSignIn(`${t('signInFailed')}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  $('signout').addEventListener('click', async () => {
    await unwrapNoContent(api.DELETE('/v1/session')).catch(() => undefined);
    showSignIn();
  });
  $<HTMLSelectElement>('availability').addEventListener('change', async (event) => {
    const availability = (event.target as HTMLSelectElement).value as Availability;
    const notice = $('header-notice');
    notice.hidden = true;
    try {
      me = await unwrap(api.PATCH('/v1/agents/{id}', { params: { path: { id: agent().id } }, body: { availability } }));
    } catch (error) {
      // The header shows what the server holds, never a choice that was not saved.
      notice.textContent = `${t('availabilityFailed')}: ${error instanceof Error ? error.message : String(error)}`;
      notice.hidden = false;
    }
    renderHeader();
  });
  $('language').addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'zh' : 'en');
    renderHeader();
    renderRail(lastCounts);
    void route();
  });
  $('help-button').addEventListener('click', () => $<HTMLDialogElement>('help').showModal());
  $('more').addEventListener('click', () => void loadMore());
  $<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (location.hash === '#/view/search') void route();
    else location.hash = '#/view/search';
  });
  window.addEventListener('hashchange', () => void route());
  installKeys({
    move: (step) => document.body.dataset['route'] === 'list' && moveSelection(step),
    open: () => {
      const id = selectedRequest();
      if (document.body.dataset['route'] === 'list' && id !== undefined) location.hash = `#/request/${id}`;
    },
    reply: () => document.querySelector('.composer')?.dispatchEvent(new CustomEvent('composer:show', { detail: 'reply' })),
    note: () => document.querySelector('.composer')?.dispatchEvent(new CustomEvent('composer:show', { detail: 'note' })),
    assignToMe: () => document.getElementById('action-assign-me')?.click(),
    resolve: () => document.getElementById('action-resolve-text')?.focus(),
    search: () => $<HTMLInputElement>('search-q').focus(),
    help: () => $<HTMLDialogElement>('help').showModal(),
    back: () => {
      if (document.body.dataset['route'] === 'request') location.hash = '#/back';
    },
  });
  window.setInterval(tickCountdowns, 15_000);
}

applyLanguage();
wire();
unwrap(api.GET('/v1/session')).then(start, (error: unknown) => showSignIn(error instanceof ApiFailure && error.status === 401 ? '' : String(error)));
