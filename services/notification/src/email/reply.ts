import type { NotificationPayload, ThreadMessage } from '@caseflow/contracts';
import type { Language } from './templates';

const words: Record<Language, { greeting: string; reference: string; open: string; answer: string; signature: string }> = {
  en: { greeting: 'Hello,', reference: 'Reference', open: 'Your request', answer: 'Simply reply to this e-mail to answer.', signature: '— caseflow' },
  zh: { greeting: '您好，', reference: '编号', open: '您的请求', answer: '直接回复此邮件即可回复我们。', signature: '—— caseflow' },
};

export interface RenderedReply {
  subject: string;
  text: string;
  html: string;
}

/**
 * An agent's reply as the customer reads it: the reply's own text (never HTML from the
 * agent: it is escaped), the request's reference and how to answer. The subject keeps the
 * request's so the mail client threads it with the customer's own mail.
 */
export function renderReply(payload: NotificationPayload, message: ThreadMessage, language: Language, requestSubject: string, link: string): RenderedReply {
  const w = words[language];
  const subject = `Re: ${requestSubject.replace(/\s+/g, ' ').trim()} [caseflow #${payload.data.request.requestId}]`;
  const text = [w.greeting, '', message.body, '', `${w.reference}: ${payload.data.request.requestId}`, `${w.open}: ${link}`, w.answer, '', w.signature, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><body>`,
    `<p>${escape(w.greeting)}</p>`,
    `<div style="white-space:pre-wrap">${escape(message.body)}</div>`,
    `<p>${escape(w.reference)}: ${escape(payload.data.request.requestId)} · <a href="${escape(link)}">${escape(w.open)}</a></p>`,
    `<p>${escape(w.answer)}</p>`,
    `<p>${escape(w.signature)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
