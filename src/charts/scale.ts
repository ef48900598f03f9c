/**
 * Shared scales: one axis range for panels that are compared, and heatmap colour limits that are spent
 * on the values a reader compares.
 */

/**
 * One axis range for every panel of a chart, so that equal bars have equal lengths: [min, max] of
 * `values` (non-finite ones ignored), widened to include 0 when `includeZero` (default true), made
 * symmetric around 0 when `symmetric` (default false), then padded by `pad` (default 0.05) of the span
 * on each side. No finite value gives [-1, 1].
 */
export function sharedRange(values: Iterable<number>, options: { includeZero?: boolean; symmetric?: boolean; pad?: number } = {}): [number, number] {
  const { includeZero = true, symmetric = false, pad = 0.05 } = options;
  if (!(pad >= 0)) throw new Error(`sharedRange: pad must be a number, 0 or more; got ${pad}`);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [-1, 1];
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (symmetric) {
    const m = Math.max(Math.abs(lo), Math.abs(hi));
    lo = -m;
    hi = m;
  }
  const span = hi - lo || Math.max(1, Math.abs(hi));
  return [lo - pad * span, hi + pad * span];
}

/**
 * Colour limits of a square matrix from its off-diagonal cells only (an outlet's similarity with itself
 * is 1 and says nothing): { zmin, zmax } over the finite cells with row ≠ column, or null when there are
 * none (fewer than two rows). When every off-diagonal cell is equal, zmax is zmin + 0.01 so the scale
 * has a span.
 */
export function offDiagonalRange(matrix: readonly (readonly number[])[]): { zmin: number; zmax: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  matrix.forEach((row, i) =>
    row.forEach((v, j) => {
      if (i === j || !Number.isFinite(v)) return;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }),
  );
  if (lo > hi) return null;
  return { zmin: lo, zmax: hi > lo ? hi : lo + 0.01 };
}

/** Tick values 1, 2, 5, 10, 20, 50, ... up to the first at or above `max` (at least [1]): log axes labelled at full size. */
export function logTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let p = 1; ticks.length === 0 || ticks[ticks.length - 1] < max; p *= 10) {
    for (const m of [1, 2, 5]) {
      ticks.push(m * p);
      if (m * p >= max) break;
    }
    if (p > 1e12) break;
  }
  return ticks;
}

/** A share (0.25) as the percentage a reader sees ("25%"), with `digits` decimals (default 0). */
export function formatPercent(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** Axis settings for values already in percent (0-100): ticks read "25%", not 0.25. */
export const PERCENT_AXIS = { ticksuffix: "%" } as const;
