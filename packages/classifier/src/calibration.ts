/**
 * Confidence = softmax of the one-vs-rest margins divided by a temperature T.
 * T is fitted on a held-out split by minimising the negative log-likelihood
 * (temperature scaling, Guo et al. 2017). For T > 0 the confidence of a label
 * rises monotonically with its margin and always lies in [0, 1].
 */
export interface Calibration {
  method: 'softmax-temperature';
  temperature: number;
}

export function softmax(scores: ArrayLike<number>, temperature: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]!);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i]! - max) / temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

function nll(scores: readonly ArrayLike<number>[], truth: readonly number[], t: number): number {
  let total = 0;
  scores.forEach((s, i) => (total -= Math.log(Math.max(softmax(s, t)[truth[i]!]!, 1e-12))));
  return total / scores.length;
}

/** Golden-section search for T in [0.01, 10] on a log scale. */
export function fitTemperature(scores: readonly ArrayLike<number>[], truth: readonly number[]): Calibration {
  if (scores.length === 0) return { method: 'softmax-temperature', temperature: 1 };
  let lo = Math.log(0.01);
  let hi = Math.log(10);
  const g = (Math.sqrt(5) - 1) / 2;
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = nll(scores, truth, Math.exp(a));
  let fb = nll(scores, truth, Math.exp(b));
  for (let k = 0; k < 40; k++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - g * (hi - lo);
      fa = nll(scores, truth, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + g * (hi - lo);
      fb = nll(scores, truth, Math.exp(b));
    }
  }
  return { method: 'softmax-temperature', temperature: Math.exp((lo + hi) / 2) };
}
