import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { documentPath, generatedFiles, idempotentPath, typesPath } from './client-codegen';

describe('the generated client (packages/client)', () => {
  it('matches what the current intake routes generate (run `pnpm --filter @caseflow/client generate` when this fails)', async () => {
    const fresh = await generatedFiles();
    expect(await readFile(documentPath, 'utf8'), 'openapi.json').toBe(fresh.document);
    expect(await readFile(typesPath, 'utf8'), 'src/generated/api.ts').toBe(fresh.types);
    expect(await readFile(idempotentPath, 'utf8'), 'src/generated/idempotent.ts').toBe(fresh.idempotent);
  }, 180_000);
});
