import { ConfigError, readConfig } from '@caseflow/config';
import { describe, expect, it } from 'vitest';
import { notificationConfig } from './config';

describe('notification configuration', () => {
  it('defaults to a 24 h retry budget and no e-mail', () => {
    const config = readConfig(notificationConfig, {});
    expect(config.webhookRetryBudgetSeconds).toBe(86_400);
    expect(config.smtpUrl).toBeUndefined();
    expect(config.emailQueueRecipients).toEqual({});
    expect(config.webhookDestinations.allowList).toEqual([]);
  });

  it('reads the private-destination allow-list, and refuses an entry that is not a CIDR', () => {
    expect(readConfig(notificationConfig, { WEBHOOK_ALLOW_PRIVATE: '127.0.0.1/32, ::1/128' }).webhookDestinations.allowList).toEqual(['127.0.0.1/32', '::1/128']);
    expect(() => readConfig(notificationConfig, { WEBHOOK_ALLOW_PRIVATE: '127.0.0.1/32,localhost' })).toThrow(/WEBHOOK_ALLOW_PRIVATE entry "localhost" is not a CIDR/);
  });

  it('reads queue recipients per queue', () => {
    const config = readConfig(notificationConfig, { EMAIL_QUEUE_RECIPIENTS: 'payments=a@x.com, b@x.com; cards=c@x.com', SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(config.emailQueueRecipients).toEqual({ payments: ['a@x.com', 'b@x.com'], cards: ['c@x.com'] });
  });

  it('names every malformed variable', () => {
    let error: unknown;
    try {
      readConfig(notificationConfig, { EMAIL_QUEUE_RECIPIENTS: 'payments', SMTP_URL: 'http://mail', EMAIL_ADMIN_RECIPIENTS: 'ops' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('EMAIL_QUEUE_RECIPIENTS must look like');
    expect(problems).toContain('SMTP_URL must be an smtp://');
    expect(problems).toContain('EMAIL_ADMIN_RECIPIENTS must hold e-mail addresses');
  });
});
