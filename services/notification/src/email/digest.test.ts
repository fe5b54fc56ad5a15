import { createLogger } from '@caseflow/logging';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpMailbox } from '@caseflow/test-harness/smtp';
import { createDigestActivities } from './digest';

let smtp: SmtpMailbox;

beforeAll(async () => {
  smtp = await new SmtpMailbox().start();
});

afterAll(async () => {
  await smtp?.stop();
});

describe('the escalation digest', () => {
  it('sends each queue team its own breaches and the admins every queue, over real SMTP', async () => {
    const { notifyDigest } = createDigestActivities(
      {
        transport: createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true }),
        from: 'caseflow <caseflow@support.example.com>',
        queueRecipients: { cards: ['cards-team@example.com'], payments: ['pay-team@example.com'] },
        adminRecipients: ['ops@example.com'],
        requestLinkBase: 'https://help.example.com/requests/',
      },
      createLogger('digest-test', 'silent'),
    );
    await notifyDigest({
      id: 'digest.caseflow-escalation-digest-2026-11-25T08:00:00Z',
      createdAt: '2026-11-25T08:00:00.000Z',
      queues: [
        { queue: 'cards', breached: 3, oldestDueAt: '2026-11-24T09:00:00.000Z', highestLevel: 2 },
        { queue: 'transfers', breached: 1, oldestDueAt: null, highestLevel: 1 },
      ],
    });

    const [admin] = smtp.to('ops@example.com');
    expect(admin?.mail.subject).toBe('[caseflow] SLA digest: 4 open request(s) past target');
    expect(admin?.mail.text).toContain('- cards: 3 open request(s)');
    expect(admin?.mail.text).toContain('- transfers: 1 open request(s)');
    const [cards] = smtp.to('cards-team@example.com');
    expect(cards?.mail.text).toContain('- cards: 3');
    expect(cards?.mail.text).not.toContain('transfers');
    expect(smtp.to('pay-team@example.com')).toEqual([]);
  });
});
