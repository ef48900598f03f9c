import { comparisonStep } from "../comparison/step";
import { coverageStep } from "../coverage/step";
import { emphasisStep, makeEmphasisStep } from "../emphasis/step";
import { framesStep } from "../frames/step";
import { corpusStep } from "../overview/step";
import { quotesStep } from "../quotes/step";
import { sentimentStep } from "../sentiment/step";
import { storiesStep } from "../stories/step";
import { AnalysisStep } from "./step";

/**
 * The analyses `framelens analyze` runs, in order; each adds its tables, charts and a report section.
 * A new capability adds its step here (before comparisonStep, which reads every earlier step's headline
 * figures and opens the report).
 */
export const ANALYSIS_STEPS: readonly AnalysisStep[] = [corpusStep, quotesStep, sentimentStep, emphasisStep, framesStep, coverageStep, storiesStep, comparisonStep];

/**
 * The analysis steps with options applied: `background` (term -> count) replaces the emphasis step's
 * pooled-corpus prior; `backgroundName` names it in the report.
 */
export function analysisSteps(options: { background?: ReadonlyMap<string, number>; backgroundName?: string } = {}): readonly AnalysisStep[] {
  if (!options.background) return ANALYSIS_STEPS;
  const emphasis = makeEmphasisStep(options);
  return ANALYSIS_STEPS.map((s) => (s.id === emphasis.id ? emphasis : s));
}
