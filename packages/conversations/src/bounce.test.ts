import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readBounce } from './bounce';
import { junkReason } from './mail-rules';

const ours = '<msg-3a44c1d2-0b5e-4f7a-9c1d-2e3f4a5b6c7d@caseflow.local>';

/** An RFC 3464 report as Postfix writes one, the bounced mail returned as `returned` (a part type). */
function deliveryReport(options: { returned: 'text/rfc822-headers' | 'message/rfc822'; messageId: string; status?: string; diagnostic?: string }): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: support@caseflow.local',
    'Subject: Undelivered Mail Returned to Sender',
    'Message-ID: <dsn-1@mx.example.com>',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered to one or more recipients.',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    'Final-Recipient: rfc822; ada@example.com',
    'Action: failed',
    `Status: ${options.status ?? '5.1.1'}`,
    `Diagnostic-Code: ${options.diagnostic ?? 'smtp; 550 5.1.1 <ada@example.com>: User unknown'}`,
    '--B',
    `Content-Type: ${options.returned}`,
    '',
    'From: caseflow <support@caseflow.local>',
    'To: ada@example.com',
    `Message-ID: ${options.messageId}`,
    'Subject: Re: Card declined',
    ...(options.returned === 'message/rfc822' ? ['', 'Please try the card again.'] : []),
    '--B--',
    '',
  ].join('\r\n');
}

const parse = (raw: string) => simpleParser(Buffer.from(raw));

describe('delivery reports (bounces)', () => {
  it('names the bounced mail from the returned headers, with Status and Diagnostic-Code as the reason, addresses left out', async () => {
    const bounce = readBounce(await parse(deliveryReport({ returned: 'text/rfc822-headers', messageId: ours })));
    expect(bounce).toEqual({ messageIds: [ours], reason: 'bounced: 5.1.1 smtp; 550 5.1.1 <[address]>: User unknown' });
  });

  it('names the bounced mail from a returned message/rfc822 part', async () => {
    const bounce = readBounce(await parse(deliveryReport({ returned: 'message/rfc822', messageId: ours, status: '5.2.2', diagnostic: 'smtp; 552 mailbox full' })));
    expect(bounce).toEqual({ messageIds: [ours], reason: 'bounced: 5.2.2 smtp; 552 mailbox full' });
  });

  it('a mailer-daemon mail without a report part names the mail by In-Reply-To, else by a Message-ID line in its text', async () => {
    const head = 'From: postmaster@mx.example.com\r\nTo: support@caseflow.local\r\nSubject: failure notice\r\n';
    const byHeader = readBounce(await parse(`${head}In-Reply-To: ${ours}\r\n\r\nSorry, I could not deliver your mail.\r\n`));
    expect(byHeader?.messageIds).toEqual([ours]);
    expect(byHeader?.reason).toBe('bounced: Sorry, I could not deliver your mail.');
    const byText = readBounce(await parse(`${head}\r\nSorry.\r\n--- Below this line is a copy of the message.\r\nMessage-ID: ${ours}\r\n`));
    expect(byText?.messageIds).toEqual([ours]);
  });

  it('a malformed report (no closing boundary, no parts, no ids) is still a report, naming nothing', async () => {
    const raw = 'From: MAILER-DAEMON@mx.example.com\r\nTo: support@caseflow.local\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="X"\r\n\r\n--X\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.0.0\r\n';
    expect(readBounce(await parse(raw))).toEqual({ messageIds: [], reason: 'bounced: 5.0.0' });
  });

  it('a report keeps at most 20 ids and never a header line longer than it should read', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `<m${i}@caseflow.local>`).join(' ');
    const bounce = readBounce(await parse(`From: postmaster@mx.example.com\r\nTo: support@caseflow.local\r\nReferences: ${many}\r\n\r\nno\r\n`));
    expect(bounce?.messageIds.length).toBeLessThanOrEqual(20);
  });

  it("a person's mail is no report, and a report stays junk for the request rules", async () => {
    expect(readBounce(await parse(`From: ada@example.com\r\nTo: support@caseflow.local\r\nIn-Reply-To: ${ours}\r\n\r\nthanks\r\n`))).toBeNull();
    expect(junkReason(await parse(deliveryReport({ returned: 'text/rfc822-headers', messageId: ours })))).not.toBeNull();
  });
});
