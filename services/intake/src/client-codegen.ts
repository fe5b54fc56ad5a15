import { openApiDocument } from './openapi-document';
import openapiTS, { astToString } from 'openapi-typescript';

// Intake owns the API's contract and writes the client's copy of it: the client package
// depends on nothing of the workspace (it is installed by posting services on its own).
const client = new URL('../../../packages/client/', import.meta.url);
export const documentPath = new URL('openapi.json', client);
export const typesPath = new URL('src/generated/api.ts', client);
export const idempotentPath = new URL('src/generated/idempotent.ts', client);

const banner = `/**
 * Generated from intake's OpenAPI document (openapi.json beside package.json; types by
 * openapi-typescript). Do not edit: run \`pnpm --filter @caseflow/client generate\`.
 */

`;

type Operation = { parameters?: { in?: string; name?: string }[] };

/**
 * The POST operations that declare an Idempotency-Key header: only for these may the client
 * repeat a POST after a network error or a 503, since the server then answers a repeat with
 * the first outcome instead of acting twice.
 */
function idempotentPosts(document: Record<string, unknown>): string {
  const paths = document['paths'] as Record<string, Record<string, Operation>>;
  const templates = Object.entries(paths)
    .filter(([, item]) => item['post']?.parameters?.some((p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key'))
    .map(([path]) => path)
    .sort();
  return `${banner}/** POST operations that honour an Idempotency-Key, as path templates. */\nexport const idempotentPostPaths: readonly string[] = ${JSON.stringify(templates)};\n`;
}

/** The document as intake builds it, and the files generated from it: what the committed files must equal. */
export async function generatedFiles(): Promise<{ document: string; types: string; idempotent: string }> {
  const document = await openApiDocument();
  const types = banner + astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]));
  return { document: `${JSON.stringify(document, null, 2)}\n`, types, idempotent: idempotentPosts(document) };
}
