import { AddressPolicy } from '@caseflow/net-guard';
import { commonConfig, tracingConfig, conversationConfig, custom, integer, oneOf, optionalString, port, retired, secret, string, url, urlList } from '@caseflow/config';
import { parseAllowedHosts } from './hosts';

export const intakeConfig = {
  ...commonConfig,
  ...tracingConfig('caseflow-intake'),
  port: port('PORT', 8080),
  host: string('HOST', '127.0.0.1'),
  bodyLimitBytes: integer('BODY_LIMIT_BYTES', { fallback: 64 * 1024, min: 1024, max: 10 * 1024 * 1024 }),
  /** Quiet period after which a resolved request closes by itself. */
  autoCloseAfterSeconds: integer('AUTO_CLOSE_AFTER_SECONDS', { fallback: 72 * 3600, min: 1 }),
  /** When set, an admin API key with exactly this value is made to exist at start (bootstrap). */
  adminKey: (env: Record<string, string | undefined>) =>
    optionalString('CASEFLOW_ADMIN_KEY')(env) === undefined ? undefined : secret('CASEFLOW_ADMIN_KEY', { minLength: 24 })(env),
  /** Requests per key (per IP without a key) per window; a key gets the highest limit among its scopes. */
  rateLimitWindowMs: integer('RATE_LIMIT_WINDOW_MS', { fallback: 60_000, min: 1_000 }),
  rateLimits: (env: Record<string, string | undefined>) => ({
    unauthenticated: integer('RATE_LIMIT_UNAUTHENTICATED', { fallback: 60, min: 1 })(env),
    'requests:write': integer('RATE_LIMIT_REQUESTS_WRITE', { fallback: 600, min: 1 })(env),
    'requests:read': integer('RATE_LIMIT_REQUESTS_READ', { fallback: 1200, min: 1 })(env),
    operator: integer('RATE_LIMIT_OPERATOR', { fallback: 1200, min: 1 })(env),
    admin: integer('RATE_LIMIT_ADMIN', { fallback: 600, min: 1 })(env),
  }),
  /** Origins (the Temporal Web UI) allowed to call /codec/encode and /codec/decode from a browser. */
  codecCorsOrigins: urlList('CODEC_CORS_ORIGINS', ['http:', 'https:']),
  /** The Temporal Web UI, for the dashboard's links to a request's workflow. */
  temporalUiUrl: url('TEMPORAL_UI_URL', ['http:', 'https:'], 'http://localhost:8233'),
  /** How long an analytics answer is kept and shared by everyone who asks the same question; 0 keeps none. */
  analyticsCacheSeconds: integer('ANALYTICS_CACHE_SECONDS', { fallback: 30, min: 0, max: 3600 }),
  /** How long after that an answer is still served at once while a new one is computed in the background. */
  analyticsStaleSeconds: integer('ANALYTICS_STALE_SECONDS', { fallback: 600, min: 0, max: 86_400 }),
  /** How many analytics computations run at once: each holds a pool connection (20) and a core for up to a second. */
  analyticsConcurrency: integer('ANALYTICS_CONCURRENCY', { fallback: 4, min: 1, max: 16 }),
  /** The Host names intake answers for (DNS rebinding); host:port matches on the name. */
  allowedHosts: custom('ALLOWED_HOSTS', parseAllowedHosts),
  /** How long an operator action waits for its Update before answering 202 (accepted) or 503 (not even accepted). */
  operatorActionTimeoutMs: integer('OPERATOR_ACTION_TIMEOUT_MS', { fallback: 10_000, min: 100, max: 120_000 }),
  /** CIDRs of non-public addresses a webhook URL may name (the notification service's allow-list, same syntax). */
  webhookDestinations: custom('WEBHOOK_ALLOW_PRIVATE', (value) => AddressPolicy.fromAllowList(value)),
  /** How long an agent may be away or offline before what they had not started goes back to the line. */
  reassignAfterAwaySeconds: integer('REASSIGN_AFTER_AWAY_SECONDS', { fallback: 300, min: 1, max: 7 * 86_400 }),
  /** Refused at start: the codec endpoint always needs an operator (README "Finding a request in the Temporal Web UI"). */
  codecAuth: retired('CODEC_AUTH', 'the codec endpoint always needs an operator key or the session of a lead or admin; remove it'),
  /** Sessions of signed-in agents: ended when unused this long, and this long after sign-in whatever happens. */
  sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', { fallback: 120, min: 1, max: 7 * 24 * 60 }),
  sessionAbsoluteHours: integer('SESSION_ABSOLUTE_HOURS', { fallback: 12, min: 1, max: 30 * 24 }),
  /** `auto`: the cookie is Secure when the request came over TLS; `always`: behind a TLS-terminating proxy. */
  sessionCookieSecure: oneOf('SESSION_COOKIE_SECURE', ['auto', 'always'], 'auto'),
  /** How long an e-mail is locked after 5 wrong passwords in a row. */
  loginLockSeconds: integer('LOGIN_LOCK_SECONDS', { fallback: 900, min: 1, max: 86_400 }),
  ...conversationConfig,
  /** POST /v1/inbound/email: larger raw mail is refused with 413. */
  inboundMaxBytes: integer('INBOUND_MAX_BYTES', { fallback: 10 * 1024 * 1024, min: 1024, max: 100 * 1024 * 1024 }),
};
