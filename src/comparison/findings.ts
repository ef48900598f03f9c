import { groupBy } from "../emphasis/select";
import { formatScore, formatShare, valueText } from "./headline";
import { normalCdf, STORY_PREFIX } from "./story-figures";
import { Evidence, Finding, OutletFigure, PairDifference, Wording } from "./types";

export interface FindingOptions {
  /** Differences measured within stories (the stories step's pairs), used for the "story:" metrics. */
  pairs?: readonly PairDifference[];
  /** Stories in the corpus; above 1, pooled figures with a within-story counterpart are not compared, and the rest say they are pooled. Default 1. */
  stories?: number;
  /** Fewest observations (figure n) an outlet needs to be compared on a metric; default 5. */
  minN?: number;
  /** Family-wise error rate over the pairs compared on one metric (Holm's correction); default 0.05. */
  alpha?: number;
}

const Z95 = 1.959964;

/** One comparison of two outlets on one metric: A minus B with its 95% interval and a two-sided p. */
type Pair = { a: OutletFigure; b: OutletFigure; diff: number; low: number; high: number; p: number; stories?: number };

/**
 * The difference of two independent estimates from their 95% intervals: each standard error is the
 * half-width of its interval on the side facing the other estimate, divided by 1.96 (so skewed bootstrap
 * and Wilson intervals are read on the side that matters), and the difference's interval is
 * diff ± 1.96 √(seA² + seB²), its p two-sided from the normal distribution. Null when both
 * standard errors are 0.
 */
export function intervalDifference(a: Pick<OutletFigure, "value" | "low" | "high">, b: Pick<OutletFigure, "value" | "low" | "high">): { diff: number; low: number; high: number; p: number } | null {
  if (a.value === null || b.value === null || a.low === null || a.high === null || b.low === null || b.high === null) return null;
  const diff = a.value - b.value;
  const seA = (diff >= 0 ? a.value - a.low : a.high - a.value) / Z95;
  const seB = (diff >= 0 ? b.high - b.value : b.value - b.low) / Z95;
  const se = Math.sqrt(seA * seA + seB * seB);
  if (!(se > 0)) return null;
  return { diff, low: diff - Z95 * se, high: diff + Z95 * se, p: 2 * (1 - normalCdf(Math.abs(diff) / se)) };
}

/** Holm's step-down correction (Holm 1979): which of the p-values are rejected at family-wise level `alpha`. */
export function holm(ps: readonly number[], alpha = 0.05): boolean[] {
  const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = ps.map(() => false);
  for (let r = 0; r < order.length; r++) {
    if (order[r][0] > alpha / (order.length - r)) break;
    out[order[r][1]] = true;
  }
  return out;
}

function diffText(f: Pick<OutletFigure, "scale">, x: number): string {
  return f.scale === "share" ? formatShare(x, true) : formatScore(x, true);
}

function unitOf(f: Pick<OutletFigure, "unit" | "n">, n: number): string {
  return n === 1 ? f.unit.replace(/s$/, "") : f.unit;
}

/** "BBC 32, Sky News 48 sentences". */
function sizes(list: readonly OutletFigure[]): string {
  if (!list.length) return "";
  return `${list.map((f) => `${f.outlet} ${f.n}`).join(", ")} ${list[list.length - 1].unit}`;
}

function wordingOf(f: OutletFigure): Wording {
  return f.wording ?? { subject: f.label, higher: "higher", lower: "lower", lead: "higher" };
}

const evidenceOf = (list: readonly OutletFigure[], per = 3): Evidence[] => list.flatMap((f) => f.evidence.slice(0, per));

/**
 * Plain sentences from the figures, honest about their intervals. For each metric with intervals (score
 * and share figures), every two outlets with at least `minN` observations are compared: a difference
 * is stated only when its 95% interval excludes 0 and it survives Holm's correction over the pairs
 * compared on that metric (its p below alpha / (pairs - rank)); the sentence gives both values with their
 * intervals, both n, the difference with its interval and how many pairs were compared. For one story
 * the difference comes from the two intervals (see intervalDifference); for "story:" metrics from the
 * stories both outlets cover (PairDifference: story bootstrap). Otherwise one sentence says the articles
 * cannot tell the outlets apart on the metric, with every outlet's n; outlets with too few observations
 * are named. With several stories a pooled metric that has a within-story counterpart is left to it, and
 * the others' sentences say they pool the stories. Coverage counts give one descriptive note each (with two
 * outlets or more).
 * Order: differences (by metric, then p), notes, then the metrics without a supported difference. No
 * figures gives [].
 */
