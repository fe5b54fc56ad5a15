import { createHash } from 'node:crypto';
import { type LabelledText, mulberry32, type Routing } from '@caseflow/classifier';
import type { EventActor } from '@caseflow/db';
import { assigneesByQueue, chineseTexts, emergingText } from './texts';

/**
 * Demo data: a month of requests from the banking77 texts, each walked through the
 * lifecycle with plausible timings (queue by queue; nights and weekends wait for the next
 * working morning), up to `now`. Deterministic for a seed. Pure: no I/O, no clock.
 */
/** Demo people have no agent row: a stable made-up id per name. */
const demoAgent = (name: string): EventActor => ({ kind: 'agent', id: `demo-${name}`, name });

export interface DemoEvent {
  type: string;
  actor: EventActor;
  at: Date;
  data: Record<string, unknown>;
}

export interface DemoRequest {
  id: string;
  customerId: string;
  subject: string;
  body: string;
  type: string;
  channel: string;
  createdAt: Date;
  predicted: { category: string; queue: string; priority: string; confidence: number };
  category: string;
  queue: string;
  priority: string;
  confidence: number;
  status: string;
  assignee: string | null;
  resolution: string | null;
  escalationLevel: number;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  csatScore: number | null;
  /** Due time of the SLA clock still running at `now`; null once both stopped. */
  slaDueAt: Date | null;
  slaBreached: boolean;
  updatedAt: Date;
  events: DemoEvent[];
}

