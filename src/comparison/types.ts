/**
 * The vocabulary the analysis steps use to hand their headline per-outlet figures to the outlet comparison
 * (the overview that opens the report), and what the comparison returns. Plain data: every field is
 * JSON, so a notebook can show or filter it.
 */

/** How a figure's value reads: a mean on the lexicon's scale, a share (0..1), a count, or text. */
export const FIGURE_SCALES = ["score", "share", "count", "text"] as const;
export type FigureScale = (typeof FIGURE_SCALES)[number];

/**
 * What a figure puts together: "pooled" (all of the outlet's articles, whatever their story),
 * "within-story" (the outlet's mean difference from the story mean over the stories it covers, see
 * withinStoryEffects) or "per-story" (computed within each story and then added, as coverage's facts).
 */
export const FIGURE_BASES = ["pooled", "within-story", "per-story"] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

/** A sentence or quote behind a figure: its text, where it is (article id, sentence index when known), and its outlet. */
export type Evidence = { outlet: string; articleId: string; sentence?: number; text: string };

/**
 * How a finding words a difference on the metric: "{A}'s {subject} is {lower|higher} than {B}'s", `lead`
 * saying which of the two comes first (tone: the lower, "DW's narration is more negative than Sky's").
 */
export interface Wording {
  subject: string;
  higher: string;
  lower: string;
  lead: "higher" | "lower";
}

/** One headline figure of one outlet, as a step hands it to the overview (StepResult.headlines). */
export interface OutletFigure {
  outlet: string;
  /** Stable id: "tone:narration", "voice:us", "frame:conflict", "words", "story:tone" (within-story). */
  metric: string;
  /** Row label in the overview: "narration tone", "share of voice: United States". */
  label: string;
  scale: FigureScale;
  /** The number (a share as 0..1); null for a text figure or when the outlet has nothing to measure. */
  value: number | null;
  /** 95% interval of the value; null when the figure has none (counts, text, too few observations). */
  low: number | null;
  high: number | null;
  /** Observations behind the value, counted in `unit` ("sentences", "quotes", "articles", "stories"). */
  n: number;
  unit: string;
  /** The cell as the report shows it: "-1.07 [-1.89, -0.24]", "41% [26, 58]", "conflict 41%". */
  display: string;
  /** The report section (element id) the figure comes from. */
  section: string;
  basis: FigureBasis;
  /** A few sentences or quotes behind the figure (at most EVIDENCE_PER_FIGURE). */
  evidence: Evidence[];
  /** False: in overview.csv and the findings but not a row of the report's overview table. Default true. */
  table?: boolean;
  /** How findings word a difference; default "{label} is higher / lower". */
  wording?: Wording;
}

/**
 * A difference between two outlets on one metric measured within the stories both cover: per story, A's
 * value minus B's, then the mean over those stories with a 95% interval from resampling stories.
 */
export interface PairDifference {
  metric: string;
  a: string;
  b: string;
  stories: number;
  diff: number;
  /** 95% percentile-bootstrap interval over stories; null below 2 stories. */
  low: number | null;
  high: number | null;
  /** Two-sided p of diff = 0 from a paired t test over the stories (t = mean / (sd / sqrt(stories)), stories - 1 df); null below 2 stories. */
  p: number | null;
}

export const FINDING_KINDS = ["difference", "no-difference", "note"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One plain sentence drawn from the figures, with the evidence behind it. */
export interface Finding {
  kind: FindingKind;
  metric: string;
  label: string;
  text: string;
  /** The outlets the sentence is about (two for a difference). */
  outlets: string[];
  /** Outlet pairs compared on the metric (the multiple-comparison correction's k). */
  pairs: number;
  evidence: Evidence[];
}

/** The comparison of the outlets: every figure, the overview table (one row per outlet) and the findings. */
export interface OutletComparison {
  outlets: string[];
  /** Stories in the corpus; above 1, pooled figures say so and findings use within-story figures where there are any. */
  stories: number;
  figures: OutletFigure[];
  /** overview.csv: `outlet`, then per metric its value (text for a text figure) and, when it has them, `<metric> low`, `<metric> high`, `<metric> n`. */
  columns: string[];
  rows: Array<Record<string, string | number | null>>;
  findings: Finding[];
}
