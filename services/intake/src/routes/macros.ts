import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, deleteMacro, insertMacro, listMacros, MacroNameTaken, type MacroRow, updateMacro } from '@caseflow/db';
import { Type } from 'typebox';
import '../scopes';
import { ApiError, notFound } from '../errors';
import { IdParams } from './webhook-schemas';
import { ErrorBody, text } from '../schemas';

/** What the workspace fills in when an agent inserts a macro; anything else between {{ }} would reach a customer as written. */
export const macroPlaceholders = ['customer.name', 'request.id'] as const;

const Name = { ...text(1, 80), description: 'unique regardless of case' };
const Body = { ...text(1, 5000), description: `the reply text; placeholders: ${macroPlaceholders.map((p) => `\`{{${p}}}\``).join(', ')}` };
const Macro = Type.Object({ id: Type.String(), name: Type.String(), body: Type.String(), createdAt: Type.String(), updatedAt: Type.String() });
const CreateMacro = Type.Object({ name: Name, body: Body }, { additionalProperties: false });
const ChangeMacro = Type.Object({ name: Type.Optional(Name), body: Type.Optional(Body) }, { additionalProperties: false, minProperties: 1 });

/** The first `{{…}}` that is not a known placeholder, as written. */
export function unknownPlaceholder(body: string): string | undefined {
  for (const match of body.matchAll(/\{\{(.*?)\}\}/gs)) {
    if (!(macroPlaceholders as readonly string[]).includes(match[1] ?? '')) return match[0];
  }
  return undefined;
}

function checkedBody(body: string | undefined): void {
  const unknown = body === undefined ? undefined : unknownPlaceholder(body);
  if (unknown !== undefined) {
    throw new ApiError(400, 'unknown_placeholder', `the body uses the placeholder ${unknown}; known: ${macroPlaceholders.map((p) => `{{${p}}}`).join(', ')}`, {
      placeholder: unknown,
      known: macroPlaceholders,
    });
  }
}

async function named<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof MacroNameTaken) throw new ApiError(409, 'macro_exists', error.message, { name: error.macroName });
    throw error;
  }
}

const present = (row: MacroRow) => ({ id: row.id, name: row.name, body: row.body, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString() });

/** Canned responses: every agent reads them (to insert with `/`); leads and admins manage them. */
export const macroRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  app.get(
    '/macros',
    { config: { scope: 'operator' }, schema: { summary: 'Canned responses, by name (all of them: no paging)', response: { 200: Type.Object({ items: Type.Array(Macro), nextCursor: Type.Null() }) } } },
    async () => ({ items: (await listMacros(db)).map(present), nextCursor: null }),
  );

  app.post(
    '/macros',
    {
      config: { scope: 'lead' },
      schema: { summary: 'Create a canned response', description: 'A body naming an unknown placeholder is a 400 `unknown_placeholder`; a name taken (any case) a 409 `macro_exists`.', body: CreateMacro, response: { 201: Macro, ...errors } },
    },
    async (request, reply) => {
      checkedBody(request.body.body);
      const row = await named(() => insertMacro(db, { id: randomUUID(), name: request.body.name, body: request.body.body }));
      return reply.status(201).send(present(row));
    },
  );

  app.patch(
    '/macros/:id',
    { config: { scope: 'lead' }, schema: { summary: 'Change a canned response\'s name or body', params: IdParams, body: ChangeMacro, response: { 200: Macro, ...errors } } },
    async (request) => {
      checkedBody(request.body.body);
      const changes = { ...(request.body.name === undefined ? {} : { name: request.body.name }), ...(request.body.body === undefined ? {} : { body: request.body.body }) };
      const row = await named(() => updateMacro(db, request.params.id, changes));
      if (row === undefined) throw notFound(`macro ${request.params.id}`);
      return present(row);
    },
  );

  app.delete(
    '/macros/:id',
    { config: { scope: 'lead' }, schema: { summary: 'Delete a canned response', params: IdParams, response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      if (!(await deleteMacro(db, request.params.id))) throw notFound(`macro ${request.params.id}`);
      return reply.status(204).send(null);
    },
  );
};
