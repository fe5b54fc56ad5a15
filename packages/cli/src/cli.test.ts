import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabelledCsv } from '@caseflow/classifier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from './cli';

let dir: string;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd: dir, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const csvField = (s: string): string => `"${s.replace(/"/g, '""')}"`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseflow-cli-'));
  // Three banking77 intents: enough to train in about a second.
  const all = await readLabelledCsv(fileURLToPath(new URL('../../../data/banking77/train.csv', import.meta.url)));
  const keep = new Set(['card_arrival', 'lost_or_stolen_card', 'exchange_rate']);
  const rows = all.filter((e) => keep.has(e.label));
  const csv = (rs: typeof rows): string => 'utterance,intent\n' + rs.map((e) => `${csvField(e.text)},${e.label}`).join('\n') + '\n';
  await writeFile(join(dir, 'train.csv'), csv(rows.filter((_, i) => i % 4 !== 0)));
  await writeFile(join(dir, 'test.csv'), csv(rows.filter((_, i) => i % 4 === 0)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('caseflow CLI', () => {
  it('prints the command list and exits 2 without a command', async () => {
    const r = await run();
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).toMatch(/model train.*\n.*model eval/);
  });

  it('exits 2 on an unknown command, a missing option or an unknown option', async () => {
    expect((await run('model', 'fly')).code).toBe(EXIT_USAGE);
    const missing = await run('model', 'train', '--data', 'train.csv');
    expect(missing.code).toBe(EXIT_USAGE);
    expect(missing.err).toMatch(/--out is required\nusage: caseflow model train \(--data FILE.csv \| --default \| --from-db \[--data SEED.csv \| --default\]\) --out MODEL.json/);
    const unknown = await run('model', 'eval', '--model', 'm.json', '--data', 'x.csv', '--fast');
    expect(unknown.code).toBe(EXIT_USAGE);
    expect(unknown.err).toMatch(/Unknown option '--fast'/);
  });

  it('shows a command’s usage with --help and exits 0', async () => {
    const r = await run('model', 'eval', '--help');
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toMatch(/^usage: caseflow model eval --model MODEL.json/);
  });

  it('trains from a CSV with other column names and evaluates the model as one JSON line', async () => {
    const train = await run('model', 'train', '--data', 'train.csv', '--text-column', 'utterance', '--label-column', 'intent', '--out', 'model.json', '--workers', '0');
    expect(train.err).toBe('');
    expect(train.code).toBe(EXIT_OK);
    expect(train.out).toMatch(/^model \S+: 3 labels, trained on \d+ texts/);
    expect(existsSync(join(dir, 'model.json'))).toBe(true);

    const evalJson = await run('model', 'eval', '--model', 'model.json', '--data', 'test.csv', '--text-column', 'utterance', '--label-column', 'intent', '--json');
    expect(evalJson.code).toBe(EXIT_OK);
    expect(evalJson.out.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(evalJson.out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['n', 'accuracy', 'macroF1', 'perLanguage', 'perClass', 'predictMsP50', 'predictMsP99']);
    expect(report.accuracy).toBeGreaterThan(0.9);
    // English texts only: every one of them is counted under en, with the overall figures.
    expect(report.perLanguage).toEqual({ en: { n: report.n, accuracy: report.accuracy, macroF1: report.macroF1 } });
    expect(Object.keys(report.perClass as object).sort()).toEqual(['card_arrival', 'exchange_rate', 'lost_or_stolen_card']);
    expect((report.perClass as Record<string, unknown>).card_arrival).toEqual({
      precision: expect.any(Number),
      recall: expect.any(Number),
      f1: expect.any(Number),
      support: expect.any(Number),
    });

    const table = await run('model', 'eval', '--model', 'model.json', '--data', 'test.csv', '--text-column', 'utterance', '--label-column', 'intent');
    expect(table.code).toBe(EXIT_OK);
    expect(table.out).toMatch(/accuracy 0\.\d{4}\s+macro-F1/);
    expect(table.out).toMatch(/lost_or_stolen_card\s+\d\.\d{3}/);
  });

  it('exits 1 and writes nothing when the data is unusable', async () => {
    await writeFile(join(dir, 'bad.csv'), 'text,label\nhello,a\n');
    const r = await run('model', 'train', '--data', 'bad.csv', '--out', 'bad-model.json');
    expect(r.code).toBe(EXIT_FAILURE);
    expect(r.err).toMatch(/no column "category"/);
    expect(existsSync(join(dir, 'bad-model.json'))).toBe(false);
  });

  it('exits 1 with a clear message for a corrupt model file', async () => {
    await writeFile(join(dir, 'corrupt.json'), '{"formatVersion": 9}');
    const r = await run('model', 'eval', '--model', 'corrupt.json', '--data', 'test.csv');
    expect(r.code).toBe(EXIT_FAILURE);
    expect(r.err).toMatch(/unsupported formatVersion 9/);
    expect(await readFile(join(dir, 'corrupt.json'), 'utf8')).toContain('9');
  });
});
