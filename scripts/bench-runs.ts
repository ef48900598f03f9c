// Choosing among repeated runs of the same command in `npm run bench` (see its --rounds).

/**
 * The run with the fewest wall-clock seconds (the first of equals): of several runs of the same work,
 * the one least slowed by whatever else the machine was doing. Throws on no runs.
 */
export function fastestRun<T extends { seconds: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("fastestRun: no runs");
  return runs.reduce((best, r) => (r.seconds < best.seconds ? r : best));
}

/** A corpus size in MB and the peak resident memory of analysing it, in MiB. */
export type SizedPeak = { mb: number; peakMiB: number };

/**
 * How the peak memory grew from a smaller corpus to a larger one, in one line: the corpus grew
 * `large.mb / small.mb` times, the peak `large.peakMiB / small.peakMiB` times, and each added MB of text
 * cost (large.peakMiB - small.peakMiB) / (large.mb - small.mb) MiB. Throws unless `large` is the larger corpus.
 */
export function growthLine(small: SizedPeak, large: SizedPeak): string {
  if (!(large.mb > small.mb && small.mb > 0)) throw new Error(`growthLine: the corpora must grow (${small.mb} -> ${large.mb} MB)`);
  const perMb = (large.peakMiB - small.peakMiB) / (large.mb - small.mb);
  return `memory: ${small.mb.toFixed(2)} MB of text ${small.peakMiB.toFixed(0)} MiB peak, ${large.mb.toFixed(2)} MB ${large.peakMiB.toFixed(0)} MiB: the corpus ${(large.mb / small.mb).toFixed(2)}x, the peak ${(large.peakMiB / small.peakMiB).toFixed(2)}x (${perMb.toFixed(0)} MiB per added MB of text)`;
}

/**
 * The items at even positions (0, 2, 4, ...) and those at odd positions: two halves of a corpus that
 * each span its stories and outlets as the whole does, and differ in size by at most one item.
 */
export function alternateHalves<T>(items: readonly T[]): [T[], T[]] {
  const even: T[] = [];
  const odd: T[] = [];
  items.forEach((x, i) => (i % 2 === 0 ? even : odd).push(x));
  return [even, odd];
}

/**
 * What the machine allows a split of the work over its cores, in one line. `halves`: the runs of
 * `analyze --jobs 1` on two halves of the corpus, started together and never merged, so that nothing is
 * spent sending records between threads or merging them, and each does less than half the second passes
 * (alignment grows faster than a story). The slower of them is therefore a bound that no `--jobs` of the
 * whole corpus can beat on this machine; `one` and `two` are the whole corpus with --jobs 1 and 2.
 */
export function ceilingLine(one: { seconds: number }, two: { seconds: number }, halves: ReadonlyArray<{ seconds: number }>): string {
  if (halves.length !== 2) throw new Error(`ceilingLine: two halves expected, got ${halves.length}`);
  const slower = Math.max(...halves.map((h) => h.seconds));
  const best = one.seconds / slower;
  const reached = one.seconds / two.seconds;
  const took = `ceiling: --jobs 1 on two halves of the corpus at once (no merge) took ${halves.map((h) => h.seconds.toFixed(2)).join(" and ")} s`;
  if (best <= 1) return `${took}: on these cores no split of this work is faster than --jobs 1 (--jobs 2 is ${reached.toFixed(2)}x)`;
  return `${took}: no split of this work over these cores can be more than ${best.toFixed(2)}x as fast as --jobs 1; --jobs 2, at ${reached.toFixed(2)}x, has ${((100 * (reached - 1)) / (best - 1)).toFixed(0)}% of that gain`;
}
