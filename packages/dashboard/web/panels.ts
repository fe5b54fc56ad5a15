import { percent } from './charts';
import { locale, t, valueName } from './i18n';
import type { AtRiskAnswer, ClassifierAnswer, CsatAnswer, Incident, ResolutionAnswer, TopicsAnswer } from './types';

/** The panels that are HTML rather than charts. Text goes in through textContent only. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className !== undefined) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  element.append(...children);
  return element;
}

const label = (key: string) => key.replaceAll('_', ' ');

export function renderResolutionExtra(data: ResolutionAnswer, duration: (seconds: number | null) => string): void {
  const rows = data.groups.slice(0, 6).map((g) =>
    el('tr', {}, el('td', { text: label(g.key) }), el('td', { className: 'num', text: duration(g.firstResponse.wallClock.p50) }), el('td', { className: 'num', text: duration(g.resolution.wallClock.p50) }), el('td', { className: 'num', text: duration(g.resolution.wallClock.p90) })),
  );
  const head = el('tr', {}, el('th', { text: t('queue') }), el('th', { text: `${t('firstResponse')} (${t('p50')})` }), el('th', { text: `${t('resolution')} (${t('p50')})` }), el('th', { text: `${t('resolution')} (${t('p90')})` }));
  document.getElementById('resolution-extra')!.replaceChildren(el('table', { className: 'compact' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

export function renderCsatExtra(data: CsatAnswer): void {
  const { overall } = data;
  document.getElementById('csat-extra')!.replaceChildren(
    el('p', { className: 'headline' }, el('strong', { text: overall.mean === null ? '—' : overall.mean.toFixed(2) }), ` / 5 · ${overall.rated} ${t('ratings')} · ${t('responseRate')} ${percent(overall.responseRate)}`),
  );
}

export function renderClassifierExtra(data: ClassifierAnswer): void {
  const pairs = data.confusedPairs.slice(0, 5).map((pair) => el('li', {}, el('span', { text: label(pair.predicted) }), ' → ', el('strong', { text: label(pair.actual) }), el('span', { className: 'count', text: ` ×${pair.count}` })));
  document.getElementById('classifier-extra')!.replaceChildren(
    el('p', { className: 'headline', text: `${data.confirmed} ${t('confirmed')} · ${data.corrected} ${t('corrected')} · ${t('reviewed')} ${data.verified} / ${data.classified} (${percent(data.coverage)})` }),
    ...(pairs.length === 0 ? [] : [el('h3', { text: t('confused') }), el('ul', { className: 'pairs' }, ...pairs)]),
  );
}

export function renderTopics(data: TopicsAnswer): boolean {
  const box = document.getElementById('topics')!;
  const topics = data.topics.slice(0, 6);
  if (topics.length === 0) {
    box.replaceChildren(el('p', { className: 'muted', text: t('noTopics') }));
    return data.candidates > 0;
  }
  box.replaceChildren(
    ...topics.map((topic) => {
      const growth = topic.growth === null ? t('newTopic') : `${topic.growth >= 0 ? '+' : ''}${Math.round(topic.growth * 100)}%`;
      return el(
        'article',
        { className: `topic${topic.emerging ? ' emerging' : ''}` },
        el('header', {}, el('span', { className: 'size', text: `${topic.size} ${t('requests')}` }), el('span', { className: topic.growth === null || topic.growth > 0 ? 'growth up' : 'growth', text: `${growth} ${t('growth')}` })),
        el('p', { className: 'terms' }, ...topic.terms.slice(0, 6).map((term) => el('span', { className: 'term', text: term }))),
        el('h3', { text: t('examples') }),
        el('ul', {}, ...topic.examples.map((example) => el('li', { text: example.subject }))),
      );
    }),
  );
  return true;
}

export function renderAtRisk(data: AtRiskAnswer): boolean {
  const box = document.getElementById('at-risk')!;
  if (data.items.length === 0) {
    box.replaceChildren(el('p', { className: 'muted', text: t('noneAtRisk') }));
    return true;
  }
  const format = new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const head = el('tr', {}, ...(['subject', 'queue', 'priority', 'status', 'assignee', 'due', 'level'] as const).map((key) => el('th', { text: t(key) })), el('th'));
  const rows = data.items.map((item) => {
    // The lead acts on the request in the workspace; the engineer on call looks at its workflow.
    const open = el('a', { text: item.subject });
    open.href = `/app#/request/${encodeURIComponent(item.id)}`;
    const link = el('a', { text: t('openInTemporal') });
    link.href = item.temporalUrl;
    link.target = '_blank';
    link.rel = 'noopener';
    const due = el('td', { className: item.slaBreached ? 'due breached' : 'due', text: format.format(new Date(item.slaDueAt)) });
    if (item.slaBreached) due.append(el('span', { className: 'badge', text: t('overdue') }));
    return el(
      'tr',
      {},
      el('td', { className: 'subject' }, open),
      el('td', { text: item.queue ?? '—' }),
      el('td', { className: `priority ${item.priority ?? ''}`, text: item.priority === null ? '—' : valueName(item.priority) }),
      el('td', { text: valueName(item.status) }),
      el('td', { text: item.assignee ?? '—' }),
      due,
      el('td', { className: 'num', text: String(item.escalationLevel) }),
      el('td', {}, link),
    );
  });
  box.replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
  return true;
}

/**
 * The period's incidents, ongoing ones first (then the latest): how many customers and
 * requests, since when, and a link to their requests in the agent workspace, which lists
 * them with the API's own `incident` filter. Empty is an answer here, not missing data.
 */
export function renderIncidents(incidents: Incident[]): boolean {
  const box = document.getElementById('incidents')!;
  const open = incidents.filter((incident) => incident.status === 'open').length;
  document.getElementById('incidents-count')!.textContent = incidents.length === 0 ? '' : `${open} ${t('incidentsOpen')} · ${incidents.length - open} ${t('incidentsClosed')}`;
  if (incidents.length === 0) {
    box.replaceChildren(el('p', { className: 'muted', text: t('noIncidents') }));
    return true;
  }
  const shown = incidents.toSorted((a, b) => Number(b.status === 'open') - Number(a.status === 'open')).slice(0, 10);
  const format = new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const head = el('tr', {}, ...(['status', 'subject', 'category', 'customers', 'requests', 'firstAt', 'lastAt'] as const).map((key) => el('th', { className: key === 'customers' || key === 'requests' ? 'num' : '', text: key === 'requests' ? t('kpiRequests') : t(key) })), el('th'));
  const rows = shown.map((incident) => {
    const link = el('a', { text: t('showRequests') });
    link.href = `/app#/view/incident:${encodeURIComponent(incident.id)}`;
    link.target = '_blank';
    link.rel = 'noopener';
    return el(
      'tr',
      { className: `incident ${incident.status}` },
      el('td', {}, el('span', { className: `state ${incident.status}`, text: t(incident.status === 'open' ? 'incidentOpen' : 'incidentClosed') })),
      el('td', { className: 'subject', text: incident.subject }),
      el('td', { text: incident.category === null ? '—' : label(incident.category) }),
      el('td', { className: 'num size', text: String(incident.size) }),
      el('td', { className: 'num', text: String(incident.requests) }),
      el('td', { text: format.format(new Date(incident.firstAt)) }),
      el('td', { text: format.format(new Date(incident.lastAt)) }),
      el('td', {}, link),
    );
  });
  box.replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
  return true;
}
