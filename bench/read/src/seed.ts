import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { defaultRoutingPath, loadRouting, mulberry32 } from '@caseflow/classifier';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { banking77Texts, chineseTexts, type LabelledText } from './corpus';

export interface SeedOptions {
  rows: number;
  customers: number;
  agents: number;
  days: number;
  /** The newest possible created_at; the data spans `days` before it. */
  now: Date;
  seed: number;
}

export interface SeedResult {
  copySeconds: number;
  indexSeconds: number;
  analyzeSeconds: number;
  customerIds: string[];
  agents: string[];
  queues: string[];
  categories: string[];
}

// Every column the API shows, none that PostgreSQL computes: search_vector is a stored
// generated column (migration 2026-11-25-0300) and COPY must leave it to the server.
const columns = [
  'id', 'customer_id', 'subject', 'body', 'type', 'channel', 'status', 'category', 'queue', 'priority', 'confidence', 'model_version',
  'assignee', 'escalation_level', 'sla_due_at', 'sla_breached', 'request_hash', 'workflow_id', 'last_seq', 'created_at', 'updated_at',
  'classified_at', 'resolved_at', 'closed_at', 'language',
] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STREAMS = 2;


function weighted<T>(random: () => number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [value, weight] of choices) {
    pick -= weight;
    if (pick <= 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** COPY text format: backslash, tab, newline and carriage return escaped; \N is NULL. */
function copyField(value: string | number | boolean | Date | null): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const subjectOf = (text: string, chinese: boolean) =>
  chinese ? [...text].slice(0, 12).join('') : text.split(/\s+/).slice(0, 8).join(' ');
const closings = ['', '', 'Please help.', 'Thanks in advance.', 'This is urgent.', 'I have been waiting for days.'];
const chineseClosings = ['', '请尽快处理。', '谢谢！', '麻烦了。'];
const slaHours: Record<string, number> = { urgent: 4, high: 8, normal: 24, low: 72 };

/**
 * Rows like a helpdesk's last 30 days: business-hours arrivals (weekends quieter), a few
 * large customers and a long tail, statuses that depend on age (recent requests open,
 * older ones resolved then closed), the classifier's routing for queue and priority with
 * ~8% low-confidence requests in triage, and ~5% Chinese texts.
 */
function* requestRows(options: SeedOptions, stream: number, english: LabelledText[], routing: ReturnType<typeof loadRouting>, agents: string[]) {
  const random = mulberry32(options.seed * 7919 + stream);
  const perStream = Math.ceil(options.rows / STREAMS);
  const count = Math.min(perStream, options.rows - stream * perStream);
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let created: Date;
    for (;;) {
      created = new Date(options.now.getTime() - random() * options.days * DAY);
      const hour = created.getUTCHours();
      const weekend = created.getUTCDay() === 0 || created.getUTCDay() === 6;
      const accept = (hour >= 8 && hour < 19 ? 1 : 0.25) * (weekend ? 0.4 : 1);
      if (random() < accept) break;
    }
    const age = options.now.getTime() - created.getTime();
    const chinese = random() < 0.05;
    const source = chinese ? chineseTexts[Math.floor(random() * chineseTexts.length)]! : english[Math.floor(random() * english.length)]!;
    const closing = chinese ? chineseClosings[Math.floor(random() * chineseClosings.length)]! : closings[Math.floor(random() * closings.length)]!;
    const body = `${source.text}${closing === '' ? '' : chinese ? closing : ` ${closing}`}${random() < 0.4 ? ` Ref ${Math.floor(random() * 1e8)}.` : ''}`;
    const customer = Math.floor(options.customers * random() ** 2);
    const route = routing.categories[source.category] ?? routing.defaultRoute;
    const confidence = random() < 0.08 ? 0.2 + random() * 0.3 : 0.5 + random() * 0.5;
    const queue = confidence < routing.threshold ? routing.triageQueue : route.queue;
    // Classification takes well under a second; a few requests stall (docs/reliability.md).
    const pending = age < 60_000 || random() < 0.0005;
    const open = pending || random() < Math.exp(-age / (2 * DAY));
    let status: string;
    let resolvedAt: Date | null = null;
    let closedAt: Date | null = null;
    if (pending) status = 'pending';
    else if (open) status = weighted(random, [['classified', 20], ['assigned', 25], ['in_progress', 30], ['waiting_on_customer', 15], ['reopened', 8]] as const);
    else {
      resolvedAt = new Date(Math.min(options.now.getTime(), created.getTime() + HOUR + random() * 3 * DAY));
      closedAt = options.now.getTime() - resolvedAt.getTime() > 2 * DAY ? new Date(resolvedAt.getTime() + 2 * DAY) : null;
      status = closedAt === null ? 'resolved' : 'closed';
    }
    const classified = !pending;
    const assignee = classified && status !== 'classified' ? agents[Math.floor(agents.length * random() ** 1.3)]! : null;
    const escalation = classified && random() < 0.05 ? 1 + Math.floor(random() * 2) : 0;
    const priority = classified ? (escalation > 0 && route.priority !== 'urgent' ? 'high' : route.priority) : null;
    const slaDue = new Date(created.getTime() + (slaHours[route.priority] ?? 24) * HOUR);
    const breached = (resolvedAt ?? options.now).getTime() > slaDue.getTime();
    const updated = closedAt ?? resolvedAt ?? new Date(created.getTime() + Math.min(age, random() * DAY));
    const id = uuid(random);
    const row = [
      id, `cust-${String(customer).padStart(4, '0')}`, subjectOf(source.text, chinese), body,
      weighted(random, [['inquiry', 65], ['complaint', 22], ['feedback', 8], ['other', 5]] as const),
      weighted(random, [['api', 50], ['email', 25], ['web', 15], ['chat', 10]] as const),
      status, classified ? source.category : null, classified ? queue : null, priority,
      classified ? Number(confidence.toFixed(4)) : null, classified ? (age > 15 * DAY ? 'banking77-2026-10-01' : 'banking77-2026-11-10') : null,
      assignee, escalation, slaDue, breached, id.replaceAll('-', ''), `request-${id}`,
      1 + (classified ? 1 : 0) + (assignee === null ? 0 : 2) + (resolvedAt === null ? 0 : 1) + (closedAt === null ? 0 : 1),
      created, updated, classified ? new Date(created.getTime() + 150 + random() * 400) : null, resolvedAt, closedAt,
      chinese ? 'zh' : 'en',
    ];
    lines.push(`${row.map(copyField).join('\t')}\n`);
    if (lines.length === 5_000) yield lines.splice(0).join('');
  }
  if (lines.length > 0) yield lines.join('');
}

async function copy(databaseUrl: string, statement: string, chunks: Iterable<string>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await pipeline(Readable.from(chunks), client.query(copyFrom(statement)));
  } finally {
    await client.end();
  }
}

