import { seededRandom } from "./random";

export interface Interval {
  /** The statistic on the data itself. */
  estimate: number;
  low: number;
  high: number;
  /** Number of observations. */
  n: number;
  level: number;
}

export interface BootstrapOptions {
  /** Resamples; default 2000. */
  iterations?: number;
  /** Confidence level; default 0.95. */
  level?: number;
  /** PRNG seed; default 1 (same data, same interval). */
  seed?: number;
}

function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Percentile bootstrap interval (Efron & Tibshirani 1993) for any statistic of a sample: resample the
 * observations with replacement, recompute, take the (1-level)/2 and (1+level)/2 quantiles. Empty input
 * gives NaN estimate and bounds with n = 0; one observation gives a zero-width interval.
 */
export function bootstrapCI<T>(values: readonly T[], statistic: (sample: readonly T[]) => number, options: BootstrapOptions = {}): Interval {
  const { iterations = 2000, level = 0.95, seed = 1 } = options;
  const n = values.length;
  if (n === 0) return { estimate: NaN, low: NaN, high: NaN, n, level };
  const estimate = statistic(values);
  const rand = seededRandom(seed);
  const stats = new Float64Array(iterations);
  const sample: T[] = new Array(n);
  for (let b = 0; b < iterations; b++) {
    for (let i = 0; i < n; i++) sample[i] = values[Math.floor(rand() * n)];
    stats[b] = statistic(sample);
  }
  stats.sort();
  return { estimate, low: quantile(stats, (1 - level) / 2), high: quantile(stats, (1 + level) / 2), n, level };
}

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length ? s / xs.length : NaN;
}

/** Bootstrap interval of the mean. */
export function bootstrapMeanCI(values: readonly number[], options: BootstrapOptions = {}): Interval {
  return bootstrapCI(values, mean, options);
}
