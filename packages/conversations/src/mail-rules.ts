import type { ParsedMail } from 'mailparser';

/**
 * Mail that must never open a request nor get an answer: auto-replies, bounces, lists. RFC
 * 3834 `Auto-Submitted` (anything but `no`), `Precedence: bulk|junk|list`, the common
 * `X-Autoreply`/`X-Autorespond` headers, and mail from mailer-daemon or postmaster.
 * Answering any of these is how two robots start a mail loop.
 */
export function junkReason(mail: Pick<ParsedMail, 'headers' | 'from'>): string | null {
  const header = (name: string) => {
    const value = mail.headers.get(name);
    if (value === undefined || value === null) return null;
    return (typeof value === 'string' ? value : JSON.stringify(value)).trim().toLowerCase();
  };
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted !== null && !autoSubmitted.startsWith('no')) return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = header('precedence');
  if (precedence !== null && /^(bulk|junk|list)\b/.test(precedence)) return `Precedence: ${precedence}`;
  for (const name of ['x-autoreply', 'x-autorespond', 'x-auto-response-suppress']) {
    const value = header(name);
    if (value !== null && !(name === 'x-auto-response-suppress' && value === '')) {
      if (name !== 'x-auto-response-suppress' || /\ball\b|\boof\b|\bautoreply\b/.test(value)) return `${name}: ${value}`;
    }
  }
  // mailparser gathers List-Id, List-Unsubscribe … under one `list` header.
  if (header('list') !== null || header('list-id') !== null || header('list-unsubscribe') !== null) return 'a mailing list';
  const from = fromAddress(mail);
  if (from === null) return 'no From address';
  const local = from.split('@')[0] ?? '';
  if (/^(mailer-daemon|postmaster|no-?reply|noreply)$/i.test(local)) return `from ${local}`;
  return null;
}

/** The sender's address, lower-cased; null when there is none or more than one. */
export function fromAddress(mail: Pick<ParsedMail, 'from'>): string | null {
  const values = mail.from?.value ?? [];
  if (values.length !== 1) return null;
  const address = values[0]?.address?.trim().toLowerCase();
  return address !== undefined && /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/.test(address) ? address : null;
}

/**
 * The customer's own words: quoted history (`> …`, "On … wrote:", Outlook's "-----Original
 * Message-----", "发件人:") and the signature after "-- " are cut. When the cut would leave
 * nothing, the whole text is kept: losing a message is worse than keeping a quote.
 */
export function ownWords(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = lines.findIndex(
    (line, i) =>
      /^-- ?$/.test(line) ||
      /^-{2,}\s*Original Message\s*-{2,}/i.test(line.trim()) ||
      /^(On .+ wrote:|在.+写道[:：]|发件人[:：]|From: .+)$/.test(line.trim()) ||
      (/^>/.test(line) && lines.slice(i).every((rest) => rest.trim() === '' || rest.startsWith('>'))),
  );
  const kept = (cut < 0 ? lines : lines.slice(0, cut)).join('\n').trim();
  return kept === '' ? text.trim() : kept;
}

/** A subject as one line of text: an encoded-word may smuggle CR/LF or control characters in. */
export function cleanSubject(subject: string | undefined): string {
  const text = [...(subject ?? '')].map((c) => (c.charCodeAt(0) < 32 || c === '\u007f' ? ' ' : c)).join('');
  return text.replace(/\s+/g, ' ').trim().slice(0, 500) || '(no subject)';
}
