import type { FastifyError, FastifyInstance } from 'fastify';

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
};

/**
 * The one place errors become HTTP answers: `{error: {code, message, details}}`, with
 * no stack traces, SQL or internals for the client.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error }, error.message);
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message, details: error.details ?? null } });
    }
    if (error.validation) {
      const issues = (error.validation as ValidationIssue[]).map((issue) => ({
        path: `${error.validationContext ?? ''}${issue.instancePath ?? ''}`,
        message: issue.message ?? 'is invalid',
      }));
      return reply.status(400).send({
        error: { code: 'invalid_request', message: `invalid ${error.validationContext ?? 'request'}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, details: issues },
      });
    }
    const known = clientErrors[error.code];
    if (known !== undefined) {
      const [status, code] = known;
      return reply.status(status).send({ error: { code, message: error.message, details: null } });
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'bad_request', message: error.message, details: null } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal_error', message: 'internal error; the failure was logged', details: null } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}`, details: null } }),
  );
}
