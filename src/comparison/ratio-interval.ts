import { bootstrapCI } from "../stats/bootstrap";
import { normalQuantile } from "../stats/normal";
import { wilsonInterval } from "../stats/proportion";

/** Observations above which ratioInterval uses the normal (delta-method) approximation instead of resampling. */
export const RATIO_NORMAL_ABOVE = 1000;

/**
 * 95% interval of a ratio of sums, Σpart / Σwhole, over independent units (e.g. quotes: the side's quoted
 * words over all quoted words): the percentile bootstrap resampling the units (2000 resamples, seed 1), or
 * above RATIO_NORMAL_ABOVE units the delta-method normal approximation. When no unit or every unit
 * carries a part (a side never quoted, or quoted alone) resampling cannot vary and would give a
 * zero-width interval; then the Wilson interval of the count of units with a part (0 of n quotes) is
 * given instead, so "never quoted in 18 quotes" reads [0, 18%], not [0, 0]. No units gives NaN bounds.
 */
export function ratioInterval(units: ReadonlyArray<readonly [part: number, whole: number]>): { estimate: number; low: number; high: number; n: number } {
  const n = units.length;
  let part = 0;
  let whole = 0;
  let withPart = 0;
  for (const [p, w] of units) {
    part += p;
    whole += w;
    if (p > 0) withPart += 1;
  }
  if (n === 0 || whole === 0) return { estimate: NaN, low: NaN, high: NaN, n };
  const estimate = part / whole;
  if (withPart === 0 || withPart === n) {
    const w = wilsonInterval(withPart, n);
    return { estimate, low: Math.min(w.low, estimate), high: Math.max(w.high, estimate), n };
  }
  if (n > RATIO_NORMAL_ABOVE) {
    let ss = 0;
    for (const [p, w] of units) ss += (p - estimate * w) ** 2;
    const se = Math.sqrt(ss / n) / (whole / n) / Math.sqrt(n);
    const z = normalQuantile(0.975);
    return { estimate, low: Math.max(0, estimate - z * se), high: Math.min(1, estimate + z * se), n };
  }
  const ci = bootstrapCI(units, (s) => {
    let a = 0;
    let b = 0;
    for (const [p, w] of s) {
      a += p;
      b += w;
    }
    return b ? a / b : 0;
  });
  return { estimate, low: ci.low, high: ci.high, n };
}
