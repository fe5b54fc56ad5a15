/**
 * Wilson score interval for a proportion (95 % by default): unlike the normal
 * approximation it stays inside [0, 1] and is honest for small counts and for 0 % or 100 %.
 */
export function wilsonInterval(successes: number, total: number, z = 1.959964): { low: number; high: number } | null {
  if (total <= 0) return null;
  const p = successes / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denominator = 1 + z2 / total;
  return { low: Math.max(0, (centre - margin) / denominator), high: Math.min(1, (centre + margin) / denominator) };
}
