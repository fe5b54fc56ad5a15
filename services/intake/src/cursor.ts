import { ApiError } from './errors';

/** A keyset position: the (createdAt, id) of the last item of a page. */
export interface Position {
  createdAt: string;
  id: string;
}

/** Opaque to clients (base64url JSON); they pass nextCursor back as given. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

/** The JSON inside a cursor, or undefined when it holds none. */
function cursorJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export function decodeCursor(cursor: string | undefined, idPattern: RegExp): Position | undefined {
  if (cursor === undefined) return undefined;
  const parsed = cursorJson(cursor);
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    typeof parsed[1] === 'string' &&
    cursorTimestamp(parsed[0]) !== undefined &&
    idPattern.test(parsed[1])
  ) {
    return { createdAt: parsed[0], id: parsed[1] };
  }
  throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API returned; pass nextCursor back unchanged');
}

const timestamp = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,6})?Z$/;

/**
 * A cursor's time, only if it names a real instant PostgreSQL can hold: Date.parse
 * rolls 2026-02-31 over into March and accepts year 0000, which PostgreSQL refuses with
 * an error, so every field is checked against the date it makes.
 */
export function cursorTimestamp(value: string): Date | undefined {
  const fields = timestamp.exec(value)?.slice(1, 7).map(Number);
  if (fields === undefined) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = fields;
  if (year < 1) return undefined;
  const date = new Date(Date.parse(value));
  const same =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
  return same ? date : undefined;
}

/** The page and the cursor to the next one; `rows` holds up to limit + 1 rows. */
export function page<Row, Item>(rows: Row[], limit: number, position: (row: Row) => Position, present: (row: Row) => Item) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(present), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(position(last)) : null };
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A position in the `sort=sla` order: (slaDueAt or null, id), tagged so a newest-first cursor is not taken for one. */
export interface SlaPosition {
  slaDueAt: string | null;
  id: string;
}

export function encodeSlaCursor(position: SlaPosition): string {
  return Buffer.from(JSON.stringify(['sla', position.slaDueAt, position.id])).toString('base64url');
}

export function decodeSlaCursor(cursor: string | undefined): SlaPosition | undefined {
  if (cursor === undefined) return undefined;
  const parsed = cursorJson(cursor);
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === 'sla' &&
    (parsed[1] === null || (typeof parsed[1] === 'string' && cursorTimestamp(parsed[1]) !== undefined)) &&
    typeof parsed[2] === 'string' &&
    uuidPattern.test(parsed[2])
  ) {
    return { slaDueAt: parsed[1] as string | null, id: parsed[2] };
  }
  throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API returned for sort=sla; pass nextCursor back unchanged with the same sort');
}
