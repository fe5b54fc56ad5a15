import type { NotificationPayload } from '@caseflow/contracts';

export type Audience = 'customer' | 'queue';

/** The languages e-mails are written in. */
export type Language = 'en' | 'zh';

/**
 * A request's recorded language as the language of its e-mails: Chinese for `zh`; English
 * for `en` and for `other`, which no template speaks and English reaches most widely.
 */
export function emailLanguage(recorded: 'en' | 'zh' | 'other'): Language {
  return recorded === 'zh' ? 'zh' : 'en';
}

/** Who hears about what: customers about their own request's progress, queues about work for them. */
export const audiences: Record<string, readonly Audience[]> = {
  'request.created': ['customer'],
  'request.classified': ['queue'],
  'request.assigned': ['queue'],
  'request.status_changed': ['customer'],
  'request.commented': ['customer'],
  'request.replied': ['customer'],
  'request.escalated': ['queue'],
  'request.sla_warning': ['queue'],
  'request.resolved': ['customer'],
  'request.reopened': ['customer', 'queue'],
  'request.closed': ['customer'],
  'request.feedback': ['queue'],
};

interface Wording {
  title: string;
  sentence: string;
}

type Facts = { queue: string; assignee: string; status: string; level: string; resolution: string };

const wording: Record<Language, Record<string, (f: Facts) => Wording>> = {
  en: {
    'request.created': () => ({ title: 'Request received', sentence: 'We have received your request and will get back to you soon.' }),
    'request.classified': (f) => ({ title: `New request in ${f.queue}`, sentence: `A new request was routed to the ${f.queue} queue.` }),
    'request.assigned': (f) => ({ title: `Assigned to ${f.assignee}`, sentence: `The request was assigned to ${f.assignee}.` }),
    'request.status_changed': (f) => ({ title: `Status: ${f.status}`, sentence: `The request's status is now ${f.status}.` }),
    'request.commented': () => ({ title: 'New reply', sentence: 'There is a new reply on your request.' }),
    'request.replied': () => ({ title: 'New reply', sentence: 'There is a new reply on your request.' }),
    'request.escalated': (f) => ({ title: `Escalated to level ${f.level}`, sentence: `The request was escalated to level ${f.level}.` }),
    'request.sla_warning': () => ({ title: 'Service-level target at risk', sentence: 'The request is close to missing its service-level target.' }),
    'request.resolved': (f) => ({ title: 'Request resolved', sentence: `Your request has been resolved.${f.resolution ? ` Resolution: ${f.resolution}` : ''}` }),
    'request.reopened': () => ({ title: 'Request reopened', sentence: 'The request was reopened.' }),
    'request.closed': () => ({ title: 'Request closed', sentence: 'The request is now closed. Thank you for contacting us.' }),
    'request.feedback': () => ({ title: 'Customer feedback', sentence: 'The customer left feedback on the request.' }),
  },
  zh: {
    'request.created': () => ({ title: '已收到您的请求', sentence: '我们已收到您的请求，会尽快回复您。' }),
    'request.classified': (f) => ({ title: `${f.queue} 队列有新请求`, sentence: `一个新请求已分配到 ${f.queue} 队列。` }),
    'request.assigned': (f) => ({ title: `已分配给 ${f.assignee}`, sentence: `该请求已分配给 ${f.assignee}。` }),
    'request.status_changed': (f) => ({ title: `状态：${f.status}`, sentence: `请求状态已更新为 ${f.status}。` }),
    'request.commented': () => ({ title: '有新的回复', sentence: '您的请求有新的回复。' }),
    'request.replied': () => ({ title: '有新的回复', sentence: '您的请求有新的回复。' }),
    'request.escalated': (f) => ({ title: `已升级至第 ${f.level} 级`, sentence: `该请求已升级至第 ${f.level} 级。` }),
    'request.sla_warning': () => ({ title: '即将超出服务时限', sentence: '该请求即将超出服务时限。' }),
    'request.resolved': (f) => ({ title: '您的请求已解决', sentence: `您的请求已解决。${f.resolution ? `处理结果：${f.resolution}` : ''}` }),
    'request.reopened': () => ({ title: '请求已重新打开', sentence: '该请求已重新打开。' }),
    'request.closed': () => ({ title: '请求已关闭', sentence: '该请求已关闭，感谢您的联系。' }),
    'request.feedback': () => ({ title: '客户反馈', sentence: '客户对该请求提交了反馈。' }),
  },
};

const labels: Record<Language, { greeting: string; request: string; reference: string; status: string; open: string; colon: string; signature: string }> = {
  en: { greeting: 'Hello,', request: 'Request', reference: 'Reference', status: 'Status', open: 'Open it', colon: ': ', signature: '— caseflow' },
  zh: { greeting: '您好，', request: '请求', reference: '编号', status: '状态', open: '查看', colon: '：', signature: '—— caseflow' },
};

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailFacts {
  payload: NotificationPayload;
  language: Language;
  requestSubject: string;
  link: string;
}

/** True when a template exists: events without one are not e-mailed. */
export function hasTemplate(eventType: string): boolean {
  return wording.en[eventType] !== undefined;
}

/** Subject with the request id (mail clients thread on it), text and HTML bodies with the link. */
export function renderEmail({ payload, language, requestSubject: rawSubject, link }: EmailFacts): RenderedEmail {
  // A request subject may hold line breaks; a header must not.
  const requestSubject = rawSubject.replace(/\s+/g, ' ').trim();
  const request = payload.data.request;
  const facts: Facts = {
    queue: request.classification?.queue ?? 'triage',
    assignee: request.assignee ?? '—',
    status: request.status,
    level: String(request.escalationLevel),
    resolution: request.resolution ?? '',
  };
  const words = (wording[language][payload.type] ?? wording.en['request.status_changed'])!(facts);
  const l = labels[language];
  const subject = `[caseflow #${request.requestId}] ${words.title}${l.colon}${requestSubject}`;
  const lines: [string, string][] = [
    [l.request, requestSubject],
    [l.reference, request.requestId],
    [l.status, request.status],
  ];
  const text = [l.greeting, '', words.sentence, '', ...lines.map(([k, v]) => `${k}${l.colon}${v}`), `${l.open}${l.colon}${link}`, '', l.signature, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><body>`,
    `<p>${escape(l.greeting)}</p>`,
    `<p>${escape(words.sentence)}</p>`,
    `<table>${lines.map(([k, v]) => `<tr><th align="left">${escape(k)}</th><td>${escape(v)}</td></tr>`).join('')}</table>`,
    `<p><a href="${escape(link)}">${escape(l.open)}</a></p>`,
    `<p>${escape(l.signature)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