export interface SlaTargets {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export interface DemoOptions {
  now: Date;
  days: number;
  count: number;
  seed: number;
  texts: readonly LabelledText[];
  routing: Routing;
  targets: (priority: string) => SlaTargets;
  /** When `minutes` of SLA time after `start` run out for a request of this priority (business time, when its policy has a calendar). */
  dueAt: (start: Date, minutes: number, priority: string) => Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Median minutes to first response and to resolution per queue; transfers run late. */
const pace: Record<string, [number, number]> = {
  cards: [35, 300], payments: [80, 600], transfers: [260, 1900], account: [110, 720], top_ups: [60, 420],
  cash: [70, 480], fees: [150, 900], exchange: [120, 700], security: [18, 180], triage: [300, 1500],
};


export function demoRequestId(seed: number, i: number): string {
  const h = createHash('sha256').update(`caseflow-demo-${seed}-${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Working hours 08:00–19:00 UTC, Monday to Friday: people answer then. */
function nextWorkingInstant(t: number): number {
  const d = new Date(t);
  const day = d.getUTCDay();
  const hour = d.getUTCHours() + d.getUTCMinutes() / 60;
  if (day >= 1 && day <= 5 && hour >= 8 && hour < 19) return t;
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  let next = hour < 8 ? midnight + 8 * HOUR : midnight + DAY + 8 * HOUR;
  while (![1, 2, 3, 4, 5].includes(new Date(next).getUTCDay())) next += DAY;
  return next;
}

export function generateDemo(options: DemoOptions): DemoRequest[] {
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  /** Log-normal around a median (minutes), spread ~×2. */
  const around = (medianMinutes: number) => medianMinutes * MINUTE * Math.exp(0.75 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
  const { routing, now } = options;
  const start = now.getTime() - options.days * DAY;
  const byLabel = new Map<string, string[]>();
  for (const { text, label } of options.texts) byLabel.set(label, [...(byLabel.get(label) ?? []), text]);
  const labels = [...byLabel.keys()].sort();
  // Some categories are asked about far more than others (a Zipf-like mix, fixed by the seed).
  const ranks = labels.map((_, i) => i).sort(() => random() - 0.5);
  const weights = ranks.map((rank) => 1 / Math.pow(1 + rank, 1.05));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sameQueue = (category: string) => labels.filter((l) => routeOf(l).queue === routeOf(category).queue && l !== category);
  const routeOf = (category: string) => routing.categories[category] ?? routing.defaultRoute;

  // Busier on weekdays and in working hours, and growing over the month.
  const createdAt = (from: number, to: number): Date => {
    for (;;) {
      const t = from + random() * (to - from);
      const d = new Date(t);
      const hour = d.getUTCHours();
      const w = ([0, 6].includes(d.getUTCDay()) ? 0.45 : 1) * (hour >= 7 && hour < 20 ? 1 : 0.25) * (0.75 + (0.35 * (t - start)) / (now.getTime() - start));
      if (random() < w) return d;
    }
  };

  const requests: DemoRequest[] = [];
  const emergingCount = Math.round(options.count * 0.03);
  for (let i = 0; i < options.count; i++) {
    const emerging = i < emergingCount ? (i % 3 === 2 ? 'wallet' : 'staking') : null;
    let subject: string;
    let body: string;
    let actual: string;
    let created: Date;
    if (emerging !== null) {
      // New kinds of request: a trickle two weeks ago, a stream this week.
      const recent = i % 8 !== 0;
      created = createdAt(recent ? now.getTime() - 7 * DAY : now.getTime() - 14 * DAY, recent ? now.getTime() : now.getTime() - 7 * DAY);
      ({ subject, body } = emergingText(emerging, i));
      actual = emerging === 'staking' ? 'top_up_failed' : 'card_not_working';
    } else {
      created = createdAt(start, now.getTime());
      let r = random() * totalWeight;
      actual = labels.find((_, k) => (r -= weights[k]!) < 0) ?? labels[0]!;
      // A wave of card fraud in the last five days.
      if (created.getTime() > now.getTime() - 5 * DAY && random() < 0.12) actual = pick(['compromised_card', 'card_payment_not_recognised']);
      const chinese = chineseTexts[actual];
      const text = chinese !== undefined && random() < 0.25 ? pick(chinese) : pick(byLabel.get(actual) ?? ['I need help with my account.']);
      subject = text.length > 90 ? `${text.slice(0, 87)}…` : text;
      body = text;
    }

    const right = emerging === null && random() < 0.9;
    const predictedCategory = right ? actual : emerging !== null ? pick(['top_up_failed', 'balance_not_updated_after_bank_transfer', 'card_not_working', 'pending_top_up']) : pick(sameQueue(actual).length > 0 ? sameQueue(actual) : labels);
    const confidence = Math.round((emerging !== null ? 0.18 + 0.27 * random() : right ? 1 - 0.62 * Math.pow(random(), 2.2) : 0.2 + 0.55 * random()) * 1000) / 1000;
    const route = routeOf(predictedCategory);
    const predicted = { category: predictedCategory, queue: confidence < routing.threshold ? routing.triageQueue : route.queue, priority: route.priority, confidence };
    requests.push(walk({ i, subject, body, created, predicted, actual, emerging: emerging !== null }));
  }
  return requests.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  function walk(r: { i: number; subject: string; body: string; created: Date; predicted: DemoRequest['predicted']; actual: string; emerging: boolean }): DemoRequest {
    const events: DemoEvent[] = [];
    const at = (t: number) => new Date(Math.round(t));
    let t = r.created.getTime();
    events.push({ type: 'request.created', actor: { kind: 'system' }, at: at(t), data: { type: 'inquiry', channel: 'web' } });
    t += 800 + random() * 2500;
    events.push({ type: 'request.classified', actor: { kind: 'system' }, at: at(t), data: { ...r.predicted, modelVersion: 'demo', alternatives: [] } });
    let category = r.predicted.category;
    let queue = r.predicted.queue;
    const priority = r.predicted.priority;
    // Operators route triage and fix wrong guesses; a new kind of request mostly stays in triage.
    const fix = (category !== r.actual || queue === routing.triageQueue) && (!r.emerging || random() < 0.3);
    if (fix) {
      t = nextWorkingInstant(t) + around(40);
      const to = { category: r.actual, ...routeOf(r.actual) };
      events.push({ type: 'request.reclassified', actor: { kind: 'api_key', id: 'demo', name: 'duty.lead' }, at: at(t), data: { from: { category, queue, priority }, to } });
      category = r.actual;
      queue = to.queue;
    }
    const assignee = pick(assigneesByQueue[queue] ?? ['duty.lead']);
    const [respondMedian, resolveMedian] = pace[queue] ?? [120, 720];
    t = nextWorkingInstant(t) + around(Math.min(30, respondMedian / 3));
    events.push({ type: 'request.assigned', actor: { kind: 'api_key', id: 'demo', name: 'duty.lead' }, at: at(t), data: { assignee, previous: null } });
    // Three in five agents confirm a right guess when they take the request (by its index: the random sequence stays as it was); classifier quality counts only these and the fixes as reviewed.
    if (!fix && r.i % 5 < 3) events.push({ type: 'request.category_confirmed', actor: { kind: 'api_key', id: 'demo', name: assignee }, at: at(t + 60_000), data: { category, queue } });
    t += around(5);
    events.push({ type: 'request.status_changed', actor: demoAgent(assignee), at: at(t), data: { from: 'assigned', to: 'in_progress' } });
    const responded = nextWorkingInstant(t + around(respondMedian * 0.6));
    events.push({ type: 'request.commented', actor: demoAgent(assignee), at: at(responded), data: { author: assignee, body: 'Thanks — we are looking into it.', internal: false, firstResponse: true } });
    let resolved = nextWorkingInstant(responded + around(resolveMedian));
    if (random() < 0.12) {
      const waitAt = responded + around(20);
      events.push({ type: 'request.status_changed', actor: demoAgent(assignee), at: at(waitAt), data: { from: 'in_progress', to: 'waiting_on_customer', reason: 'asked the customer for a screenshot' } });
      const back = waitAt + around(600);
      events.push({ type: 'request.status_changed', actor: { kind: 'api_key', id: 'demo', name: 'customer portal' }, at: at(back), data: { from: 'waiting_on_customer', to: 'in_progress' } });
      resolved = Math.max(resolved, nextWorkingInstant(back + around(60)));
    }
    // A small backlog never gets resolved within the month.
    if (random() < 0.04) resolved = Number.POSITIVE_INFINITY;
    events.push({ type: 'request.resolved', actor: demoAgent(assignee), at: at(resolved), data: { resolution: 'Explained the steps and fixed the account.' } });
    events.push({ type: 'request.closed', actor: { kind: 'system' }, at: at(resolved + 72 * HOUR), data: { reason: 'auto-closed after quiet period' } });
    const hours = (resolved - r.created.getTime()) / HOUR;
    const targets = options.targets(priority);
    const firstDue = options.dueAt(r.created, targets.firstResponseMinutes, priority).getTime();
    const resolveDue = options.dueAt(r.created, targets.resolutionMinutes, priority).getTime();
    let level = 0;
    if (responded > firstDue) events.push({ type: 'request.escalated', actor: { kind: 'system' }, at: at(firstDue), data: { level: ++level, clock: 'firstResponse', dueAt: at(firstDue).toISOString(), action: 'notify' } });
    if (resolved > resolveDue) events.push({ type: 'request.escalated', actor: { kind: 'system' }, at: at(resolveDue), data: { level: ++level, clock: 'resolution', dueAt: at(resolveDue).toISOString(), action: 'notify' } });
    if (random() < 0.42) {
      const score = Math.max(1, Math.min(5, Math.round(4.7 - 0.45 * Math.log2(1 + hours / 6) - (level > 0 ? 0.7 : 0) + (random() - 0.5) * 1.6)));
      events.push({ type: 'request.feedback', actor: { kind: 'api_key', id: 'demo', name: 'customer portal' }, at: at(resolved + around(600)), data: { score, comment: null, replaces: null } });
    }
    const happened = events.filter((e) => e.at.getTime() <= now.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
    return summarize(r, happened, { category, queue, priority, assignee, firstDue, resolveDue });
  }

  function summarize(
    r: { i: number; subject: string; body: string; created: Date; predicted: DemoRequest['predicted'] },
    events: DemoEvent[],
    s: { category: string; queue: string; priority: string; assignee: string; firstDue: number; resolveDue: number },
  ): DemoRequest {
    const find = (type: string) => events.find((e) => e.type === type);
    const reclassified = find('request.reclassified');
    const status = events.reduce((current, e) => {
      if (e.type === 'request.classified') return 'classified';
      if (e.type === 'request.assigned') return 'assigned';
      if (e.type === 'request.status_changed') return String(e.data['to']);
      if (e.type === 'request.resolved') return 'resolved';
      if (e.type === 'request.closed') return 'closed';
      return current;
    }, 'pending');
    const firstRespondedAt = find('request.commented')?.at ?? null;
    const resolvedAt = find('request.resolved')?.at ?? null;
    const escalations = events.filter((e) => e.type === 'request.escalated').length;
    const running = resolvedAt !== null ? null : firstRespondedAt === null ? s.firstDue : s.resolveDue;
    const feedback = find('request.feedback');
    return {
      id: demoRequestId(options.seed, r.i),
      customerId: `demo-cust-${1 + Math.floor(random() * 400)}`,
      subject: r.subject,
      body: r.body,
      type: random() < 0.22 ? 'complaint' : random() < 0.1 ? 'feedback' : 'inquiry',
      channel: pick(['web', 'web', 'app', 'app', 'email', 'chat', 'phone']),
      createdAt: r.created,
      predicted: r.predicted,
      category: reclassified === undefined ? r.predicted.category : s.category,
      queue: reclassified === undefined ? r.predicted.queue : s.queue,
      priority: s.priority,
      confidence: reclassified === undefined ? r.predicted.confidence : 1,
      status,
      assignee: find('request.assigned') === undefined ? null : s.assignee,
      resolution: resolvedAt === null ? null : 'Explained the steps and fixed the account.',
      escalationLevel: escalations,
      firstRespondedAt,
      resolvedAt,
      closedAt: find('request.closed')?.at ?? null,
      csatScore: typeof feedback?.data['score'] === 'number' ? feedback.data['score'] : null,
      slaDueAt: running === null ? null : new Date(running),
      slaBreached: escalations > 0,
      updatedAt: events.at(-1)?.at ?? r.created,
      events,
    };
  }
}
