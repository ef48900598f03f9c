/**
 * Wilson score interval for a proportion k/n (Wilson 1927): well behaved at 0, 1 and small n, unlike the
 * normal approximation. Default 95% (z = 1.96). n = 0 gives NaN bounds.
 */
export function wilsonInterval(k: number, n: number, z = 1.959964): { p: number; low: number; high: number } {
  if (n === 0) return { p: NaN, low: NaN, high: NaN };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { p, low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}
