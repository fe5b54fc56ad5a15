import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi-document';

type Operation = { parameters?: unknown[]; requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> }; responses: Record<string, { content?: Record<string, unknown> }> };

/** Every place in the document where `items` is an array: valid in draft-07, invalid in OpenAPI 3.1. */
function arrayItems(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => arrayItems(item, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [...(key === 'items' && Array.isArray(child) ? [path] : []), ...arrayItems(child, `${path}/${key}`)]);
}

describe('the OpenAPI document', async () => {
  const document = await openApiDocument();
  const paths = document['paths'] as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })));

  it('declares a 400 for every operation that takes input, and 413 and 415 for every one with a body', () => {
    const missing = operations.flatMap(({ name, operation }) => {
      const takesInput = (operation.parameters ?? []).length > 0 || operation.requestBody !== undefined;
      const statuses = Object.keys(operation.responses);
      return [...(takesInput && !statuses.includes('400') ? [`${name} 400`] : []), ...(operation.requestBody !== undefined && !(statuses.includes('413') && statuses.includes('415')) ? [`${name} 413/415`] : [])];
    });
    expect(missing).toEqual([]);
  });

  it('writes tuples in the 2020-12 dialect OpenAPI 3.1 speaks, never as array-valued items', () => {
    expect(arrayItems(document, '#')).toEqual([]);
  });

  it('says that /metrics answers text, and its refusals JSON', () => {
    const metrics = paths['/metrics']?.['get'];
    expect(Object.keys(metrics?.responses['200']?.content ?? {})).toEqual(['text/plain']);
    expect(Object.keys(metrics?.responses['401']?.content ?? {})).toEqual(['application/json']);
  });

  it('says that a request names exactly one of customerId and customer', () => {
    const schema = paths['/v1/requests']?.['post']?.requestBody?.content['application/json']?.schema;
    expect(schema?.['oneOf']).toEqual([{ required: ['customerId'] }, { required: ['customer'] }]);
  });

  it('lets a body of no fields be left out, as those routes accept, and requires every other body', () => {
    const optional = operations.filter(({ operation }) => operation.requestBody?.required === false).map(({ name }) => name);
    expect(optional.sort()).toEqual(['POST /v1/requests/{id}/close', 'POST /v1/requests/{id}/confirm-category', 'POST /v1/requests/{id}/resume', 'POST /v1/requests/{id}/start', 'POST /v1/requests/{id}/unassign']);
  });
});
