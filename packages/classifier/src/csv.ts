import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { LabelledText } from './types';

/** A training/evaluation file that cannot be used; the message says why and where. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

export interface CsvColumns {
  textColumn?: string;
  labelColumn?: string;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return -1; // the common case, checked natively
  } catch {
    // fall through to find where
  }
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = (c & 0xe0) === 0xc0 ? 1 : (c & 0xf0) === 0xe0 ? 2 : (c & 0xf8) === 0xf0 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    const min = [0, 0x80, 0x800, 0x10000][n]!;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Reads a CSV with a header row into labelled texts. Quoted fields may hold
 * commas, quotes and newlines. Rejects, with the file and line: non-UTF-8
 * bytes, a missing column, rows with an empty text or label, no data rows,
 * fewer than two classes.
 */
export async function readLabelledCsv(path: string, opts: CsvColumns = {}): Promise<LabelledText[]> {
  const textColumn = opts.textColumn ?? 'text';
  const labelColumn = opts.labelColumn ?? 'category';
  const bytes = await readFile(path);
  return parseLabelledCsv(bytes, { textColumn, labelColumn, source: path });
}

export function parseLabelledCsv(
  bytes: Uint8Array,
  opts: { textColumn: string; labelColumn: string; source: string },
): LabelledText[] {
  const { textColumn, labelColumn, source } = opts;
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).reduce((n, byte) => n + (byte === 0x0a ? 1 : 0), 1);
    throw new DatasetError(`${source}: not valid UTF-8 (byte ${bad}, line ${line}); re-encode the file as UTF-8`);
  }
  let records: string[][];
  try {
    records = parse(Buffer.from(bytes), { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    throw new DatasetError(`${source}: malformed CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const header = records[0];
  if (!header) throw new DatasetError(`${source}: the file is empty (expected a header row with "${textColumn}" and "${labelColumn}")`);
  const names = header.map((h) => h.trim());
  const textAt = names.indexOf(textColumn);
  const labelAt = names.indexOf(labelColumn);
  for (const [name, at] of [[textColumn, textAt], [labelColumn, labelAt]] as const) {
    if (at < 0) throw new DatasetError(`${source}: no column "${name}" in the header (columns: ${names.join(', ')})`);
  }
  const examples: LabelledText[] = [];
  for (let r = 1; r < records.length; r++) {
    const row = records[r]!;
    const text = row[textAt]!.trim();
    const label = row[labelAt]!.trim();
    if (!text || !label) {
      throw new DatasetError(`${source}: record ${r + 1} has an empty ${text ? `"${labelColumn}"` : `"${textColumn}"`}`);
    }
    examples.push({ text, label });
  }
  if (examples.length === 0) throw new DatasetError(`${source}: no data rows after the header`);
  const classes = new Set(examples.map((e) => e.label));
  if (classes.size < 2) {
    throw new DatasetError(`${source}: only one class ("${examples[0]!.label}") — a classifier needs at least two`);
  }
  return examples;
}
