import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { deliveryReplayWorkflowId, replayDeliveryWorkflowType, taskQueues } from '@caseflow/contracts';
import { type Db, findDelivery, findSubscription, listDeliveryAttempts } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import '../scopes';
import { ApiError, notFound } from '../errors';
import { ErrorBody } from '../schemas';
import { presentAttempt, presentDelivery } from '../webhooks';
import { DeliveryWithAttempts, IdParams, ReplayAccepted } from './webhook-schemas';

export interface DeliveryRoutesOptions {
  db: Db;
  temporal: Client;
  /** The notification worker's task queue (tests point it at a worker of their own). */
  notificationTaskQueue?: string;
}

/** One webhook delivery with every attempt, and its replay (admin). */
export const deliveryRoutes: FastifyPluginAsyncTypebox<DeliveryRoutesOptions> = async (app, { db, temporal, notificationTaskQueue = taskQueues.notification }) => {
  app.get(
    '/deliveries/:id',
    { config: { scope: 'admin' }, schema: { params: IdParams, response: { 200: DeliveryWithAttempts, 404: ErrorBody } } },
    async (request) => {
      const delivery = await findDelivery(db, request.params.id);
      if (delivery === undefined) throw notFound(`delivery ${request.params.id}`);
      const attempts = await listDeliveryAttempts(db, delivery.id);
      return { ...presentDelivery(delivery), attemptLog: attempts.map(presentAttempt) };
    },
  );

  /**
   * Re-sends a dead or failed delivery: same event id (X-Caseflow-Delivery) and body, a new
   * signature and a fresh retry budget, run by the notification worker. A second replay
   * while one runs joins it; once it has finished, another may start.
   */
  app.post(
    '/deliveries/:id/replay',
    { config: { scope: 'admin' }, schema: { params: IdParams, response: { 202: ReplayAccepted, 404: ErrorBody, 409: ErrorBody } } },
    async (request, reply) => {
      const delivery = await findDelivery(db, request.params.id);
      if (delivery === undefined) throw notFound(`delivery ${request.params.id}`);
      if (delivery.status !== 'dead' && delivery.status !== 'failed') {
        throw new ApiError(409, 'not_replayable', `only dead or failed deliveries can be replayed; this one is ${delivery.status}`, { status: delivery.status });
      }
      const subscription = await findSubscription(db, delivery.subscription_id);
      if (subscription === undefined || !subscription.active) {
        throw new ApiError(409, 'subscription_inactive', 're-enable the webhook (PATCH {"active": true}) before replaying its deliveries', {
          subscriptionId: delivery.subscription_id,
        });
      }
      const workflowId = deliveryReplayWorkflowId(delivery.id);
      await temporal.workflow.start(replayDeliveryWorkflowType, {
        taskQueue: notificationTaskQueue,
        workflowId,
        args: [{ deliveryId: delivery.id, subscriptionId: delivery.subscription_id }],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      });
      return reply.status(202).send({ id: delivery.id, status: 'pending' as const, workflowId });
    },
  );
};
