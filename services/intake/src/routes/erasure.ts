import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { completeCustomerErasure, type Db, startCustomerErasure } from '@caseflow/db';
import { terminateWorkflows } from '@caseflow/temporal';
import type { Client } from '@temporalio/client';
import { Type } from 'typebox';
import { actorOf } from '../auth';
import { ApiError, notFound } from '../errors';
import { erasureTermination } from '../intake';
import '../scopes';
import { CustomerIdString, ErrorBody } from '../schemas';

const count = Type.Integer({ minimum: 0 });
const ErasureAnswer = Type.Object({
  customerId: Type.String(),
  erasedAt: Type.String({ format: 'date-time' }),
  alreadyErased: Type.Boolean({ description: 'true: an earlier call erased the customer; this one changed nothing and repeats what that one erased.' }),
  workflowsClosed: count,
  erased: Type.Object({
    requests: count,
    messages: count,
    attachments: count,
    inboundEmails: count,
    emailDeliveries: count,
    webhookDeliveries: count,
    events: Type.Integer({ minimum: 0, description: 'Events whose words (comments, resolutions, reasons) were removed.' }),
    dataKeys: Type.Integer({ minimum: 0, maximum: 1, description: '1: the customer\'s data key was destroyed, so what their workflow histories hold opens to "[erased]" (crypto-shredding).' }),
  }),
});


/**
 * Erasure of a customer (issue 16): their workflows are terminated first, so that none
 * writes again, then the read model is blanked in one transaction (packages/db erasure.ts).
 * A call that failed half-way is resumed by the next one; a call after success changes nothing.
 */
export const erasureRoutes: FastifyPluginAsyncTypebox<{ db: Db; temporal: Client }> = async (app, { db, temporal }) => {
  app.post(
    '/customers/:id/erase',
    {
      config: { scope: 'admin' },
      schema: {
        summary: 'Erase a customer\'s personal data',
        description:
          'Terminates the customer\'s running request workflows, then blanks every request\'s subject, body, metadata and thread, attachments, raw inbound mail, e-mail and webhook delivery logs and the words in their events, and anonymises the customer (name "[erased]", no e-mail, externalId `erased:<id>`). Statuses, times and categories stay for analytics. No request may name the customer afterwards (409 `customer_erased`). A second call changes nothing and answers `alreadyErased: true`. See docs/security.md, "Erasure and retention".',
        params: Type.Object({ id: CustomerIdString }, { additionalProperties: false }),
        response: { 200: ErasureAnswer, 400: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
    },
    async (request) => {
      const customerId = request.params.id;
      const started = await startCustomerErasure(db, customerId);
      if (started.outcome === 'not_found') throw notFound(`customer ${customerId}`);
      if (started.outcome === 'already_erased') {
        return { customerId, erasedAt: started.erasedAt.toISOString(), alreadyErased: true, workflowsClosed: started.workflowsClosed, erased: started.counts };
      }
      const workflowsClosed = await terminateWorkflows(temporal, started.workflowIds, erasureTermination).catch((error: unknown) => {
        // Nothing is blanked yet and no new request may name the customer: the next call resumes here.
        throw new ApiError(503, 'temporarily_unavailable', 'the customer\'s workflows could not all be closed; nothing was erased yet, call again', null, { cause: error });
      });
      const done = await completeCustomerErasure(db, customerId, actorOf(request.principal), workflowsClosed);
      if (done === undefined) {
        // Another call finished first: answer as the no-op it is.
        const again = await startCustomerErasure(db, customerId);
        if (again.outcome !== 'already_erased') throw new Error(`customer ${customerId} neither erased nor erasable`);
        return { customerId, erasedAt: again.erasedAt.toISOString(), alreadyErased: true, workflowsClosed: again.workflowsClosed, erased: again.counts };
      }
      request.log.info({ customerId, workflowsClosed, erased: done.counts }, 'customer erased');
      return { customerId, erasedAt: done.erasedAt.toISOString(), alreadyErased: false, workflowsClosed, erased: done.counts };
    },
  );
};
