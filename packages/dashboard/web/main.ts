import { AnswerTimes, type Filters, forgetKey, getJson, periodParams, storedKey, storeKey, Unauthorized } from './api';
import { drawClassifier, drawCsat, drawResolution, drawSla, drawVolume, percent, resizeCharts } from './charts';
import { type Language, language, locale, setLanguage, t } from './i18n';
import { renderAtRisk, renderClassifierExtra, renderCsatExtra, renderIncidents, renderResolutionExtra, renderTopics } from './panels';
import type { AtRiskAnswer, ClassifierAnswer, CsatAnswer, ResolutionAnswer, SlaAnswer, TopicsAnswer, VolumeAnswer } from './types';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const refreshEveryMs = 60_000;
const DAY = 86_400_000;
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;

let generation = 0;
let busy = 0;
let timer: number | undefined;
/** The answers of the current load, so a language switch redraws without asking again. */
const redraws = new Map<string, () => void>();

const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

function filters(): Filters {
  const range = $<HTMLSelectElement>('range').value;
  const queue = $<HTMLSelectElement>('queue').value;
  if (range === 'custom') return { from: $<HTMLInputElement>('from').value, to: $<HTMLInputElement>('to').value, tz, queue };
  // "The last N days", not two instants: every lead and every refresh asks the same question, which intake answers once.
  return { days: Number(range), tz, queue };
}

function setBusy(delta: number): void {
  busy += delta;
  document.body.dataset['busy'] = String(busy);
}

function status(panel: HTMLElement, state: 'loading' | 'ready' | 'empty' | 'error', message = ''): void {
  panel.dataset['state'] = state;
  const box = panel.querySelector<HTMLElement>('.status')!;
  box.replaceChildren();
  if (state === 'empty') box.textContent = t('empty');
  if (state === 'error') {
    const text = document.createElement('span');
    text.textContent = `${t('failed')}: ${message}`;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = t('retry');
    retry.addEventListener('click', () => void loadAll());
    box.append(text, retry);
  }
}

/**
 * One panel: its own request, its own loading/empty/error state. Panels never wait for
 * each other, and an answer from an older load (filters changed since) is dropped.
 */
