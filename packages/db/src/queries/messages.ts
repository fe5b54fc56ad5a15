import type { Transaction } from 'kysely';
import type { Db } from '../client';
import type { Database, MessageRow, NewRequestRow, RequestRow } from '../schema';
import { foldedInto } from './duplicates';
import { assertNotErased } from './erasure';

export interface NewMessage {
  id: string;
  requestId: string;
  direction: 'inbound' | 'outbound';
  visibility: 'public' | 'internal';
  author: { kind: string; id?: string; name?: string };
  body: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number; sha256: string }[];
  channel: string;
  externalId: string | null;
  eventSeq: number | null;
  at: string;
}

/** Idempotent by the message id: a retried record activity writes it once. */
export async function insertMessage(db: Db | Transaction<Database>, message: NewMessage): Promise<void> {
  await db
    .insertInto('messages')
    .values({
      id: message.id,
      request_id: message.requestId,
      direction: message.direction,
      visibility: message.visibility,
      author: JSON.stringify(message.author),
      body: message.body,
      html: message.html,
      attachments: JSON.stringify(message.attachments),
      channel: message.channel,
      external_id: message.externalId,
      event_seq: message.eventSeq,
      at: message.at,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Oldest first, keyset-paginated by (at, id); the messages of requests merged into this one join its thread. */
export async function listMessages(db: Db, requestId: string, { after, limit }: { after?: { at: Date; id: string }; limit: number }): Promise<MessageRow[]> {
  let query = db.selectFrom('messages').selectAll().where('request_id', 'in', foldedInto(requestId)).orderBy('at').orderBy('id').limit(limit);
  if (after !== undefined) {
    query = query.where((eb) => eb.or([eb('at', '>', after.at), eb.and([eb('at', '=', after.at), eb('id', '>', after.id)])]));
  }
  return query.execute();
}

/** The request whose outbound message carried this Message-ID (a customer's answer names it in In-Reply-To/References). */
export async function findRequestByMessageId(db: Db, externalIds: readonly string[]): Promise<string | undefined> {
  if (externalIds.length === 0) return undefined;
  const row = await db.selectFrom('messages').select('request_id').where('external_id', 'in', [...externalIds]).orderBy('at', 'desc').limit(1).executeTakeFirst();
  return row?.request_id;
}

export async function findMessage(db: Db, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A request whose id is already stable (a linked request named after the message that needed it): written once. */
export async function insertRequestOnce(db: Db, row: NewRequestRow): Promise<RequestRow> {
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('customers').values({ id: row.customer_id }).onConflict((oc) => oc.column('id').doNothing()).execute();
    await assertNotErased(trx, row.customer_id);
    await trx.insertInto('requests').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
    return trx.selectFrom('requests').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  });
}
