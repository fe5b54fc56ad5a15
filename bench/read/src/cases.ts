import type { RequestFilters } from '@caseflow/db';
import type { SeedResult } from './seed';

export interface ReadCase {
  name: string;
  /** Filtered lists carry the p99 ≤ 20 ms goal; search figures are stated, not judged. */
  kind: 'list' | 'search';
  /** The values the load rotates through (each call takes the next), as API query parameters. */
  variants: Record<string, string>[];
  /** Deep pages: follow nextCursor this many pages first, then measure that page. */
  deepPage?: number;
}

const DAY = 24 * 3_600_000;
const statuses = ['pending', 'classified', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'reopened', 'closed'];

/** The read cases, each rotating through realistic values rather than one cached answer. */
export function readCases(seed: SeedResult, now: Date, days: number): ReadCase[] {
  // Every banking77 intent, `reverted_card_payment?` included (URL-encoded like any value).
  const categories = seed.categories;
  const every = (name: string, values: readonly string[]) => values.map((value) => ({ [name]: value }));
  const customers = seed.customerIds.filter((_, i) => i % Math.max(1, Math.floor(seed.customerIds.length / 200)) === 0);
  const windows = Array.from({ length: days - 1 }, (_, k) => {
    const from = new Date(now.getTime() - (k + 1) * DAY);
    return { createdFrom: from.toISOString(), createdTo: new Date(from.getTime() + DAY).toISOString() };
  });
  return [
    { name: 'no filter, first page', kind: 'list', variants: [{}] },
    { name: 'status', kind: 'list', variants: every('status', statuses) },
    { name: 'queue', kind: 'list', variants: every('queue', seed.queues) },
    { name: 'category', kind: 'list', variants: every('category', categories) },
    { name: 'priority', kind: 'list', variants: every('priority', ['low', 'normal', 'high', 'urgent']) },
    { name: 'customerId', kind: 'list', variants: every('customerId', customers) },
    { name: 'assignee', kind: 'list', variants: every('assignee', seed.agents) },
    { name: 'createdFrom/createdTo (one day)', kind: 'list', variants: windows },
    { name: 'status + queue', kind: 'list', variants: seed.queues.map((queue) => ({ status: 'in_progress', queue })) },
    { name: 'page 50 via cursors, no filter', kind: 'list', variants: [{}], deepPage: 50 },
    { name: 'page 50 via cursors, queue=cards', kind: 'list', variants: [{ queue: 'cards' }], deepPage: 50 },
    { name: 'q English word "refund"', kind: 'search', variants: [{ q: 'refund' }] },
    { name: 'q English common word "card"', kind: 'search', variants: [{ q: 'card' }] },
    { name: 'q English phrase "\\"exchange rate\\""', kind: 'search', variants: [{ q: '"exchange rate"' }] },
    { name: 'q Chinese two characters "退款"', kind: 'search', variants: [{ q: '退款' }] },
    { name: 'q Chinese phrase "银行卡还没有收到"', kind: 'search', variants: [{ q: '银行卡还没有收到' }] },
    { name: 'q no match "xylophone"', kind: 'search', variants: [{ q: 'xylophone' }] },
  ];
}

/** The filters searchRequests receives for these API parameters (the route's own mapping). */
export function filtersOf(params: Record<string, string>): RequestFilters {
  return { ...params };
}
