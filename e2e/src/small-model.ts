import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledOutOfScopeSets, bundledTrainingSets, parseModel, serializeModel, trainDefaultModel, type ModelArtifact } from '@caseflow/classifier';
import { createDb, findActiveModelVersion, promoteModel, registerModel } from '@caseflow/db';
import { repoRoot } from '@caseflow/test-harness/node';

/** Examples per label the end-to-end systems' model learns from: enough to route the texts the tests send. */
export const smallModelLimitPerLabel = 20;

/**
 * Registers and promotes the small default model (every bundled set, 20 examples per label)
 * in a test system's database before its classification worker starts, as that worker's
 * bootstrap would. Training it takes the worker half a minute on a busy 2-core machine, in
 * every end-to-end file; trained once per change of the data or the classifier's code and
 * kept in `.data/test-cache`, it is the same model (training is deterministic) for a read.
 */
export async function seedSmallModel(databaseUrl: string): Promise<void> {
  const artifact = await smallModel();
  const db = createDb(databaseUrl, { maxConnections: 1 });
  try {
    await registerModel(db, { version: artifact.version, metrics: { ...artifact.metrics }, trainingFingerprint: artifact.trainingFingerprint, artifact: serializeModel(artifact) });
    if ((await findActiveModelVersion(db)) === undefined) await promoteModel(db, artifact.version, { force: true });
  } finally {
    await db.destroy();
  }
}

async function smallModel(): Promise<ModelArtifact> {
  const cacheDir = join(repoRoot(), '.data', 'test-cache');
  const file = join(cacheDir, `small-model-${await sourceHash()}.json`);
  const cached = await readFile(file, 'utf8').catch(() => undefined);
  if (cached !== undefined) return parseModel(cached);
  const artifact = await trainDefaultModel({ paths: bundledTrainingSets, outOfScope: bundledOutOfScopeSets, limitPerLabel: smallModelLimitPerLabel });
  await mkdir(cacheDir, { recursive: true });
  // Another test file may train the same model at the same moment: whole files only.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, serializeModel(artifact));
  await rename(partial, file);
  return artifact;
}

/** What the model is made of: the data files and the classifier's own code. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256').update(`limit ${smallModelLimitPerLabel}\n`);
  const classifierSrc = join(repoRoot(), 'packages', 'classifier', 'src');
  const code = (await readdir(classifierSrc)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort().map((name) => join(classifierSrc, name));
  for (const path of [...bundledTrainingSets, ...bundledOutOfScopeSets, ...code]) hash.update(path.slice(repoRoot().length)).update(await readFile(path));
  return hash.digest('hex').slice(0, 16);
}
