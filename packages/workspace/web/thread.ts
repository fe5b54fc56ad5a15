import type { Message, RequestEvent } from './api';
import { h } from './dom';
import { locale, t, valueName } from './i18n';

/** Events that only announce a message: the message itself is in the thread. */
const shownAsMessage = new Set(['request.replied', 'request.note_added', 'request.message_received']);

function when(at: string): HTMLTimeElement {
  return h('time', { datetime: at }, new Date(at).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }));
}

function short(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    const named = value as Record<string, unknown>;
    if (typeof named['name'] === 'string') return named['name'];
    return Object.entries(named)
      .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object')
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ');
  }
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(2);
  // Times in event data (an escalated clock's dueAt) read like the timeline's own, not as ISO strings.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  return valueName(String(value));
}

/** One line of an event: what happened, its main data (from → to when it has them), who did it. */
function eventSummary(event: RequestEvent): string {
  const data = event.data;
  if ('from' in data && 'to' in data) return `${short(data['from'])} → ${short(data['to'])}`;
  return Object.entries(data)
    .filter(([key, value]) => value !== null && key !== 'messageId' && key !== 'policyId')
    .slice(0, 4)
    .map(([key, value]) => `${key}: ${short(value)}`)
    .join(' · ');
}

function actorName(actor: unknown): string {
  if (typeof actor === 'object' && actor !== null && 'name' in actor && typeof actor.name === 'string') return actor.name;
  if (typeof actor === 'object' && actor !== null && 'kind' in actor && actor.kind === 'customer') return t('customerMessage');
  return t('system');
}

function messageItem(requestId: string, message: Message): HTMLLIElement {
  const internal = message.visibility === 'internal';
  const inbound = message.direction === 'inbound';
  const kind = internal ? 'note' : inbound ? 'customer' : 'reply';
  const label = internal ? t('internalNote') : inbound ? t('customerMessage') : t('publicReply');
  // A customer's own message without a name given is signed with the customer's name once the panel knows it (not "Customer" twice).
  const author = message.author.name ?? (inbound ? '' : t('system'));
  return h(
    'li',
    { className: `entry message m-${kind}`, 'data-kind': kind },
    h('div', { className: 'entry-head' }, h('strong', { className: 'badge' }, label), ' ', h('span', { className: inbound && author === '' ? 'customer-name' : '' }, author), author === '' ? ' ' : ' · ', when(message.at)),
    // Text only: a customer's words are never markup here.
    h('p', { className: 'body' }, message.body),
    message.html !== null ? h('p', { className: 'muted small' }, t('htmlNotShown')) : null,
    message.attachments.length > 0
      ? h(
          'ul',
          { className: 'attachments', 'aria-label': t('attachments') },
          message.attachments.map((file) =>
            h('li', {}, h('a', { href: `/v1/requests/${requestId}/attachments/${file.sha256}`, download: file.filename }, `${file.filename} (${Math.ceil(file.size / 1024)} kB)`)),
          ),
        )
      : null,
  );
}

function eventItem(event: RequestEvent): HTMLLIElement {
  return h(
    'li',
    { className: 'entry event', 'data-type': event.type },
    h('span', { className: 'event-type' }, valueName(event.type.replace(/^request\./, ''))),
    ' ',
    h('span', { className: 'event-data' }, eventSummary(event)),
    ' · ',
    h('span', {}, `${t('by')} ${actorName(event.actor)}`),
    ' · ',
    when(event.at),
  );
}

/** The conversation merged with the lifecycle events, oldest first: one timeline. */
export function timeline(requestId: string, messages: Message[], events: RequestEvent[]): HTMLOListElement {
  const entries: { at: string; node: () => HTMLLIElement }[] = [
    ...messages.map((message) => ({ at: message.at, node: () => messageItem(requestId, message) })),
    ...events.filter((event) => !shownAsMessage.has(event.type)).map((event) => ({ at: event.at, node: () => eventItem(event) })),
  ];
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return h('ol', { className: 'timeline', id: 'timeline' }, entries.map((entry) => entry.node()));
}
