import { type LineEntry, type LinePriority, linePriorities } from './types';

const rank = (priority: LinePriority) => linePriorities.indexOf(priority);

/** Line order: priority first (urgent before low), then oldest first; the id settles exact ties. */
export function compareEntries(a: LineEntry, b: LineEntry): number {
  return rank(b.priority) - rank(a.priority) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0);
}

/** The entries in the order the line serves them (a new array; the input is untouched). */
export function orderLine(entries: Iterable<LineEntry>): LineEntry[] {
  return [...entries].sort(compareEntries);
}

/**
 * Puts a request in the line, or updates it if it is already there (a request signalled
 * twice, or re-queued with a new priority, is still one entry: the line is keyed by id).
 */
export function enqueue(line: Map<string, LineEntry>, entry: LineEntry): void {
  line.set(entry.requestId, entry);
}
