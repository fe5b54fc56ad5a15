import { mkdir, writeFile } from 'node:fs/promises';
import { documentPath, generatedFiles, idempotentPath, typesPath } from '../src/client-codegen';

// Regenerates packages/client's openapi.json and src/generated/*.ts from intake's routes,
// in-process (no server, database or Temporal needed): `pnpm --filter @caseflow/client generate`.
const { document, types, idempotent } = await generatedFiles();
await mkdir(new URL('.', typesPath), { recursive: true });
await writeFile(documentPath, document);
await writeFile(typesPath, types);
await writeFile(idempotentPath, idempotent);
console.log('wrote packages/client/openapi.json, src/generated/api.ts and src/generated/idempotent.ts');
// The app's lazy Temporal connection keeps a native handle alive; nothing is left to do.
process.exit(0);
