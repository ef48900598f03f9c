/** One input's outcome: what was found, with excerpts, and how long each stage took. */
import { ActorRegistry } from "../../src/actors/types";
import { CheckResult, STAGES, Stage, checkArticle } from "./check";
import { Finding } from "./invariants";
import { TimeBounds, slowdown, timeFindings, timeKind } from "./timing";

/** A finding with a short escaped excerpt of the input around it. */
export type ReportedFinding = Finding & { excerpt: string };

export interface InputOutcome {
  /** Input index, or -1 for a text given with `--input`. */
  index: number;
  chars: number;
  ms: number;
  stageMs: Record<Stage, number>;
  recipe: string[];
  findings: ReportedFinding[];
}

/** Up to 80 characters of `text` around `at`, JSON-escaped so control characters and lone surrogates show. */
export function excerpt(text: string, at: number | null): string {
  const from = Math.max(0, (at ?? 0) - 30);
  const to = Math.min(text.length, from + 80);
  return `${from > 0 ? "..." : ""}${JSON.stringify(text.slice(from, to))}${to < text.length ? "..." : ""}`;
}

/**
 * Checks `text` and judges its first run's times. When a stage breaks its bound, `reference` (the
 * shortest seed) is timed to learn how much slower the machine is than at calibration, and the bound
 * grows by that factor. A stage still over by more than one allowance is reported as it is: running it
 * again could hide a real first-run cost (wink-nlp caches what it has tokenized, so a quadratic word is
 * fast the second time). A stage over by less may have met a pause (garbage collection, another
 * process): the input runs once more, and the stage is reported only if it is over again.
 */
export function checkTimed(text: string, index: number, recipe: string[], bounds: TimeBounds, registry: ActorRegistry, reference: string, onStage?: (s: Stage) => void): InputOutcome {
  const r: CheckResult = checkArticle(text, { registry, onStage });
  const times = { chars: r.chars, stageMs: { ...r.stageMs } };
  let late = timeFindings(bounds, times);
  if (late.length > 0) {
    const factor = slowdown(bounds, reference, registry);
    late = timeFindings(bounds, times, factor);
    const gross = new Set(timeFindings({ ...bounds, allowanceMs: 2 * bounds.allowanceMs }, times, factor).map((f) => f.kind));
    if (late.some((f) => !gross.has(f.kind))) {
      const again = checkArticle(text, { registry, onStage });
      for (const s of STAGES) if (!gross.has(timeKind(s))) times.stageMs[s] = Math.min(times.stageMs[s], again.stageMs[s]);
      late = timeFindings(bounds, times, factor);
    }
  }
  const findings = [...r.findings, ...late].map((f) => ({ ...f, excerpt: excerpt(text, f.at) }));
  return { index, chars: text.length, ms: r.ms, stageMs: times.stageMs, recipe, findings };
}
