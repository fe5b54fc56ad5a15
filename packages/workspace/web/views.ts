import { api, type ListQuery, type RequestPage, type RequestSummary, unwrap } from './api';
import { $, h } from './dom';
import { t, valueName } from './i18n';
import { slaBadge, slaState } from './sla';

/**
 * The left rail's views: each is one list question to the API. `incident:<id>` is in no rail:
 * the dashboard's Incidents panel links to it (the requests one incident holds).
 */
export type ViewId = 'mine' | 'unassigned' | 'waiting' | 'breaching' | 'resolved' | 'search' | `queue:${string}` | `incident:${string}`;

export interface SearchFilters {
  q: string;
  status: string;
  queue: string;
  priority: string;
  category: string;
  assignee: string;
  customerId: string;
  createdFrom: string;
  createdTo: string;
}

interface ListState {
  view: ViewId;
  items: RequestSummary[];
  nextCursor: string | null;
  selected: number;
  search: SearchFilters | null;
}

const state: ListState = { view: 'mine', items: [], nextCursor: null, selected: -1, search: null };
let generation = 0;

function searchQuery(filters: SearchFilters): ListQuery {
  const query: ListQuery = {};
  if (filters.q !== '') query.q = filters.q;
  if (filters.status !== '') query.status = filters.status as NonNullable<ListQuery['status']>;
  if (filters.queue !== '') query.queue = filters.queue;
  if (filters.priority !== '') query.priority = filters.priority as NonNullable<ListQuery['priority']>;
  if (filters.category !== '') query.category = filters.category;
  if (filters.customerId !== '') query.customer = filters.customerId;
  if (filters.assignee !== '') query.assignee = filters.assignee;
  if (filters.createdFrom !== '') query.createdFrom = new Date(filters.createdFrom).toISOString();
  if (filters.createdTo !== '') query.createdTo = new Date(filters.createdTo).toISOString();
  return query;
}

async function fetchPage(view: ViewId, cursor: string | undefined): Promise<RequestPage> {
  const list = (query: ListQuery) => unwrap(api.GET('/v1/requests', { params: { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } } }));
  // The views are the API's own filters (an agent sees only the queues they serve), so each rail count is its list's length.
  switch (view) {
    case 'mine':
      return list({ assignee: 'me', open: true, sort: 'sla' });
    case 'unassigned':
      return list({ assignee: 'none', open: true });
    case 'waiting':
      return list({ status: 'waiting_on_customer' });
    case 'resolved':
      return list({ status: 'resolved' });
    case 'breaching':
      return list({ breaching: 'soon', sort: 'sla' });
    case 'search':
      return list(searchQuery(state.search ?? emptySearch()));
    default:
      if (view.startsWith('incident:')) return list({ incident: view.slice('incident:'.length) });
      return list({ queue: view.slice('queue:'.length), open: true });
  }
}

export function emptySearch(): SearchFilters {
  return { q: '', status: '', queue: '', priority: '', category: '', assignee: '', customerId: '', createdFrom: '', createdTo: '' };
}

export function viewTitle(view: ViewId): string {
  if (view.startsWith('queue:')) return `${t('queue')}: ${view.slice('queue:'.length)}`;
  if (view.startsWith('incident:')) return t('incidentRequests');
  const titles: Record<string, string> = { mine: t('mine'), unassigned: t('unassigned'), waiting: t('waiting'), breaching: t('breachingSoon'), resolved: t('resolved'), search: t('searchResults') };
  return titles[view] ?? view;
}

