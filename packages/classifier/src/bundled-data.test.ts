import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readLabelledCsv } from './csv';

// The bundled data sets are part of the product (the default model trains on them and the
// benchmark scores on them): a row that does not parse, a misspelt intent or a test message
// that also sits in training would silently change what the figures mean.
const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
const intents: string[] = JSON.parse(await readFile(join(dataDir, 'banking77/categories.json'), 'utf8'));

const normalised = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}_]+/gu, '');
function bigrams(text: string): Set<string> {
  const n = normalised(text);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < n.length; i++) grams.add(n.slice(i, i + 2));
  return grams.size > 0 ? grams : new Set([n]);
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs of texts that are the same, or near the same, anywhere in the list. */
function nearDuplicates(texts: string[]): Array<[string, string]> {
  // Jaccard ≥ 0.8 needs the smaller set to hold ≥ 0.8 of the larger: sorted by size, the
  // inner loop stops there, which keeps 3,700 texts to a second instead of 7 M comparisons.
  const items = texts.map((text) => ({ text, grams: bigrams(text) })).sort((a, b) => a.grams.size - b.grams.size);
  const found: Array<[string, string]> = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (let j = i + 1; j < items.length && a.grams.size >= 0.8 * items[j]!.grams.size; j++) {
      if (jaccard(a.grams, items[j]!.grams) >= 0.8) found.push([a.text, items[j]!.text]);
    }
  }
  return found;
}

async function readSplitCsv(path: string): Promise<Array<{ text: string; split: string }>> {
  return parse(await readFile(path), { columns: true, skip_empty_lines: true }) as Array<{ text: string; split: string }>;
}

describe('bundled Chinese banking77 data', () => {
  it('has every intent at least 25 times in train and 10 times in test, and nothing else', async () => {
    for (const [split, minimum] of [['train', 25], ['test', 10]] as const) {
      const rows = await readLabelledCsv(join(dataDir, `banking77-zh/${split}.csv`));
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
      expect([...counts.keys()].filter((label) => !intents.includes(label)), split).toEqual([]);
      expect(intents.filter((intent) => (counts.get(intent) ?? 0) < minimum), split).toEqual([]);
    }
  });

  it('holds no exact or near duplicate within or across train, test and the out-of-scope texts', async () => {
    const train = await readLabelledCsv(join(dataDir, 'banking77-zh/train.csv'));
    const test = await readLabelledCsv(join(dataDir, 'banking77-zh/test.csv'));
    const outOfScope = await readSplitCsv(join(dataDir, 'out-of-scope/zh.csv'));
    const texts = [...train, ...test].map((row) => row.text).concat(outOfScope.map((row) => row.text));
    expect(nearDuplicates(texts)).toEqual([]);
  });
});

describe('bundled out-of-scope texts', () => {
  it.each(['en', 'zh'])('%s: train, validation and test rows, all present, no duplicates within or across them', async (language) => {
    const rows = await readSplitCsv(join(dataDir, `out-of-scope/${language}.csv`));
    expect(new Set(rows.map((row) => row.split))).toEqual(new Set(['train', 'validation', 'test']));
    const held = rows.filter((row) => row.split !== 'train');
    expect(held.length).toBeGreaterThanOrEqual(language === 'en' ? 300 : 100);
    expect(rows.length - held.length).toBeGreaterThanOrEqual(language === 'en' ? 300 : 150);
    expect(nearDuplicates(rows.map((row) => row.text))).toEqual([]);
  });
});
