import type { Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { frameworkErrors } from './errors';
import { installPlatform, type PlatformOptions } from './platform';
import { analyticsRoutes } from './routes/analytics';
import { apiKeyRoutes } from './routes/api-keys';
import { codecRoutes } from './routes/codec';
import { customerRoutes } from './routes/customers';
import { dashboardRoutes } from './routes/dashboard';
import { deliveryRoutes } from './routes/deliveries';
import { healthRoutes } from './routes/health';
import { inboundRoutes } from './routes/inbound';
import { messageRoutes } from './routes/messages';
import { requestActionRoutes } from './routes/request-actions';
import { requestRoutes } from './routes/requests';
import { webhookRoutes } from './routes/webhooks';
import { slaPolicyRoutes } from './routes/sla-policies';

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
    frameworkErrors,
  });
  // Auth, rate limits, errors, JSON-only bodies, security headers, metrics, OpenAPI: before any route.
  await installPlatform(app, deps);

  await app.register(healthRoutes, { db: deps.db, temporal: deps.temporal, namespace: deps.namespace });
  await app.register(requestRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal, autoCloseAfterSeconds: deps.autoCloseAfterSeconds });
  await app.register(webhookRoutes, { prefix: '/v1', db: deps.db });
  await app.register(deliveryRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal });
  await app.register(customerRoutes, { prefix: '/v1', db: deps.db });
  await app.register(apiKeyRoutes, { prefix: '/v1', db: deps.db });
  await app.register(analyticsRoutes, { prefix: '/v1', db: deps.db, namespace: deps.namespace, temporalUiUrl: deps.temporalUiUrl, cacheMs: deps.analyticsCacheMs, staleMs: deps.analyticsStaleMs, concurrency: deps.analyticsConcurrency });
  await app.register(dashboardRoutes);
  await app.register(codecRoutes, { prefix: '/codec', codecs: deps.payloadCodecs ?? [], corsOrigins: deps.codecCorsOrigins ?? [], auth: deps.codecAuth ?? 'api-key' });
  await app.register(requestActionRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal });
  await app.register(inboundRoutes, {
    prefix: '/v1',
    db: deps.db,
    temporal: deps.temporal,
    autoCloseAfterSeconds: deps.autoCloseAfterSeconds,
    reopenWindowDays: deps.reopenWindowDays ?? 14,
    inboundDomain: deps.inboundDomain ?? 'caseflow.local',
    replyTokenKey: deps.replyTokenKey,
    inboundMaxBytes: deps.inboundMaxBytes ?? 10 * 1024 * 1024,
  });
  await app.register(messageRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal, autoCloseAfterSeconds: deps.autoCloseAfterSeconds, reopenWindowDays: deps.reopenWindowDays ?? 14 });
  await app.register(slaPolicyRoutes, { prefix: '/v1', db: deps.db });
  return app;
}
