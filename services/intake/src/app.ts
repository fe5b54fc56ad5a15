import { FieldCipher } from '@caseflow/codec';
import { CustomerVault, type Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { AddressPolicy } from '@caseflow/net-guard';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { frameworkErrors } from './errors';
import { installPlatform, type PlatformOptions } from './platform';
import { type AssignmentNotices, createAssignmentNotices } from './assignment';
import type { AvailabilityChange } from '@caseflow/db';
import { agentRoutes } from './routes/agents';
import { analyticsRoutes } from './routes/analytics';
import { assignmentRoutes } from './routes/assignment';
import { apiKeyRoutes } from './routes/api-keys';
import { codecRoutes } from './routes/codec';
import { modelRoutes } from './routes/models';
import { customerRoutes } from './routes/customers';
import { erasureRoutes } from './routes/erasure';
import { dashboardRoutes } from './routes/dashboard';
import { deliveryRoutes } from './routes/deliveries';
import { healthRoutes } from './routes/health';
import { inboundRoutes } from './routes/inbound';
import { messageRoutes } from './routes/messages';
import { mergeRoutes } from './routes/merge';
import { requestActionRoutes } from './routes/request-actions';
import { requestRoutes } from './routes/requests';
import { sessionRoutes } from './routes/session';
import { signInPageRoutes } from './routes/sign-in-page';
import { defaultSessionSettings } from './session-cookie';
import { webhookRoutes } from './routes/webhooks';
import { workspaceRoutes } from './routes/workspace';
import { slaPolicyRoutes } from './routes/sla-policies';
import { streamRoutes } from './routes/stream';
import { macroRoutes } from './routes/macros';
import { viewRoutes } from './routes/views';
import { EventHub } from './event-hub';
import { installTracing } from './tracing';
import type { Tracing } from '@caseflow/tracing';

export interface AppDeps extends Omit<PlatformOptions, 'db'> {
  db: Db;
  temporal: Client;
  namespace: string;
  logger: Logger;
  bodyLimitBytes: number;
  autoCloseAfterSeconds: number;
  /** REOPEN_WINDOW_DAYS: a customer's message reopens a request resolved within it (default 14). */
  reopenWindowDays?: number | undefined;
  /** Inbound mail over HTTP (INBOUND_DOMAIN, REPLY_TOKEN_KEY, INBOUND_MAX_BYTES). */
  inboundDomain?: string | undefined;
  replyTokenKey?: string | undefined;
  inboundMaxBytes?: number | undefined;
  /** Temporal Web UI base URL, for links from analytics to a request's workflow. */
  temporalUiUrl?: string | undefined;
  /** How long an analytics answer is fresh and shared, in ms; 0 keeps none (default 30 s). */
  analyticsCacheMs?: number | undefined;
  /** How long after that it is still served while a new one is computed, in ms (default 10 min). */
  analyticsStaleMs?: number | undefined;
  /** How many analytics computations run at once (default 4); the others wait their turn. */
  analyticsConcurrency?: number | undefined;
  /** OPERATOR_ACTION_TIMEOUT_MS: how long an operator action waits for its Update (default 10 s). */
  operatorActionTimeoutMs?: number | undefined;
  /** Which webhook destinations subscriptions may name (WEBHOOK_ALLOW_PRIVATE); default: public addresses only. */
  webhookDestinations?: AddressPolicy | undefined;
  /** Seals webhook signing secrets at rest (the codec key ring); default: an empty ring, secrets in clear. */
  secretCipher?: FieldCipher | undefined;
  /** Wrong passwords in a row before an e-mail is locked (5), and for how long (900 s). */
  loginLockout?: { maxFailures: number; lockSeconds: number } | undefined;
  /**
   * Told of every agent availability change (written by setAgentAvailability). Default:
   * automatic assignment's notices (the queues' lines hear of it).
   */
  onAvailabilityChanged?: ((change: AvailabilityChange) => Promise<void>) | undefined;
  /** REASSIGN_AFTER_AWAY_SECONDS (default 300). */
  reassignAfterAwaySeconds?: number | undefined;
  /** The live-events stream LISTENs on a connection of its own to this database; without it GET /v1/stream answers 503. */
  databaseUrl?: string | undefined;
  /** How often an open stream sends a heartbeat and checks its caller again (default 15 s). */
  streamHeartbeatMs?: number | undefined;
  /** OpenTelemetry (OTEL_EXPORTER_OTLP_ENDPOINT): a span per HTTP request; off by default. */
  tracing?: Tracing | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** What the people routes call after changing an agent: the queues' lines hear of it. */
    assignmentNotices: AssignmentNotices;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.bodyLimitBytes,
    genReqId: (request) => {
      const supplied = request.headers['x-request-id'];
      return typeof supplied === 'string' && /^[\w.-]{1,128}$/.test(supplied) ? supplied : crypto.randomUUID();
    },
    requestIdHeader: false,
    // Path parameters are limited by their schemas (a customer id is up to 128 characters), not
    // by the router's default of 100, which answered a longer one as a malformed URL.
    routerOptions: { maxParamLength: 2048 },
    frameworkErrors,
  });
  // First, so that the request span covers every hook of the platform's too.
  await installTracing(app, deps.tracing);
  // Auth, rate limits, errors, JSON-only bodies, security headers, metrics, OpenAPI: before any route.
  await installPlatform(app, deps);

  await app.register(healthRoutes, { db: deps.db, temporal: deps.temporal, namespace: deps.namespace });
  // Every path by which a customer's words enter Temporal seals them with this (docs/security.md, crypto-shredding).
  const vault = new CustomerVault(deps.db, deps.secretCipher ?? new FieldCipher([]));
  await app.register(requestRoutes, { prefix: '/v1', db: deps.db, vault, temporal: deps.temporal, autoCloseAfterSeconds: deps.autoCloseAfterSeconds });
  await app.register(webhookRoutes, { prefix: '/v1', db: deps.db, destinations: deps.webhookDestinations ?? new AddressPolicy(), secrets: deps.secretCipher ?? new FieldCipher([]) });
  await app.register(deliveryRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal });
  await app.register(customerRoutes, { prefix: '/v1', db: deps.db });
  await app.register(erasureRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal });
  await app.register(apiKeyRoutes, { prefix: '/v1', db: deps.db });
  await app.register(analyticsRoutes, { prefix: '/v1', db: deps.db, namespace: deps.namespace, temporalUiUrl: deps.temporalUiUrl, cacheMs: deps.analyticsCacheMs, staleMs: deps.analyticsStaleMs, concurrency: deps.analyticsConcurrency });
  await app.register(dashboardRoutes);
  await app.register(signInPageRoutes);
  await app.register(workspaceRoutes, { temporalUiUrl: deps.temporalUiUrl ?? 'http://localhost:8233', namespace: deps.namespace });
  await app.register(codecRoutes, { prefix: '/codec', codecs: deps.payloadCodecs ?? [], corsOrigins: deps.codecCorsOrigins ?? [], vault });
  await app.register(requestActionRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal, timeoutMs: deps.operatorActionTimeoutMs });
  await app.register(mergeRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal, timeoutMs: deps.operatorActionTimeoutMs });
  const notices = createAssignmentNotices(deps.db, deps.temporal, deps.reassignAfterAwaySeconds ?? 300);
  app.decorate('assignmentNotices', notices);
  await app.register(assignmentRoutes, {
    prefix: '/v1',
    db: deps.db,
    temporal: deps.temporal,
    notices,
    signedInAgent: (request) => (request.principal?.kind === 'agent' ? request.principal.id : null),
    timeoutMs: deps.operatorActionTimeoutMs,
  });
  await app.register(inboundRoutes, {
    prefix: '/v1',
    db: deps.db,
    vault,
    temporal: deps.temporal,
    autoCloseAfterSeconds: deps.autoCloseAfterSeconds,
    reopenWindowDays: deps.reopenWindowDays ?? 14,
    inboundDomain: deps.inboundDomain ?? 'caseflow.local',
    replyTokenKey: deps.replyTokenKey,
    inboundMaxBytes: deps.inboundMaxBytes ?? 10 * 1024 * 1024,
  });
  await app.register(messageRoutes, {
    prefix: '/v1',
    db: deps.db,
    vault,
    temporal: deps.temporal,
    autoCloseAfterSeconds: deps.autoCloseAfterSeconds,
    reopenWindowDays: deps.reopenWindowDays ?? 14,
    timeoutMs: deps.operatorActionTimeoutMs,
  });
  await app.register(slaPolicyRoutes, { prefix: '/v1', db: deps.db });
  await app.register(sessionRoutes, { prefix: '/v1', db: deps.db, sessions: deps.sessions ?? defaultSessionSettings, lockout: deps.loginLockout ?? { maxFailures: 5, lockSeconds: 900 } });
  const hub = new EventHub(deps.db, deps.databaseUrl, deps.logger);
  app.addHook('onClose', async () => hub.close());
  await app.register(streamRoutes, { prefix: '/v1', db: deps.db, hub, heartbeatMs: deps.streamHeartbeatMs ?? 15_000, sessionIdleSeconds: (deps.sessions ?? defaultSessionSettings).idleSeconds });
  await app.register(macroRoutes, { prefix: '/v1', db: deps.db });
  await app.register(modelRoutes, { prefix: '/v1', db: deps.db });
  await app.register(viewRoutes, { prefix: '/v1', db: deps.db });
  await app.register(agentRoutes, { prefix: '/v1', db: deps.db, onAvailabilityChanged: deps.onAvailabilityChanged ?? notices.onAvailabilityChanged, onCapacityChanged: notices.onCapacityChanged });
  return app;
}