export function outletFindings(figures: readonly OutletFigure[], options: FindingOptions = {}): Finding[] {
  const { pairs: storyPairs = [], stories = 1, minN = 5, alpha = 0.05 } = options;
  const differences: Finding[] = [];
  const notes: Finding[] = [];
  const none: Finding[] = [];
  const byMetric = groupBy(figures, (f) => f.metric);
  for (const [metric, list] of byMetric) {
    const first = list[0];
    if (metric === "only" || metric === "left-out") {
      // With one outlet every fact is its own: nothing to say.
      if (list.length >= 2) notes.push(countNote(metric, list));
      continue;
    }
    if (first.scale !== "score" && first.scale !== "share") continue;
    const within = metric.startsWith(STORY_PREFIX);
    if (!within && stories > 1 && byMetric.has(`${STORY_PREFIX}${metric}`)) continue;
    const measured = list.filter((f) => f.value !== null);
    if (measured.length < 2) continue;
    const need = within ? 2 : minN;
    const usable = measured.filter((f) => f.n >= need && f.low !== null && f.high !== null && f.high > f.low);
    const usableSet = new Set(usable.map((f) => f.outlet));
    const few = measured.filter((f) => !usableSet.has(f.outlet));
    const fewText = few.length ? ` Not compared: ${few.map((f) => `${f.outlet} (n = ${f.n})`).join(", ")}, with fewer than ${need} ${first.unit} or no interval.` : "";
    const pooled = !within && stories > 1 ? `, pooled over the corpus's ${stories} stories` : "";
    const label = first.label;
    const compared: Pair[] = [];
    if (within) {
      const fig = new Map(usable.map((f) => [f.outlet, f]));
      for (const d of storyPairs) {
        if (d.metric !== metric || d.p === null || d.low === null || d.high === null) continue;
        const a = fig.get(d.a);
        const b = fig.get(d.b);
        if (a && b) compared.push({ a, b, diff: d.diff, low: d.low, high: d.high, p: d.p, stories: d.stories });
      }
    } else {
      for (let i = 0; i < usable.length; i++)
        for (let j = i + 1; j < usable.length; j++) {
          const d = intervalDifference(usable[i], usable[j]);
          if (d) compared.push({ a: usable[i], b: usable[j], ...d });
        }
    }
    const k = compared.length;
    if (k === 0) {
      none.push({ kind: "no-difference", metric, label, text: `Too few observations to compare the outlets on ${label} (n = ${sizes(measured)}${pooled}): a comparison needs at least ${need} ${first.unit} and an interval for each of two outlets.`, outlets: measured.map((f) => f.outlet), pairs: 0, evidence: evidenceOf(measured, 1) });
      continue;
    }
    const kept = holm(compared.map((c) => c.p), alpha).map((ok, i) => ok && (compared[i].low > 0 || compared[i].high < 0));
    const supported = compared.filter((_, i) => kept[i]).sort((x, y) => x.p - y.p);
    const pairsText = k === 1 ? "1 pair compared" : `${k} pairs compared, Holm-corrected`;
    for (const c of supported) differences.push(differenceFinding(c, metric, k, pairsText, pooled));
    if (supported.length === 0) {
      none.push({
        kind: "no-difference", metric, label,
        text: `The articles cannot tell the outlets apart on ${label}${within ? " (each outlet against the story mean)" : ""}: no difference between two of them clears its interval (${pairsText}; n = ${sizes(usable)}${pooled}).${fewText}`,
        outlets: usable.map((f) => f.outlet), pairs: k, evidence: evidenceOf(usable, 1),
      });
    } else if (supported.length < k) {
      const rest = compared.filter((_, i) => !kept[i]);
      const involved = Array.from(new Set(rest.flatMap((c) => [c.a, c.b])));
      none.push({ kind: "no-difference", metric, label, text: `The other ${k - supported.length} of ${k} pairs of outlets cannot be told apart on ${label} (n = ${sizes(involved)}${pooled}).${fewText}`, outlets: involved.map((f) => f.outlet), pairs: k, evidence: [] });
    }
  }
  return [...differences, ...notes, ...none];
}

function differenceFinding(c: Pair, metric: string, k: number, pairsText: string, pooled: string): Finding {
  const w = wordingOf(c.a);
  // The sentence leads with the outlet the wording puts first (tone: the more negative one).
  const aHigher = c.diff > 0;
  const swap = (w.lead === "higher") !== aHigher;
  const [x, y] = swap ? [c.b, c.a] : [c.a, c.b];
  const [d, lo, hi] = swap ? [-c.diff, -c.high, -c.low] : [c.diff, c.low, c.high];
  const word = w.lead === "higher" ? w.higher : w.lower;
  const within = c.stories !== undefined;
  const show = (f: OutletFigure) => valueText(f.scale, f.basis, f.value, f.low, f.high);
  const sizesText = within
    ? `each against the story mean, over ${x.n} and ${y.n} stories; difference within the ${c.stories} stories both cover ${diffText(x, d)} [${diffText(x, lo)}, ${diffText(x, hi)}], from resampling stories`
    : `n = ${x.n} and ${y.n} ${unitOf(y, y.n)}${pooled}; difference ${diffText(x, d)} [${diffText(x, lo)}, ${diffText(x, hi)}]`;
  return {
    kind: "difference", metric, label: x.label,
    text: `${within ? "Within stories, " : ""}${x.outlet}'s ${w.subject} is ${word} than ${y.outlet}'s: ${show(x)} vs ${show(y)} (${sizesText}; ${pairsText}).`,
    outlets: [x.outlet, y.outlet], pairs: k, evidence: evidenceOf([x, y]),
  };
}

function countNote(metric: string, list: readonly OutletFigure[]): Finding {
  const counts = list.map((f) => `${f.outlet} ${f.value ?? 0}`).join(", ");
  const perStory = list[0].basis === "per-story" ? " (within each story, added over stories)" : "";
  const text =
    metric === "only"
      ? `Facts only one outlet reports${perStory}: ${counts}. A high count is an outlet's own angle or detail, or sentences the alignment could not match: check them in the coverage section.`
      : `Facts an outlet leaves out that more than half of the other outlets report${perStory}: ${counts}.`;
  return { kind: "note", metric, label: list[0].label, text, outlets: list.map((f) => f.outlet), pairs: 0, evidence: list.flatMap((f) => f.evidence.slice(0, 1)) };
}
