import { mulberry32, readLabelledCsv, shuffle } from '@caseflow/classifier';

/** One small training set: `k` random examples of every intent of one file. */
export interface Draw {
  set: string;
  file: string;
  language: 'en' | 'zh';
  k: number;
  draw: number;
  /** row indices into `file` (data rows, header excluded) */
  rows: number[];
}

export interface SmallSet {
  name: string;
  file: string;
  language: 'en' | 'zh';
  k: number;
}

export const DRAWS = 3;

/** Seeded, so caseflow and scikit-learn are given the very same examples. */
export async function makeDraws(sets: readonly SmallSet[]): Promise<Draw[]> {
  const draws: Draw[] = [];
  for (const [s, set] of sets.entries()) {
    const examples = await readLabelledCsv(set.file);
    const byLabel = new Map<string, number[]>();
    examples.forEach((e, i) => byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), i]));
    for (let draw = 1; draw <= DRAWS; draw++) {
      const random = mulberry32(1000 * (s + 1) + draw);
      const rows = [...byLabel.keys()].sort().flatMap((label) => shuffle([...byLabel.get(label)!], random).slice(0, set.k));
      draws.push({ set: set.name, file: set.file, language: set.language, k: set.k, draw, rows: rows.sort((a, b) => a - b) });
    }
  }
  return draws;
}
