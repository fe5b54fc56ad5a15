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

export function decodeCursor(cursor: string | undefined, idPattern: RegExp): Position | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    typeof parsed[1] === 'string' &&
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/.test(parsed[0]) &&
    !Number.isNaN(Date.parse(parsed[0])) &&
    idPattern.test(parsed[1])
  ) {
    return { createdAt: parsed[0], id: parsed[1] };
  }
  throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API returned; pass nextCursor back unchanged');
}

/** The page and the cursor to the next one; `rows` holds up to limit + 1 rows. */
export function page<Row, Item>(rows: Row[], limit: number, position: (row: Row) => Position, present: (row: Row) => Item) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(present), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(position(last)) : null };
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
