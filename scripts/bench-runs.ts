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
