// `pnpm --filter @caseflow/bench-classifier bench:incidents [-- --model <file>]`: what incident
// detection costs on one hour of requests at 1 and 5 requests/s. Seeds a real PostgreSQL with
// an hour of banking77 texts (English and Chinese, each from one of 5,000 customers, the
// category as the model would give it) and one outage written by 12 customers, then times
// the real detection activity (services/classification) cold (every vector computed) and
// warm (a minute later, 1 or 5 requests/s newer: the steady state of a run a minute); and,
// for comparison, what detecting on each classification would cost per request (its
// category's requests of the window read and vectorised, then compared). Rewrites its
// section of docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { machineLine, writeBenchmarkSection } from '@caseflow/bench-report';
import { createIncidentActivities } from '@caseflow/classification/src/incidents/activities';
import { Classifier, cosine, defaultDuplicateThreshold, mulberry32, parseModel, readLabelledCsv, requestText, serializeModel, trainDefaultModel } from '@caseflow/classifier';
import { createDb, type Db, listIncidentCandidates, migrateToLatest } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { createTestDatabase, startPostgres } from '@caseflow/test-harness/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const settings = { minCustomers: 10, windowMinutes: 60, threshold: defaultDuplicateThreshold, maxCandidates: 20_000 };

async function defaultModel(): Promise<Classifier> {
  const at = process.argv.indexOf('--model');
  const file = at === -1 ? undefined : process.argv[at + 1];
  if (file !== undefined && existsSync(file)) return Classifier.fromArtifact(parseModel(readFileSync(file, 'utf8')));
  const artifact = await trainDefaultModel(undefined, { seed: 1 });
  if (file !== undefined) writeFileSync(file, serializeModel(artifact));
  return Classifier.fromArtifact(artifact);
}

const texts = [...(await readLabelledCsv(`${root}data/banking77/train.csv`)), ...(await readLabelledCsv(`${root}data/banking77-zh/train.csv`))];
const classifier = await defaultModel();

/** `count` requests spread evenly over [from, to), from random customers, in rows of 1,000. */
async function seed(db: Db, count: number, from: number, to: number, random: () => number): Promise<void> {
  for (let start = 0; start < count; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - start) }, (_, k) => {
      const i = start + k;
      const text = texts[Math.floor(random() * texts.length)]!;
      const id = crypto.randomUUID();
      const at = new Date(from + ((to - from) * i) / count).toISOString();
      return { id, customer_id: `c${Math.floor(random() * 5_000)}`, subject: text.text.slice(0, 60), body: text.text, type: 'inquiry', channel: 'web', metadata: '{}', language: 'en' as const, status: 'classified', category: text.label, idempotency_key: null, request_hash: id, workflow_id: `request-${id}`, created_at: at, updated_at: at };
    });
    await db.insertInto('customers').values([...new Set(rows.map((r) => r.customer_id))].map((id) => ({ id }))).onConflict((oc) => oc.doNothing()).execute();
    await db.insertInto('requests').values(rows).execute();
  }
}

async function outage(db: Db, at: number): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const id = crypto.randomUUID();
    const when = new Date(at + i * 1_000).toISOString();
    await db.insertInto('customers').values({ id: `outage-${i}` }).onConflict((oc) => oc.doNothing()).execute();
    await db.insertInto('requests').values({ id, customer_id: `outage-${i}`, subject: 'Cannot log in to the app', body: `Since this morning the app shows "error 503" when I log in. Customer no. ${1000 + i}.`, type: 'inquiry', channel: 'web', metadata: '{}', language: 'en', status: 'classified', category: 'login_problem', idempotency_key: null, request_hash: id, workflow_id: `request-${id}`, created_at: when, updated_at: when }).execute();
  }
}

