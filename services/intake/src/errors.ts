import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DeclaredMethods } from './method-not-allowed';

/** A failure the client can act on; everything else answers a bare 500. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} does not exist`);

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: unknown;
}

/** Fastify's own errors that are the client's fault, by code: status and our error code. */
const clientErrors: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
  FST_ERR_CTP_INVALID_CHARSET: [415, 'unsupported_media_type'],
  FST_ERR_BAD_URL: [400, 'invalid_url'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'bad_request'],
};

/**
 * Sends the one error document: `{error: {code, message, details, requestId}}`. It is
 * serialized here, not by the route's response schema, so no route can drop a field.
 */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string, details: unknown = null) {
  return reply
    .status(status)
    .header('x-request-id', request.id)
    .type('application/json; charset=utf-8')
    .serializer(JSON.stringify)
    .send({ error: { code, message, details: details ?? null, requestId: request.id } });
}

/**
 * The one place errors become HTTP answers, with no stack traces, SQL or internals for
 * the client: whatever is not a known client error is a bare 500 and is logged.
 */
export function installErrorHandling(app: FastifyInstance): void {
  let declared: DeclaredMethods | undefined;
  /**
   * No route matched. A path the API has, asked with a method it does not declare, is a 405
   * naming the declared ones in Allow. Only a caller with a valid credential gets this far
   * (authorization runs first: docs/security.md), and it can read the same list in
   * /openapi.json, so the 405 tells nobody anything new.
   */
  const unrouted = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = (declared ??= new DeclaredMethods(app.routeScopes)).at(path);
    // A route that has the method and found nothing (a missing static asset) is a 404, not a 405.
    const routed = allowed.includes(request.method) || (request.method === 'HEAD' && allowed.includes('GET'));
    if (allowed.length > 0 && !routed) {
      reply.header('allow', allowed.join(', '));
      return sendError(request, reply, 405, 'method_not_allowed', `${request.method} is not a method of ${path.slice(0, 200)}; it has ${allowed.join(', ')}`, { allowed });
    }
    return sendError(request, reply, 404, 'not_found', `no route ${request.method} ${path.slice(0, 200)}`);
  };

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    // A body that cannot be parsed for a route that does not exist: the route is the answer.
    if (request.is404 && !(error instanceof ApiError)) return unrouted(request, reply);
    if (error instanceof ApiError) {
      if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error }, error.message);
      return sendError(request, reply, error.statusCode, error.code, error.message, error.details);
    }
    if (error.validation) {
      const issues = (error.validation as ValidationIssue[]).map((issue) => ({
        path: `${error.validationContext ?? ''}${issue.instancePath ?? ''}`,
        message: issue.message ?? 'is invalid',
      }));
      const message = `invalid ${error.validationContext ?? 'request'}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`;
      const codes = request.routeOptions.config.validationCodes ?? {};
      const fieldCode = issues.length > 0 && issues.every((issue) => issue.path === issues[0]?.path) ? codes[issues[0]?.path ?? ''] : undefined;
      return sendError(request, reply, 400, fieldCode ?? 'invalid_request', message, issues);
    }
    const known = clientErrors[error.code];
    if (known !== undefined) return sendError(request, reply, known[0], known[1], error.message);
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, error.statusCode, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, 500, 'internal_error', 'internal error; the failure was logged');
  });

  app.setNotFoundHandler(unrouted);
}

/** Fastify's `frameworkErrors`: a URL that cannot be decoded gets the error format too. */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(request, reply, 400, 'invalid_url', 'the URL is not validly percent-encoded');
}
