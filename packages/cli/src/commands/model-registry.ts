import { readFile } from 'node:fs/promises';
import { parseModel } from '@caseflow/classifier';
import { findActiveModelVersion, listModels, promoteModel, registerModel } from '@caseflow/db';
import { requireString, type Command } from '../command';
import { resolveFrom } from '../files';
import { withRegistry } from '../registry';

const percent = (value: unknown) => (typeof value === 'number' ? value.toFixed(4) : '—');

export const modelRegister: Command = {
  path: ['model', 'register'],
  summary: 'store a trained model artefact in the registry as a candidate',
  usage: '--model MODEL.json',
  options: { model: { type: 'string' } },
  async run(values, ctx) {
    const path = resolveFrom(ctx.cwd, requireString(values, 'model'));
    const json = await readFile(path, 'utf8');
    const artifact = parseModel(json);
    await withRegistry(ctx, (db) =>
      registerModel(db, {
        version: artifact.version,
        metrics: { ...artifact.metrics },
        trainingFingerprint: artifact.trainingFingerprint,
        artifact: json,
      }),
    );
    ctx.stdout.write(`registered ${artifact.version} as a candidate (held-out accuracy ${percent(artifact.metrics.heldOutAccuracy)})\n`);
  },
};

export const modelList: Command = {
  path: ['model', 'list'],
  summary: 'list the models in the registry, newest first',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  async run(values, ctx) {
    const models = await withRegistry(ctx, (db) => listModels(db));
    if (values['json'] === true) {
      for (const model of models) {
        ctx.stdout.write(
          JSON.stringify({ version: model.version, status: model.status, metrics: model.metrics, createdAt: model.created_at, promotedAt: model.promoted_at }) + '\n',
        );
      }
      return;
    }
    const rows = models.map((m) => [m.version, m.status, percent(m.metrics['heldOutAccuracy']), percent(m.metrics['heldOutMacroF1']), m.created_at.toISOString()]);
    const header = ['version', 'status', 'accuracy', 'macro-F1', 'created'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
    for (const row of [header, ...rows]) ctx.stdout.write(row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ').trimEnd() + '\n');
    if (models.length === 0) ctx.stdout.write('(no models yet: the classification worker trains one at its first start)\n');
  },
};

export const modelPromote: Command = {
  path: ['model', 'promote'],
  summary: 'make a registered model the active one (refused when it is worse, unless --force)',
  usage: '--version VERSION [--force]',
  options: { version: { type: 'string' }, force: { type: 'boolean' } },
  async run(values, ctx) {
    const version = requireString(values, 'version');
    const previous = await withRegistry(ctx, async (db) => {
      const before = await findActiveModelVersion(db);
      await promoteModel(db, version, { force: values['force'] === true });
      return before;
    });
    ctx.stdout.write(`${version} is now the active model${previous && previous !== version ? ` (was ${previous})` : ''}; workers switch within their poll interval\n`);
  },
};