const server = await startPostgres();
const rows: string[] = [];
try {
  for (const rate of [1, 5]) {
    const database = await createTestDatabase(server.databaseUrl);
    const db = createDb(database.databaseUrl, { maxConnections: 3 });
    try {
      await migrateToLatest(db);
      const random = mulberry32(rate);
      const now = Date.now();
      // The hour before the first run, the outage in its middle; then one minute more before the second.
      await seed(db, rate * 3_600, now - 3_600_000, now - 60_000, random);
      await outage(db, now - 1_800_000);
      const detector = createIncidentActivities(db, () => classifier, settings, createLogger('bench', 'silent'));
      // Wall time includes PostgreSQL's work; CPU time is this process's alone (the machine is shared, so wall time waits for a core too).
      // The longest the event loop waited meanwhile: how long a classify in the same process could be held up.
      const timed = async () => {
        const [wall, cpu, loop] = [performance.now(), process.cpuUsage(), monitorEventLoopDelay({ resolution: 5 })];
        loop.enable();
        const outcome = await detector.detectIncidents();
        loop.disable();
        const used = process.cpuUsage(cpu);
        return { outcome, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000, blockedMs: loop.max / 1e6 };
      };
      const cold = await timed();
      await seed(db, rate * 60, now - 60_000, now, random);
      const warm = await timed();
      // Detecting on each classification instead: per request, its category's requests of the window vectorised (a classify holds no cache of others' vectors) and compared.
      const window = await listIncidentCandidates(db, { since: new Date(now - 3_600_000), until: new Date(now), limit: 100_000 });
      const sample = window.filter((_, i) => i % Math.ceil(window.length / 200) === 0);
      const perRequestCpu = process.cpuUsage();
      let compared = 0;
      for (const request of sample) {
        // Not counting the read of the block: a lower bound.
        const block = window.filter((other) => other.category === request.category);
        const vector = classifier.features(requestText(request));
        for (const other of block) cosine(vector, classifier.features(requestText(other)));
        compared += block.length;
      }
      const perRequestUsed = process.cpuUsage(perRequestCpu);
      const perRequestMs = (perRequestUsed.user + perRequestUsed.system) / 1000 / sample.length;
      const incidents = await db.selectFrom('incidents').select(({ fn }) => fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const outageFound = await db
        .selectFrom('incident_requests as m')
        .innerJoin('requests as r', 'r.id', 'm.request_id')
        .select(({ fn }) => [fn.count<string>('r.id').as('n'), fn.count<string>('m.incident_id').distinct().as('incidents')])
        .where('r.customer_id', 'like', 'outage-%')
        .executeTakeFirstOrThrow();
      rows.push(
        `| ${rate} | ${(rate * 3_600).toLocaleString('en')} | ${cold.outcome.candidates.toLocaleString('en')} | ${(cold.cpuMs / 1000).toFixed(2)} s (${(cold.wallMs / 1000).toFixed(2)} s) | ${cold.blockedMs.toFixed(0)} ms | ${warm.outcome.candidates.toLocaleString('en')} | ${(warm.cpuMs / 1000).toFixed(2)} s (${(warm.wallMs / 1000).toFixed(2)} s) | ${warm.blockedMs.toFixed(0)} ms | ${((warm.cpuMs / 60_000) * 100).toFixed(1)} % | ${Number(incidents.n)} (outage: ${Number(outageFound.n)} of 12 requests in ${Number(outageFound.incidents)}) | ${perRequestMs.toFixed(0)} ms (${Math.round(compared / sample.length)} compared) |`,
      );
      process.stderr.write(`${rows.at(-1)}\n`);
    } finally {
      await db.destroy();
      await database.stop();
    }
  }
} finally {
  await server.stop();
}

writeBenchmarkSection(
  'Incident detection (bench:incidents)',
  [
    'Generated by `pnpm --filter @caseflow/bench-classifier bench:incidents`: the detection activity',
    '(`caseflow-incident-detection`, services/classification) against a real PostgreSQL holding one',
    'hour of requests at the rate shown (banking77 texts, en and zh, from 5,000 customers, with the',
    'category as given) and one outage written by 12 customers. Cold: the first run, every vector',
    'computed. Warm: a minute later, with a minute of new requests, as every run after the first',
    '(vectors are kept while the model stays). Per request: what detecting inside each classify',
    'would cost instead (its category\'s requests of the window vectorised and compared; the read not counted).',
    'Times are the detector process\'s CPU time, wall time in brackets (wall includes PostgreSQL and',
    'waiting for a core on the shared machine: see the load average). Longest block: the event loop\'s',
    'longest wait during the run (monitorEventLoopDelay), what a classify in the same process could wait.',
    `Default model, INCIDENT_* defaults (10 customers, 60 min, cosine ${defaultDuplicateThreshold}).`,
    '',
    `Measured ${machineLine()}.`,
    '',
    '| requests/s | requests in the hour | cold: compared | cold run, CPU (wall) | cold: longest block | warm: compared | warm run, CPU (wall) | warm: longest block | warm CPU per minute of one core | incidents found | per request instead, CPU |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n'),
);