/**
 * COPYs `rows` requests (and their customers) into an empty caseflow database. The
 * secondary indexes are dropped first and rebuilt afterwards from their own definitions
 * (the schema ends exactly as the migrations left it): one sorted build is many times
 * faster than a million index inserts. Then VACUUM ANALYZE, as autovacuum would.
 */
export async function seedRequests(databaseUrl: string, options: SeedOptions): Promise<SeedResult> {
  const routing = loadRouting(defaultRoutingPath);
  const english = await banking77Texts();
  const agents = Array.from({ length: 60 }, (_, i) => `agent-${String(i + 1).padStart(2, '0')}`);
  const customerIds = Array.from({ length: options.customers }, (_, i) => `cust-${String(i).padStart(4, '0')}`);
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const customerRows = customerIds.map((id, i) => `${id}\text-${i}\tCustomer ${i}\tcustomer${i}@example.com\t${new Date(options.now.getTime() - 400 * DAY).toISOString()}\n`);
    await copy(databaseUrl, 'copy customers (id, external_id, name, email, created_at) from stdin', [customerRows.join('')]);

    const { rows: indexes } = await admin.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
        where tablename = 'requests' and indexname not in (select conname from pg_constraint where conrelid = 'requests'::regclass)`,
    );
    for (const index of indexes) await admin.query(`drop index ${index.name}`);

    let started = performance.now();
    const copyRequests = `copy requests (${columns.join(', ')}) from stdin`;
    await Promise.all(Array.from({ length: STREAMS }, (_, stream) => copy(databaseUrl, copyRequests, requestRows(options, stream, english, routing, agents))));
    const copySeconds = (performance.now() - started) / 1000;

    started = performance.now();
    await admin.query(`set maintenance_work_mem = '1GB'`);
    for (const index of indexes) await admin.query(index.definition);
    const indexSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    await admin.query('vacuum analyze customers');
    await admin.query('vacuum analyze requests');
    const analyzeSeconds = (performance.now() - started) / 1000;

    const queues = [...new Set([routing.triageQueue, ...Object.values(routing.categories).map((target) => target.queue)])].sort();
    const categories = [...new Set(english.map((text) => text.category))].sort();
    return { copySeconds, indexSeconds, analyzeSeconds, customerIds, agents, queues, categories };
  } finally {
    await admin.end();
  }
}
