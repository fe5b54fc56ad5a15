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
  pruneFinishedEvents,
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
  /** How long an event whose work is over stays in the outbox (OUTBOX_KEEP_HOURS), for whoever looks into a delivery. */
  keepFinishedMs?: number;
  /** How often the finished events past that age are deleted. */
  pruneEveryMs?: number;
}

/** The three kinds of rows the dispatcher claims. */
type Work = 'events' | 'deliveries' | 'emails';
const allWork: readonly Work[] = ['events', 'deliveries', 'emails'];

/** Rows one prune deletes at most: a short statement, whatever the backlog; the next prune comes soon when it was full. */
const pruneBatch = 1_000;

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
  /** The kinds of work that may have become due since the last claim: only those are claimed. */
  private due = new Set<Work>(allWork);
  /** The last claim stopped for want of room: a finished piece of work makes room to claim more. */
  private starved = false;
  private nextPruneAt = 0;

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    // A NOTIFY is a new event; after a reconnect, notices may have been lost.
    this.listener = listenForOutbox(this.options.databaseUrl, (why) => this.poke(why === 'notice' ? ['events'] : allWork));
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

  /** Something of these kinds may be due now; none: only look again at when the next work is due. */
  private poke(kinds: readonly Work[] = []): void {
    for (const kind of kinds) this.due.add(kind);
    this.woken = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    const { pollMs = 1_000 } = this.options;
    while (!this.stopped) {
      this.woken = false;
      const kinds = this.due;
      this.due = new Set();
      try {
        await this.claimWork(kinds);
      } catch (error) {
        for (const kind of kinds) this.due.add(kind);
        this.options.logger.warn({ err: error }, 'outbox: claiming work failed; trying again');
      }
      await this.pruneWhenDue();
      // A claim that had room took everything due of its kinds: claiming again at once finds
      // nothing. What makes more work due wakes the loop and says of which kind (a NOTIFY is
      // an event, a planned event its deliveries and e-mail); a due time or the poll, all.
      if (this.woken) continue;
      const next = await nextOutboxWorkAt(this.options.db).catch(() => null);
      const wait = next === null ? pollMs : Math.min(pollMs, Math.max(5, next.getTime() - Date.now()));
      const timedOut = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), wait);
        this.wake = () => (clearTimeout(timer), resolve(false));
        if (this.woken || this.stopped) this.wake();
      });
      this.wake = undefined;
      if (timedOut) this.poke(allWork);
    }
  }

  /** Without this the outbox grows by every event ever notified. */
  private async pruneWhenDue(): Promise<void> {
    const { db, logger, keepFinishedMs = 24 * 3_600_000, pruneEveryMs = 10 * 60_000 } = this.options;
    if (Date.now() < this.nextPruneAt) return;
    try {
      const deleted = await pruneFinishedEvents(db, { olderThanMs: keepFinishedMs, limit: pruneBatch });
      this.nextPruneAt = Date.now() + (deleted === pruneBatch ? 1_000 : pruneEveryMs);
      if (deleted > 0) logger.info({ deleted }, 'outbox: deleted finished events past their keeping time');
    } catch (error) {
      this.nextPruneAt = Date.now() + pruneEveryMs;
      logger.warn({ err: error }, 'outbox: deleting finished events failed; trying again later');
    }
  }

  /** Claims as much due work of these kinds as there is room for and starts it; notes whether room ran out. */
  private async claimWork(kinds: ReadonlySet<Work>): Promise<void> {
    const { db, concurrency = 32, webhooks } = this.options;
    const room = () => concurrency - this.inFlight.size;
    this.starved = true;
    if (room() <= 0) return;
    if (kinds.has('events')) {
      const events = await claimEventsToPlan(db, { limit: room(), leaseMs: 30_000 });
      for (const event of events) this.track(this.plan(event));
      if (room() <= 0) return;
    }
    if (kinds.has('deliveries')) {
      const deliveries = await claimDueDeliveries(db, { limit: room(), leaseMs: webhooks.policy.attemptTimeoutMs + 5_000 });
      for (const delivery of deliveries) this.track(this.deliver(delivery));
      if (room() <= 0) return;
    }
    if (kinds.has('emails') && this.options.email.transport !== undefined) {
      const emails = await claimDueEmails(db, { limit: room(), leaseMs: 65_000 });
      for (const email of emails) this.track(this.sendEmail(email));
      if (room() <= 0) return;
    }
    this.starved = false;
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'outbox: a piece of work failed; its claim lapses and it is tried again');
        // Its lease runs out later than the loop's next look may be planned.
        this.poke(allWork);
      })
      .finally(() => {
        this.inFlight.delete(tracked);
        if (this.starved) this.poke(allWork);
      });
    this.inFlight.add(tracked);
  }

  /** A retry set for later may come before the time the loop is waiting for: it looks again. */
  private async settledForRetry(settled: Promise<void>): Promise<void> {
    await settled;
    this.poke();
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
    const due: Work[] = [];
    if (deliveries.length > 0) due.push('deliveries');
    if (mailed) due.push('emails');
    if (due.length > 0) this.poke(due);
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const { db, activities, webhooks, logger } = this.options;
    try {
      const carrier = delivery.traceContext === null ? null : (JSON.parse(delivery.traceContext) as TraceCarrier);
      const outcome = await inCarriedSpan(carrier, 'deliverWebhook', () => activities.deliverWebhook({ deliveryId: delivery.id }));
      // A delivered attempt was recorded final (recordDeliveryAttempt); the others end here.
      if (outcome !== 'delivered') await settleDelivery(db, delivery.id, 'final');
      return;
    } catch (error) {
      const retryInMs = nextAttemptIn(error, delivery.attempts + 1, delivery.budgetFrom, webhooks.policy);
      if (retryInMs !== null) return await this.settledForRetry(settleDelivery(db, delivery.id, { retryInMs }));
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
      if (retryInMs !== null) return await this.settledForRetry(settleEmail(db, event.id, { retryInMs }));
      logger.warn({ eventId: event.eventId, err: error }, 'e-mail for an event gave up after its retry budget');
      await settleEmail(db, event.id, { status: 'failed' });
    }
  }
}
