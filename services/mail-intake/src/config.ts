import { commonConfig, tracingConfig, conversationConfig, integer, port, string } from '@caseflow/config';

export const mailIntakeConfig = {
  ...commonConfig,
  ...tracingConfig('caseflow-mail-intake'),
  ...conversationConfig,
  /** The SMTP listener; put a relay (MX, TLS, spam filtering) in front of it in production. */
  inboundSmtpPort: port('INBOUND_SMTP_PORT', 2525),
  inboundSmtpHost: string('INBOUND_SMTP_HOST', '127.0.0.1'),
  /** Larger mail is refused with 552 before its body is read to the end. */
  inboundMaxBytes: integer('INBOUND_MAX_BYTES', { fallback: 10 * 1024 * 1024, min: 1024, max: 100 * 1024 * 1024 }),
  /** Messages per sending IP address per minute; more is answered 451 (try again later). */
  inboundRatePerMinute: integer('INBOUND_RATE_PER_MINUTE', { fallback: 120, min: 1 }),
  /** Recipients per message; more is answered 452. */
  inboundMaxRecipients: integer('INBOUND_MAX_RECIPIENTS', { fallback: 50, min: 1, max: 1000 }),
  /** New requests opened by mail close this long after resolution (as intake's). */
  autoCloseAfterSeconds: integer('AUTO_CLOSE_AFTER_SECONDS', { fallback: 72 * 3600, min: 1 }),
};
