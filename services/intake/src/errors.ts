import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

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
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
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
      return sendError(request, reply, 400, 'invalid_request', message, issues);
    }
    const known = clientErrors[error.code];
    if (known !== undefined) return sendError(request, reply, known[0], known[1], error.message);
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, error.statusCode, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, 500, 'internal_error', 'internal error; the failure was logged');
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'not_found', `no route ${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 200)}`));
}

/** Fastify's `frameworkErrors`: a URL that cannot be decoded gets the error format too. */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(request, reply, 400, 'invalid_url', 'the URL is not validly percent-encoded');
}
