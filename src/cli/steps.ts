import { coverageStep } from "../coverage/step";
import { emphasisStep } from "../emphasis/step";
import { framesStep } from "../frames/step";
import { corpusStep } from "../overview/step";
import { quotesStep } from "../quotes/step";
import { sentimentStep } from "../sentiment/step";
import { AnalysisStep } from "./step";

/**
 * The analyses `framelens analyze` runs, in order; each adds its tables, charts and a report section.
 * A new capability adds its step here.
 */
export const ANALYSIS_STEPS: readonly AnalysisStep[] = [corpusStep, quotesStep, sentimentStep, emphasisStep, framesStep, coverageStep];
