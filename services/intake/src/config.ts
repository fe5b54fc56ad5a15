import { commonConfig, integer, port, string } from '@caseflow/config';

export const intakeConfig = {
  ...commonConfig,
  port: port('PORT', 8080),
  host: string('HOST', '127.0.0.1'),
  bodyLimitBytes: integer('BODY_LIMIT_BYTES', { fallback: 64 * 1024, min: 1024, max: 10 * 1024 * 1024 }),
  /** Quiet period after which a resolved request closes by itself. */
  autoCloseAfterSeconds: integer('AUTO_CLOSE_AFTER_SECONDS', { fallback: 72 * 3600, min: 1 }),
};
