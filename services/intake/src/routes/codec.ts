import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { decodeJsonPayloads, encodeJsonPayloads, MalformedPayload, type PayloadCodec } from '@caseflow/codec';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { CustomerVault } from '@caseflow/db';
import '../scopes';
import { ApiError } from '../errors';
import { ErrorBody } from '../schemas';

/** Temporal's JSON payloads carry bytes as padded base64: the codec refuses anything else (400). */
const Base64 = (maxLength?: number) =>
  Type.String({ pattern: '^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$', contentEncoding: 'base64', ...(maxLength === undefined ? {} : { maxLength }) });
const JsonPayload = Type.Object(
  { metadata: Type.Optional(Type.Record(Type.String({ maxLength: 256 }), Base64(4096))), data: Type.Optional(Base64()) },
  { additionalProperties: false },
);
const Payloads = Type.Object({ payloads: Type.Array(JsonPayload, { maxItems: 1000 }) }, { additionalProperties: false });

export interface CodecRoutesOptions {
  codecs: PayloadCodec[];
  /** Browser origins (the Temporal Web UI) allowed to call these routes, with credentials. */
  corsOrigins: string[];
  /** Opens the customers' sealed words inside decoded payloads (`[erased]` once a key is destroyed). */
  vault: CustomerVault;
}

/** Payloads are large: the codec routes take up to 4 MB, beyond the API's usual limit. */
const CODEC_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Temporal's remote codec protocol, so the Web UI (and `temporal --codec-endpoint`) can
 * show operators decoded payloads. Same key ring as every worker. Always authenticated:
 * an operator key (`--codec-auth "Bearer …"`), or the session cookie of a lead or admin,
 * which the Web UI sends when its codec setting "include credentials" is on. A cookie is
 * accepted only from a CODEC_CORS_ORIGINS origin (route config `csrf: 'origin'`): the UI
 * cannot send a CSRF header, and a page elsewhere must not use a signed-in lead's cookie.
 */
export const codecRoutes: FastifyPluginAsyncTypebox<CodecRoutesOptions> = async (app, { codecs, corsOrigins, vault }) => {
  const allowCors = (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (origin !== undefined && corsOrigins.includes(origin)) {
      reply.header('access-control-allow-origin', origin).header('vary', 'origin');
      reply.header('access-control-allow-credentials', 'true');
    }
  };
  // On every answer, refusals included: the UI then shows "401"/"403" rather than a CORS error.
  app.addHook('onSend', async (request, reply) => {
    allowCors(request, reply);
  });

  for (const direction of ['encode', 'decode'] as const) {
    // The CORS preflight: browsers never send credentials on it, so it cannot need a key.
    app.options(`/${direction}`, { config: { scope: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      reply.header('access-control-allow-methods', 'POST, OPTIONS');
      reply.header('access-control-allow-headers', 'authorization, content-type, x-namespace');
      reply.header('access-control-max-age', '600');
      return reply.status(204).send();
    });

    app.post(
      `/${direction}`,
      {
        config: { scope: 'codec', csrf: 'origin' },
        bodyLimit: CODEC_BODY_LIMIT,
        schema: { summary: `Temporal remote codec: ${direction} payloads`, body: Payloads, response: { 200: Payloads, 400: ErrorBody } },
      },
      async (request) => {
        try {
          const payloads = direction === 'encode' ? await encodeJsonPayloads(codecs, request.body.payloads) : await vault.unsealPayloads(await decodeJsonPayloads(codecs, request.body.payloads));
          return { payloads };
        } catch (error) {
          if (error instanceof MalformedPayload) throw new ApiError(400, 'invalid_request', error.message);
          throw new ApiError(400, 'codec_failed', `the payloads could not be ${direction}d (unknown key or tampered data)`, null, { cause: error });
        }
      },
    );
  }
};
