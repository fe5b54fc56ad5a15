import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModel, readLabelledCsv } from '@caseflow/classifier';
import { createDb, createRequest, type Db, migrateToLatest, recordTransition } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, runCli } from './cli';

let dir: string;
let database: RunningPostgres;
let db: Db;

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    cwd: dir,
    env: { DATABASE_URL: database.databaseUrl },
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  dir = await mkdtemp(join(tmpdir(), 'caseflow-cli-registry-'));
  const all = await readLabelledCsv(fileURLToPath(new URL('../../../data/banking77/train.csv', import.meta.url)));
  const keep = new Set(['card_arrival', 'lost_or_stolen_card', 'exchange_rate']);
  const rows = all.filter((e) => keep.has(e.label));
  const csv = (rs: typeof rows) => 'text,category\n' + rs.map((e) => `${csvField(e.text)},${e.label}`).join('\n') + '\n';
  await writeFile(join(dir, 'seed.csv'), csv(rows));
  await writeFile(join(dir, 'small.csv'), csv(rows.filter((_, i) => i % 6 === 0)));
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function resolvedRequest(category: string, queue: string, text: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await createRequest(db, newRequestRow({ id, customer_id: 'cust-cli', subject: text, body: text, created_at: now, updated_at: now }));
  await recordTransition(db, {
    requestId: id,
    event: { id: `${id}.1`, seq: 1, type: 'request.resolved', actor: { kind: 'api_key', id: 'k1', name: 'console' }, at: now, data: {} },
    state: {
      status: 'resolved',
      category,
      queue,
      priority: 'normal',
      confidence: 0.9,
      modelVersion: 'm',
      alternatives: null,
      assignee: null,
      resolution: 'done',
      escalationLevel: 0,
      updatedAt: now,
      resolvedAt: now,
      closedAt: null,
    },
  });
  return id;
}

describe('model registry commands', () => {
  it('registers, lists and promotes models, refusing a worse one unless forced', async () => {
    expect((await run('model', 'train', '--data', 'seed.csv', '--out', 'good.json', '--workers', '0')).code).toBe(EXIT_OK);
    expect((await run('model', 'train', '--data', 'small.csv', '--out', 'small.json', '--workers', '0')).code).toBe(EXIT_OK);
    const good = parseModel(await readFile(join(dir, 'good.json'), 'utf8'));
    const small = parseModel(await readFile(join(dir, 'small.json'), 'utf8'));

    expect((await run('model', 'register', '--model', 'good.json')).code).toBe(EXIT_OK);
    expect((await run('model', 'register', '--model', 'small.json')).code).toBe(EXIT_OK);
    expect((await run('model', 'promote', '--version', good.version)).code).toBe(EXIT_OK);

    const better = good.metrics.heldOutAccuracy > small.metrics.heldOutAccuracy;
    const refused = await run('model', 'promote', '--version', small.version);
    if (better) {
      expect(refused.code).toBe(EXIT_FAILURE);
      expect(refused.err).toContain('--force');
      expect((await run('model', 'promote', '--version', small.version, '--force')).code).toBe(EXIT_OK);
    } else {
      expect(refused.code).toBe(EXIT_OK);
    }

    const listed = await run('model', 'list', '--json');
    const statuses = Object.fromEntries(listed.out.trim().split('\n').map((line) => {
      const model = JSON.parse(line) as { version: string; status: string };
      return [model.version, model.status];
    }));
    expect(statuses).toEqual({ [small.version]: 'active', [good.version]: 'retired' });
    expect((await run('model', 'list')).out).toMatch(/version\s+status\s+accuracy/);
  });

  it('promoting an unknown version fails and says so', async () => {
    const answer = await run('model', 'promote', '--version', 'no-such-model');
    expect(answer.code).toBe(EXIT_FAILURE);
    expect(answer.err).toContain('no model with version no-such-model');
  });

  it('trains --from-db on the categories operators confirmed or corrected, not on those merely left standing', async () => {
    for (let i = 0; i < 12; i += 1) {
      const confirmed = await resolvedRequest('refund_status', 'payments', `where is my refund number ${i}, it has been days`);
      await db.updateTable('requests').set({ category_confirmed: true }).where('id', '=', confirmed).execute();
      // Resolved where the model put it, and nobody looked at the category: no label.
      await resolvedRequest('mystery_label', 'payments', `unsure text ${i}`);
    }
    const trained = await run('model', 'train', '--from-db', '--data', 'small.csv', '--out', 'fromdb.json', '--workers', '0');
    expect(trained.code).toBe(EXIT_OK);
    expect(trained.err).toContain('12 operator-labelled requests');
    const model = parseModel(await readFile(join(dir, 'fromdb.json'), 'utf8'));
    expect(model.labels).toContain('refund_status');
    expect(model.labels).not.toContain('mystery_label');
  });
});
