import { acceptInboundMail } from '@caseflow/conversations';
import { type CustomerVault, type Db, findRequestAttachment } from '@caseflow/db';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Client } from '@temporalio/client';
import { Type } from 'typebox';
import { ApiError, notFound } from '../errors';
import '../scopes';
import { ErrorBody, RequestIdParams } from '../schemas';

export interface InboundRoutesOptions {
  db: Db;
  vault: CustomerVault;
  temporal: Client;
  autoCloseAfterSeconds: number;
  reopenWindowDays: number;
  inboundDomain: string;
  replyTokenKey: string | undefined;
  inboundMaxBytes: number;
}

const Recorded = Type.Object({
  outcome: Type.Union([Type.Literal('recorded'), Type.Literal('duplicate'), Type.Literal('ignored')]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});

/**
 * Mail providers' inbound webhooks: the raw RFC 822 message as the body
 * (`Content-Type: message/rfc822`), recorded exactly as the SMTP listener records it; 200
 * only once it is durably recorded. And the attachments of a request's messages, for
 * operators: always as a download, never rendered.
 */
export const inboundRoutes: FastifyPluginAsyncTypebox<InboundRoutesOptions> = async (app, options) => {
  const { db } = options;
  app.addContentTypeParser('message/rfc822', { parseAs: 'buffer', bodyLimit: options.inboundMaxBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/inbound/email',
    {
      config: { scope: 'requests:write' },
      bodyLimit: options.inboundMaxBytes,
      // `consumes` puts the raw body in the document (openapi.ts); Fastify validates no schema on bytes.
      schema: { summary: 'Take in one raw e-mail (message/rfc822)', consumes: ['message/rfc822'], response: { 200: Recorded, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody } },
    },
    async (request) => {
      // JSON is parsed for every route, so a JSON body gets here as an object, not the mail's bytes.
      if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'unsupported_media_type', 'POST /v1/inbound/email takes one raw e-mail as Content-Type: message/rfc822');
      const raw = request.body;
      const result = await acceptInboundMail(
        { db, vault: options.vault, temporal: options.temporal, autoCloseAfterSeconds: options.autoCloseAfterSeconds, reopenWindowMs: options.reopenWindowDays * 86_400_000, inboundDomain: options.inboundDomain, replyTokenKey: options.replyTokenKey },
        raw,
      );
      return {
        outcome: result.outcome,
        requestId: 'requestId' in result ? result.requestId : null,
        reason: result.outcome === 'ignored' ? result.reason : null,
      };
    },
  );

  app.get(
    '/requests/:id/attachments/:sha256',
    {
      config: { scope: 'operator', requestParam: 'id' },
      schema: {
        summary: "Download an attachment of a request's message",
        params: Type.Object({ id: RequestIdParams.properties.id, sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }, { additionalProperties: false }),
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const file = await findRequestAttachment(db, request.params.id, request.params.sha256);
      if (file === undefined) throw notFound(`attachment ${request.params.sha256} of request ${request.params.id}`);
      const filename = file.filename.replace(/[^\w.\- ]/g, '_');
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.bytes);
    },
  );
};
