// Choosing among repeated runs of the same command in `npm run bench` (see its --rounds).

/**
 * The run with the fewest wall-clock seconds (the first of equals): of several runs of the same work,
 * the one least slowed by whatever else the machine was doing. Throws on no runs.
 */
export function fastestRun<T extends { seconds: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("fastestRun: no runs");
  return runs.reduce((best, r) => (r.seconds < best.seconds ? r : best));
}
