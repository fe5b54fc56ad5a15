import { percent } from './charts';
import { locale, t, valueName } from './i18n';
import type { AtRiskAnswer, ClassifierAnswer, CsatAnswer, ResolutionAnswer, TopicsAnswer } from './types';

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
    const link = el('a', { text: t('openInTemporal') });
    link.href = item.temporalUrl;
    link.target = '_blank';
    link.rel = 'noopener';
    const due = el('td', { className: item.slaBreached ? 'due breached' : 'due', text: format.format(new Date(item.slaDueAt)) });
    if (item.slaBreached) due.append(el('span', { className: 'badge', text: t('overdue') }));
    return el(
      'tr',
      {},
      el('td', { className: 'subject', text: item.subject }),
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