async function panel<T>(id: string, fetch: () => Promise<T>, draw: (data: T) => boolean): Promise<T | undefined> {
  const element = $(id);
  const mine = generation;
  if (element.dataset['state'] !== 'ready') status(element, 'loading');
  element.classList.add('refreshing');
  setBusy(1);
  try {
    const data = await fetch();
    if (mine !== generation) return undefined;
    const redraw = () => status(element, draw(data) ? 'ready' : 'empty');
    redraws.set(id, redraw);
    redraw();
    return data;
  } catch (error) {
    if (mine !== generation) return undefined;
    if (error instanceof Unauthorized) askForKey(true);
    status(element, 'error', error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    element.classList.remove('refreshing');
    setBusy(-1);
  }
}

function kpi(id: string, value: string, sub = ''): void {
  const element = $(id);
  element.querySelector('.value')!.textContent = value;
  element.querySelector('.sub')!.textContent = sub;
}

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)} ${t('hours')}`;
  return `${(seconds / 86400).toFixed(1)} d`;
}

/** The period's last 7 days (or all of it when shorter). */
function lastWeek(f: Filters): Record<string, string> {
  if ('days' in f) return { days: String(Math.min(f.days, 7)) };
  const to = Date.parse(`${f.to}T23:59:59Z`);
  return { from: new Date(Math.max(Date.parse(f.from), to - 7 * DAY)).toISOString(), to: f.to };
}

const number = (value: number) => new Intl.NumberFormat(locale()).format(value);

/** Loads every panel; `fresh` (Refresh) asks intake for new answers instead of shared ones. */
async function loadAll(fresh = false): Promise<void> {
  if (storedKey() === null) return askForKey(false);
  const mine = ++generation;
  const times = new AnswerTimes();
  const f = filters();
  const period = periodParams(f);
  // One answer for two panels: the topics answer carries the week's incidents too.
  const topics = getJson<TopicsAnswer>('topics', { tz: f.tz, queue: f.queue, ...lastWeek(f) }, { fresh, times });
  await Promise.allSettled([
    panel('panel-volume', () => getJson<VolumeAnswer>('volume', { ...period, groupBy: 'category', interval: 'day', top: '8' }, { fresh, times }), (data) => {
      kpi('kpi-requests', number(data.total));
      drawVolume(data);
      return data.total > 0;
    }),
    panel('panel-sla', () => getJson<SlaAnswer>('sla', { ...period, groupBy: 'queue' }, { fresh, times }), (data) => {
      const withSla = data.groups.reduce((sum, g) => sum + g.withSla, 0);
      const breached = data.groups.reduce((sum, g) => sum + g.breached, 0);
      kpi('kpi-sla', percent(withSla === 0 ? null : (withSla - breached) / withSla), `${t('breaches')}: ${number(breached)}`);
      kpi('kpi-open-breached', number(data.groups.reduce((sum, g) => sum + g.openBreached, 0)));
      drawSla(data);
      return data.groups.length > 0;
    }),
    panel('panel-resolution', () => Promise.all([getJson<ResolutionAnswer>('resolution', period, { fresh, times }), getJson<ResolutionAnswer>('resolution', { ...period, groupBy: 'queue' }, { fresh, times })]), ([all, byQueue]) => {
      const overall = all.groups[0];
      kpi('kpi-first-response', duration(overall?.firstResponse.wallClock.p50), `${t('businessHours')}: ${duration(overall?.firstResponse.businessHours.p50)}`);
      kpi('kpi-resolution', duration(overall?.resolution.wallClock.p50), `p90 ${duration(overall?.resolution.wallClock.p90)}`);
      drawResolution(all);
      renderResolutionExtra(byQueue, duration);
      return all.histogram.some((b) => b.count > 0);
    }),
    panel('panel-csat', () => getJson<CsatAnswer>('csat', period, { fresh, times }), (data) => {
      kpi('kpi-csat', data.overall.mean === null ? '—' : `${data.overall.mean.toFixed(2)} / 5`, `${t('responseRate')} ${percent(data.overall.responseRate)}`);
      drawCsat(data);
      renderCsatExtra(data);
      return data.overall.rated > 0;
    }),
    panel('panel-classifier', () => getJson<ClassifierAnswer>('classifier', period, { fresh, times }), (data) => {
      const interval = data.accuracyInterval === null ? '' : `95%: ${percent(data.accuracyInterval.low)}–${percent(data.accuracyInterval.high)}`;
      // Accuracy speaks only for the reviewed requests: their share stands beside it.
      kpi('kpi-accuracy', percent(data.accuracy), `${t('coverage')} ${percent(data.coverage)}${interval === '' ? '' : ` · ${interval}`}`);
      kpi('kpi-triage', percent(data.triageRate), `${number(data.triaged)} / ${number(data.classified)}`);
      drawClassifier(data);
      renderClassifierExtra(data);
      return data.verified > 0;
    }),
    // Emerging means new this week: the last 7 days of the period against the 7 before.
    panel('panel-topics', () => topics, (data) => renderTopics(data)),
    panel('panel-incidents', () => topics, (data) => renderIncidents(data.incidents)),
    panel('panel-at-risk', () => getJson<AtRiskAnswer>('at-risk', { queue: f.queue, limit: '15' }, { fresh, times }), (data) => renderAtRisk(data)),
  ]);
  if (mine === generation) $('updated').textContent = times.asOf().toLocaleTimeString(locale());
}

/** The queues seen in the last 90 days, for the queue filter. */
async function loadQueues(): Promise<void> {
  const data = await getJson<VolumeAnswer>('volume', { days: '90', groupBy: 'queue', interval: 'week', top: '100', tz });
  const select = $<HTMLSelectElement>('queue');
  const chosen = select.value;
  for (const option of [...select.options].slice(1)) option.remove();
  for (const { key } of data.series) select.add(new Option(key, key, false, key === chosen));
}

function askForKey(rejected: boolean): void {
  if (rejected) forgetKey();
  $('key-error').hidden = !rejected;
  const dialog = $<HTMLDialogElement>('key-dialog');
  if (!dialog.open) dialog.showModal();
}

function schedule(): void {
  window.clearInterval(timer);
  if ($<HTMLInputElement>('auto-refresh').checked) timer = window.setInterval(() => void loadAll(), refreshEveryMs);
}

function start(): void {
  setLanguage((localStorage.getItem('caseflow.language') as Language | null) ?? (navigator.language.startsWith('zh') ? 'zh' : 'en'));
  $<HTMLInputElement>('to').value = isoDate(Date.now());
  $<HTMLInputElement>('from').value = isoDate(Date.now() - 30 * DAY);
  $('key-form').addEventListener('submit', () => {
    storeKey($<HTMLInputElement>('key').value.trim());
    $<HTMLInputElement>('key').value = '';
    void loadQueues().catch(() => undefined);
    void loadAll();
  });
  $('change-key').addEventListener('click', () => askForKey(false));
  $('language').addEventListener('click', () => {
    const next: Language = language() === 'en' ? 'zh' : 'en';
    localStorage.setItem('caseflow.language', next);
    setLanguage(next);
    for (const redraw of redraws.values()) redraw();
  });
  const onFilter = () => {
    document.body.classList.toggle('custom-range', $<HTMLSelectElement>('range').value === 'custom');
    void loadAll();
  };
  for (const id of ['range', 'queue', 'from', 'to']) $(id).addEventListener('change', onFilter);
  $('refresh').addEventListener('click', () => void loadAll(true));
  $('auto-refresh').addEventListener('change', schedule);
  window.addEventListener('resize', resizeCharts);
  schedule();
  if (storedKey() === null) return askForKey(false);
  void loadQueues().catch(() => undefined);
  void loadAll();
}

start();
