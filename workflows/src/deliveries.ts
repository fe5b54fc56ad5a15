import type { NotificationPayload } from '@caseflow/contracts';
import { handOffEvent } from './event-delivery';
import type { HeldNotice } from './request-state';

/**
 * The request's notifications: handed to the notification service at once, or held until
 * the SLA calendar's next opening (nobody is paged at midnight for a request that waits for
 * Monday). What is held or still in flight when the run continues as new goes to the next
 * run, so no notice is lost.
 */
export class Deliveries {
  private readonly inFlight: Promise<void>[] = [];
  /** Published but not yet settled: handed to the next run if this one continues as new. */
  private readonly unsettled = new Map<string, NotificationPayload>();

  constructor(private readonly held: HeldNotice[]) {}

  deliver(payload: NotificationPayload): void {
    this.unsettled.set(payload.id, payload);
    this.inFlight.push(publish(payload).finally(() => this.unsettled.delete(payload.id)));
  }

  hold(releaseAt: string, payload: NotificationPayload): void {
    this.held.push({ releaseAt, payload });
  }

  /** Delivers the held notices whose time has come. */
  releaseDue(now: number): void {
    for (const notice of this.held.filter((n) => Date.parse(n.releaseAt) <= now)) {
      this.held.splice(this.held.indexOf(notice), 1);
      this.deliver(notice.payload);
    }
  }

  releaseTimes(): number[] {
    return this.held.map((notice) => Date.parse(notice.releaseAt));
  }

  /** Deliveries still in flight are sent again by the next run (subscribers de-duplicate on the event id). */
  carried(): HeldNotice[] {
    const resend = [...this.unsettled.values()].map((payload) => ({ releaseAt: new Date().toISOString(), payload }));
    return [...this.held, ...resend];
  }

  async settled(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}

/** Hands the event to the notification service's delivery workflow (event-delivery.ts); never waits for a receiver. */
async function publish(payload: NotificationPayload): Promise<void> {
  await handOffEvent(payload);
}