function row(item: RequestSummary, index: number, now: number): HTMLTableRowElement {
  const soon = state.view === 'breaching';
  const sla = slaState(item.slaDueAt, item.slaWarnAt, item.slaBreached, now, soon);
  const open = h('a', { href: `#/request/${item.id}`, className: 'subject', 'data-index': index }, item.subject);
  return h(
    'tr',
    { 'data-id': item.id, className: index === state.selected ? 'selected' : '', 'aria-selected': index === state.selected ? 'true' : 'false' },
    h('td', {}, open),
    // A customer who gave no name is shown by their id, and says so.
    h('td', {}, item.customerName ?? h('span', { className: 'muted' }, `${item.customerId} (${t('noName')})`)),
    h('td', {}, item.queue ?? '—'),
    h('td', {}, h('span', { className: `priority p-${item.priority ?? 'none'}` }, valueName(item.priority))),
    h('td', {}, h('span', { className: `status s-${item.status}` }, valueName(item.status))),
    h('td', {}, item.assignee?.name ?? t('nobody')),
    h('td', {}, slaBadge(item, sla, undefined, soon)),
  );
}

function renderRows(): void {
  const now = Date.now();
  const body = h('tbody', {}, state.items.map((item, index) => row(item, index, now)));
  $('list').querySelector('tbody')?.replaceWith(body);
  $('list').hidden = state.items.length === 0;
  $<HTMLButtonElement>('more').hidden = state.nextCursor === null;
}

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  const status = $('list-status');
  status.textContent = text;
  status.dataset['kind'] = kind;
}

/** Loads a view's first page (again): a view switch, a live change, a language switch. */
export async function loadView(view: ViewId, search?: SearchFilters): Promise<void> {
  const mine = ++generation;
  const keepSelection = view === state.view ? state.items[state.selected]?.id : undefined;
  state.view = view;
  if (search !== undefined) state.search = search;
  $('list-title').textContent = viewTitle(view);
  if (state.items.length === 0) setStatus(t('loading'));
  document.body.dataset['listBusy'] = '1';
  try {
    const page = await fetchPage(view, undefined);
    if (mine !== generation) return;
    state.items = page.items;
    state.nextCursor = page.nextCursor;
    const kept = keepSelection === undefined ? -1 : state.items.findIndex((item) => item.id === keepSelection);
    state.selected = kept >= 0 ? kept : state.items.length > 0 ? 0 : -1;
    setStatus(state.items.length === 0 ? t('empty') : '');
    renderRows();
  } catch (error) {
    if (mine !== generation) return;
    state.items = [];
    state.nextCursor = null;
    renderRows();
    setStatus(`${t('failed')}: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    if (mine === generation) {
      // Which view the rows are of: a test (or anything watching) can tell a finished load of the view it asked for from the last one's.
      document.body.dataset['listView'] = view;
      document.body.dataset['listBusy'] = '0';
    }
  }
}

/** The next page, after the last cursor (keyset: no offset). */
export async function loadMore(): Promise<void> {
  if (state.nextCursor === null) return;
  const mine = generation;
  const page = await fetchPage(state.view, state.nextCursor);
  if (mine !== generation) return;
  state.items = [...state.items, ...page.items];
  state.nextCursor = page.nextCursor;
  renderRows();
}

export function currentView(): ViewId {
  return state.view;
}

/** j / k: moves the selection and focuses the row's link, so Enter opens it. */
export function moveSelection(step: number): void {
  if (state.items.length === 0) return;
  state.selected = Math.min(state.items.length - 1, Math.max(0, state.selected + step));
  for (const tr of $('list').querySelectorAll('tbody tr')) {
    const selected = tr.querySelector('a')?.dataset['index'] === String(state.selected);
    tr.classList.toggle('selected', selected);
    tr.setAttribute('aria-selected', String(selected));
    if (selected) tr.querySelector('a')?.focus();
  }
}

export function selectedRequest(): string | undefined {
  return state.items[state.selected]?.id;
}

/** The countdowns move without asking the API again. */
export function tickCountdowns(): void {
  const now = Date.now();
  for (const span of document.querySelectorAll<HTMLElement>('.sla[data-due]')) {
    const due = span.dataset['due'] ?? '';
    const warn = span.dataset['warn'] ?? '';
    const sla = slaState(due === '' ? null : due, warn === '' ? null : warn, span.dataset['breached'] === 'true', now, span.dataset['soon'] === 'true');
    span.textContent = sla.label;
    span.className = `sla sla-${sla.level}`;
  }
}
