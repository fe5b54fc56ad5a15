import { fileURLToPath } from 'node:url';
import { defaultRoutingPath, loadRouting, readLabelledCsv } from '@caseflow/classifier';
import { deleteDemoRequests, insertDemoRequests, nameDemoCustomers } from '@caseflow/db';
import { optionalString, UsageError, type CliContext, type Command, type OptionValues } from '../command';
import { generateDemo } from '../demo/generate';
import { demoDueAt, demoTargets, ensureDemoPolicies } from '../demo/policies';
import { demoRow } from '../demo/rows';
import { ensureDemoAgents } from '../demo/agents';
import { demoCustomerName, liveCustomerId } from '../demo/customers';
import { emergingText } from '../demo/texts';
import { resolveFrom } from '../files';
import { withRegistry } from '../registry';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function positive(values: OptionValues, name: string, fallback: number, max: number): number {
  const raw = optionalString(values, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`--${name} must be an integer from 0 to ${max}, got "${raw}"`);
  return n;
}

/** A few requests through the real API, so some of the dashboard's links open live workflows. */
async function postLive(ctx: CliContext, url: string, key: string, count: number): Promise<number> {
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    const { subject, body } = emergingText(i % 3 === 2 ? 'wallet' : 'staking', 1000 + i);
    const response = await fetch(new URL('/v1/requests', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'idempotency-key': `caseflow-demo-live-${i}` },
      body: JSON.stringify({ customerId: liveCustomerId(i), subject, body, type: 'inquiry', channel: 'app' }),
    });
    if (response.status === 202) accepted++;
    else ctx.stderr.write(`live request ${i}: HTTP ${response.status} ${await response.text()}\n`);
  }
  return accepted;
}

export const demoSeed: Command = {
  path: ['demo', 'seed'],
  summary:
    'fill the read model with a month of realistic demo requests (banking77 texts, lifecycle with plausible timings) for the analytics dashboard. ' +
    'Historical requests are written straight into PostgreSQL (Temporal cannot back-date workflows): they have no workflow, are marked metadata.demo=true and are removed by --reset; ' +
    'priorities without an SLA policy get a demo one (business hours Mon–Fri 08:00–19:00 UTC). ' +
    '--live N also posts N requests through the API (real workflows). The demo customers get names (kept when they have one). ' +
    'Also creates, when absent, the demo agents ana@demo.caseflow.local (agent, en), li@demo.caseflow.local (agent, zh+en) and lead@demo.caseflow.local (lead), ' +
    'serving the demo\'s queues, all with the printed demo password (demo only).',
  usage: '[--days 30] [--count 3000] [--seed 1] [--reset] [--data data/banking77/train.csv] [--live N --url http://localhost:8080 --key KEY]',
  options: {
    days: { type: 'string' },
    count: { type: 'string' },
    seed: { type: 'string' },
    reset: { type: 'boolean' },
    data: { type: 'string' },
    live: { type: 'string' },
    url: { type: 'string' },
    key: { type: 'string' },
  },
  async run(values, ctx) {
    const days = positive(values, 'days', 30, 365) || 30;
    const count = positive(values, 'count', 3000, 200_000);
    const seed = positive(values, 'seed', 1, 2 ** 31);
    const live = positive(values, 'live', 0, 1000);
    const env = ctx.env ?? process.env;
    const key = optionalString(values, 'key') ?? env['CASEFLOW_ADMIN_KEY'];
    if (live > 0 && key === undefined) throw new UsageError('--live needs an API key: --key KEY or CASEFLOW_ADMIN_KEY');
    const dataPath = optionalString(values, 'data') === undefined ? `${repoRoot}data/banking77/train.csv` : resolveFrom(ctx.cwd, optionalString(values, 'data')!);
    const texts = await readLabelledCsv(dataPath);
    const routing = loadRouting(defaultRoutingPath);
    const now = new Date();
    const { removed, inserted, requests } = await withRegistry(ctx, async (db) => {
      const removed = values['reset'] === true ? await deleteDemoRequests(db) : 0;
      const policies = await ensureDemoPolicies(db, (line) => ctx.stdout.write(line));
      const requests = generateDemo({
        now,
        days,
        count,
        seed,
        texts,
        routing,
        targets: (priority) => {
          const policy = policies.get(priority);
          return policy === undefined ? demoTargets['normal']! : { firstResponseMinutes: policy.first_response_minutes, resolutionMinutes: policy.resolution_minutes };
        },
        dueAt: (start, minutes, priority) => demoDueAt(policies.get(priority), start, minutes),
      });
      const customers = [...new Set([...requests.map((r) => r.customerId), ...Array.from({ length: live }, (_, i) => liveCustomerId(i))])];
      await nameDemoCustomers(db, customers.map((id) => ({ id, name: demoCustomerName(id) })));
      let inserted = 0;
      for (let i = 0; i < requests.length; i += 500) {
        inserted += await insertDemoRequests(db, requests.slice(i, i + 500).map((r) => demoRow(r, policies.get(r.priority) ?? null)));
      }
      // The queues the demo's requests went to: the demo agents serve them all.
      await ensureDemoAgents(db, [...new Set(requests.map((r) => r.queue))].sort(), (line) => ctx.stdout.write(line));
      return { removed, inserted, requests };
    });
    const open = requests.filter((r) => !['resolved', 'closed'].includes(r.status)).length;
    const breached = requests.filter((r) => r.slaBreached).length;
    const triaged = requests.filter((r) => r.predicted.queue === routing.triageQueue).length;
    if (removed > 0) ctx.stdout.write(`removed ${removed} earlier demo requests\n`);
    ctx.stdout.write(
      `demo: ${requests.length} requests over the last ${days} days (${inserted} new, ${requests.length - inserted} already there): ` +
        `${open} open, ${breached} breached an SLA, ${triaged} went to triage, ${requests.filter((r) => r.csatScore !== null).length} rated\n`,
    );
    if (live > 0) {
      const url = optionalString(values, 'url') ?? 'http://localhost:8080';
      ctx.stdout.write(`live: ${await postLive(ctx, url, key!, live)} of ${live} requests accepted by ${url}\n`);
    }
    ctx.stdout.write('open the dashboard: http://localhost:8080/dashboard\n');
  },
};
