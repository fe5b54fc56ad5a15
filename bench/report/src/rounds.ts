/**
 * Comparisons measured alike: every variant runs in each round, in the same order (b, c,
 * b, c, …), so a slow minute of a shared machine lands on all of them rather than on one,
 * and each figure is reported as the median of its rounds with their spread.
 */
export async function alternatingRounds<K extends string, T>(rounds: number, variants: Record<K, (round: number) => Promise<T>>): Promise<Record<K, T[]>> {
  const names = Object.keys(variants) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round += 1) for (const name of names) results[name].push(await variants[name](round));
  return results;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** `45.2 (44.0–46.9)`: the median, then the lowest and highest round. */
export function formatSpread({ median, min, max }: Spread, digits = 1): string {
  return `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}
