/**
 * The fuzzer's time promise: each stage's time on an input stays within a linear bound of its length,
 * `allowanceMs + headroom * msPerKchar[stage] * chars / 1000`, with msPerKchar measured on the unmutated
 * seeds on the same machine. A superlinear stage (a quadratic regex, a scan per token) breaks the bound
 * on long enough inputs; the headroom (default 20x) absorbs texts that are denser than news prose, the
 * allowance (default 1,000 ms) absorbs garbage collection pauses and compilation.
 * An input's first run is the one judged (outcome.ts, checkTimed): running it again could hide real
 * first-time costs (wink-nlp caches what it has tokenized, so a quadratic word is fast the second time).
 * When a stage is over its bound, the shortest seed is timed again: if the machine is now slower than at
 * calibration (other work on it), the bound grows by that factor before the verdict.
 */
import { ActorRegistry } from "../../src/actors/types";
import { CheckResult, STAGES, Stage, checkArticle } from "./check";
import { Finding } from "./invariants";

export interface TimeBounds {
  allowanceMs: number;
  headroom: number;
  /** Seeds' milliseconds per 1,000 characters, per stage (the slowest seed's, best of several passes). */
  msPerKchar: Record<Stage, number>;
  /** Milliseconds of all stages on the shortest seed at calibration (best of several passes). */
  referenceMs: number;
}

export const DEFAULT_HEADROOM = 20;
export const DEFAULT_ALLOWANCE_MS = 1000;

export type Calibration = Pick<TimeBounds, "msPerKchar" | "referenceMs">;

/** The seed timed again to tell how busy the machine is now: the shortest. */
export function referenceSeed(seeds: readonly string[]): string {
  return seeds.reduce((a, b) => (b.length < a.length ? b : a));
}

/** Best of `passes` runs of every stage on `text`. */
function bestOf(text: string, registry: ActorRegistry, passes: number): CheckResult {
  const best = checkArticle(text, { registry });
  for (let p = 1; p < passes; p++) {
    const r = checkArticle(text, { registry });
    best.ms = Math.min(best.ms, r.ms);
    for (const s of STAGES) best.stageMs[s] = Math.min(best.stageMs[s], r.stageMs[s]);
  }
  return best;
}

/**
 * Per-stage ms per 1,000 chars on the seeds: two warm-up passes (compilation, caches), then the best of
 * `passes` per seed, and the slowest seed; and the reference seed's total. Best-of keeps a busy moment
 * of the machine out of the rates.
 */
export function calibrate(seeds: readonly string[], registry: ActorRegistry, passes = 5): Calibration {
  const msPerKchar = Object.fromEntries(STAGES.map((s) => [s, 0.001])) as Record<Stage, number>;
  for (let warm = 0; warm < 2; warm++) for (const text of seeds) checkArticle(text, { registry });
  for (const text of seeds) {
    const best = bestOf(text, registry, passes);
    for (const s of STAGES) msPerKchar[s] = Math.max(msPerKchar[s], best.stageMs[s] / (text.length / 1000));
  }
  return { msPerKchar, referenceMs: Math.max(0.1, bestOf(referenceSeed(seeds), registry, passes).ms) };
}

/** How many times slower than at calibration the machine is now (at least 1): the reference seed, best of 2. */
export function slowdown(b: TimeBounds, reference: string, registry: ActorRegistry): number {
  return Math.max(1, bestOf(reference, registry, 2).ms / b.referenceMs);
}

export function stageBound(b: TimeBounds, stage: Stage, chars: number, factor = 1): number {
  return factor * (b.allowanceMs + b.headroom * b.msPerKchar[stage] * (chars / 1000));
}

/** Sum of the stage bounds: the worker running an input is stopped after three times this. */
export function totalBound(b: TimeBounds, chars: number): number {
  return STAGES.reduce((sum, s) => sum + stageBound(b, s, chars), 0);
}

/** The largest share of its bound any stage used (over 1 breaks the promise). */
export function boundUse(b: TimeBounds, r: Pick<CheckResult, "chars" | "stageMs">): { stage: Stage; use: number } {
  let worst: { stage: Stage; use: number } = { stage: STAGES[0], use: 0 };
  for (const s of STAGES) {
    const use = r.stageMs[s] / stageBound(b, s, r.chars);
    if (use > worst.use) worst = { stage: s, use };
  }
  return worst;
}

/** The kind of a time finding, shared by measured and stopped runs so they group together. */
export function timeKind(stage: Stage): string {
  return `time: ${stage} over its linear bound`;
}

/** One finding per stage over its bound, the bound multiplied by `factor` (the machine's slowdown). */
export function timeFindings(b: TimeBounds, r: Pick<CheckResult, "chars" | "stageMs">, factor = 1): Finding[] {
  return STAGES.filter((s) => r.stageMs[s] > stageBound(b, s, r.chars, factor)).map((s) => ({
    kind: timeKind(s),
    message:
      `${s} took ${r.stageMs[s].toFixed(0)} ms on ${r.chars} chars; the bound is ${stageBound(b, s, r.chars, factor).toFixed(0)} ms ` +
      `(${factor > 1 ? `${factor.toFixed(2)} x (` : ""}${b.allowanceMs} + ${b.headroom} x ${b.msPerKchar[s].toFixed(2)} ms per 1,000 chars${factor > 1 ? "), the machine being that much slower than at calibration" : ""})`,
    at: null,
    count: 1,
  }));
}
