import type { IncidentNotice, NotificationActivities, NotificationPayload } from '@caseflow/contracts';
import {
  claimDueDeliveries,
  claimDueEmails,
  claimEventsToPlan,
  type CustomerVault,
  type Db,
  type DueDelivery,
  listenForOutbox,
  markEventPlanned,
  nextOutboxWorkAt,
  type OutboxEvent,
  type OutboxEventToPlan,
  type OutboxListener,
  settleDelivery,
  settleEmail,
} from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { inCarriedSpan, type TraceCarrier } from '@caseflow/tracing';
import { ApplicationFailure } from '@temporalio/common';
import { audiences, hasTemplate } from '../email/templates';
import { planWebhookDeliveries } from '../webhooks/plan';
import type { WebhookSettings } from '../webhooks/activities';
import type { EmailSettings } from '../email/activities';
import { nextAttemptIn } from './schedule';

type Activities = Pick<NotificationActivities, 'deliverWebhook' | 'markDeliveryDead' | 'announceSubscriptionDisabled' | 'sendEmail'>;

export interface DispatcherOptions {
  db: Db;
  /** LISTEN needs a connection of its own. */
  databaseUrl: string;
  vault: CustomerVault;
  webhooks: WebhookSettings;
  email: EmailSettings;
  /** The same attempt, dead-lettering and e-mail code the delivery workflows run as activities. */
  activities: Activities;
  logger: Logger;
  /** The safety net under LISTEN/NOTIFY (a lost notice, a row whose time came). */
  pollMs?: number;
  /** Attempts in flight at once, per copy. */
  concurrency?: number;
}

/**
 * The notification service's outbox dispatcher: plans each queued event's webhook deliveries,
 * makes each due attempt with the retry schedule the delivery workflows had from Temporal
 * (backoff 2 from the initial to the maximum interval, Retry-After honoured, the budget
 * then dead), and sends the e-mails within the same budget. Every piece of work is a row
 * claimed with a lease (`FOR UPDATE SKIP LOCKED`): copies share the work, and a killed
 * copy's claims come back when their lease runs out. A failing subscription's backlog is
 * rows waiting for their next attempt time — no running workflow per event.
 */
export class OutboxDispatcher {
  private readonly inFlight = new Set<Promise<void>>();
  private listener: OutboxListener | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;
  private woken = false;

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    this.listener = listenForOutbox(this.options.databaseUrl, () => this.poke());
    this.running = this.loop();
  }

  /** Finishes the attempts in flight and stops; claims not started lapse to the other copies. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.running;
    await Promise.all(this.inFlight);
    await this.listener?.close();
  }

  private poke(): void {
    this.woken = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    const { pollMs = 1_000 } = this.options;
    while (!this.stopped) {
      this.woken = false;
      let claimed = 0;
      try {
        claimed = await this.claimWork();
      } catch (error) {
        this.options.logger.warn({ err: error }, 'outbox: claiming work failed; trying again');
      }
      if (claimed > 0 || this.woken) continue;
      const next = await nextOutboxWorkAt(this.options.db).catch(() => null);
      const wait = next === null ? pollMs : Math.min(pollMs, Math.max(5, next.getTime() - Date.now()));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => (clearTimeout(timer), resolve());
        if (this.woken || this.stopped) this.wake();
      });
      this.wake = undefined;
    }
  }

  /** Claims as much due work as there is room for and starts it; returns how many rows it took. */
  private async claimWork(): Promise<number> {
    const { db, concurrency = 32, webhooks } = this.options;
    const room = () => concurrency - this.inFlight.size;
    if (room() <= 0) return 0;
    const events = await claimEventsToPlan(db, { limit: room(), leaseMs: 30_000 });
    for (const event of events) this.track(this.plan(event));
    if (room() <= 0) return events.length;
    const deliveries = await claimDueDeliveries(db, { limit: room(), leaseMs: webhooks.policy.attemptTimeoutMs + 5_000 });
    for (const delivery of deliveries) this.track(this.deliver(delivery));
    if (room() <= 0 || this.options.email.transport === undefined) return events.length + deliveries.length;
    const emails = await claimDueEmails(db, { limit: room(), leaseMs: 65_000 });
    for (const email of emails) this.track(this.sendEmail(email));
    return events.length + deliveries.length + emails.length;
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'outbox: a piece of work failed; its claim lapses and it is tried again'))
      .finally(() => {
        this.inFlight.delete(tracked);
        this.poke();
      });
    this.inFlight.add(tracked);
  }

  private async plan(event: OutboxEventToPlan): Promise<void> {
    const { db, vault, email } = this.options;
    const payload = JSON.parse(event.payload) as NotificationPayload | IncidentNotice | { erased: true };
    // An erased request's queued notices go nowhere.
    if (!('data' in payload)) return markEventPlanned(db, event.id, { email: false });
    const deliveries = await planWebhookDeliveries(db, vault, payload, { scheduled: true, requestId: event.requestId });
    // Incidents go to webhooks only: e-mail templates speak of one request.
    const mailed = email.transport !== undefined && 'request' in payload.data && (audiences[payload.type] ?? []).length > 0 && hasTemplate(payload.type);
    await markEventPlanned(db, event.id, { email: mailed });
    if (deliveries.length > 0 || mailed) this.poke();
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const { db, activities, webhooks, logger } = this.options;
    try {
      const carrier = delivery.traceContext === null ? null : (JSON.parse(delivery.traceContext) as TraceCarrier);
      await inCarriedSpan(carrier, 'deliverWebhook', () => activities.deliverWebhook({ deliveryId: delivery.id }));
      return settleDelivery(db, delivery.id, 'final');
    } catch (error) {
      const retryInMs = nextAttemptIn(error, delivery.attempts + 1, delivery.budgetFrom, webhooks.policy);
      if (retryInMs !== null) return settleDelivery(db, delivery.id, { retryInMs });
      const reason = error instanceof ApplicationFailure ? `${error.type ?? 'failure'}: ${error.message}` : String(error);
      logger.warn({ deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, reason }, 'webhook delivery is dead');
      await activities.markDeliveryDead({ deliveryId: delivery.id, reason });
      await settleDelivery(db, delivery.id, 'final');
      if (error instanceof ApplicationFailure && error.type === 'SubscriptionDisabled') {
        await activities.announceSubscriptionDisabled({ subscriptionId: delivery.subscriptionId });
      }
    }
  }

  private async sendEmail(event: OutboxEvent & { attempts: number; plannedAt: Date }): Promise<void> {
    const { db, activities, webhooks, logger } = this.options;
    try {
      await activities.sendEmail(JSON.parse(event.payload) as NotificationPayload);
      await settleEmail(db, event.id, { status: 'sent' });
    } catch (error) {
      const retryInMs = nextAttemptIn(error, event.attempts, event.plannedAt, webhooks.policy);
      if (retryInMs !== null) return settleEmail(db, event.id, { retryInMs });
      logger.warn({ eventId: event.eventId, err: error }, 'e-mail for an event gave up after its retry budget');
      await settleEmail(db, event.id, { status: 'failed' });
    }
  }
}
