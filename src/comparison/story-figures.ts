import { UNKNOWN_SIDE } from "../actors/types";
import { bootstrapMeanCIs } from "../stats/bootstrap";
import { StoryMetric } from "../stories/cells";
import { OutletEffect } from "../stories/effects";
import { outletFigure, shareWording, toneWording } from "./headline";
import { OutletFigure, PairDifference } from "./types";
import { TOP_SIDES } from "./quotes-figures";
import { studentTwoSidedP } from "./student-t";

/** Prefix of the metric id of a within-story figure: "story:tone:narration". */
export const STORY_PREFIX = "story:";

/**
 * The metrics compared within stories in the overview: the three tones, share of voice of and tone toward
 * the TOP_SIDES sides with most quoted words (sentences), and the five frames. Ids as stories.csv's.
 */
export function storyOverviewMetrics(effects: readonly Pick<OutletEffect, "level" | "metric" | "family" | "pooled" | "pooledN">[]): string[] {
  const size = new Map<string, number>();
  for (const e of effects) if (e.level === "outlet") size.set(e.metric, (size.get(e.metric) ?? 0) + (e.family === "voice" ? (e.pooled ?? 0) * e.pooledN : e.pooledN));
  const top = (family: string) =>
    Array.from(size.keys())
      .filter((m) => m.startsWith(`${family}:`) && m !== `${family}:${UNKNOWN_SIDE}`)
      .sort((a, b) => size.get(b)! - size.get(a)! || a.localeCompare(b))
      .slice(0, TOP_SIDES);
  return ["tone", "tone:narration", "tone:quotes", ...top("voice"), ...top("toward"), ...Array.from(size.keys()).filter((m) => m.startsWith("frame:"))].filter((m) => size.has(m));
}

/**
 * The across-stories section's headline figures: each outlet's within-story effect (mean difference from
 * the story mean over the stories it covers, 95% interval from resampling stories; see withinStoryEffects)
 * on each of `metrics`, as metric "story:<id>". Outlet level only (groups are in outlets.csv).
 */
export function storyFigures(effects: readonly OutletEffect[], metrics: readonly string[]): OutletFigure[] {
  const wanted = new Set(metrics);
  return effects
    .filter((e) => e.level === "outlet" && wanted.has(e.metric))
    .map((e) => {
      const scale = e.family === "voice" || e.family === "frame" || e.family === "cue" || e.family === "loaded" ? ("share" as const) : ("score" as const);
      const subject = e.label;
      return outletFigure({
        outlet: e.outlet, metric: `${STORY_PREFIX}${e.metric}`, label: `${e.label}, within stories`, scale, basis: "within-story",
        value: e.effect, low: e.low, high: e.high, n: e.stories, unit: "stories", section: "stories", table: !e.metric.startsWith("frame:"),
        // compareOutlets gives it the pooled figure's wording when there is one.
        wording: scale === "score" ? toneWording(subject) : shareWording(subject),
      });
    });
}

/**
 * Differences between every two outlets on each of `metrics`, measured within the stories both cover:
 * per story A's value minus B's, then their mean over those stories with a 95% percentile-bootstrap
 * interval resampling stories (2000 resamples, seed 1) and the two-sided p of a paired t test over those
 * stories (null, as the interval, below 2 stories; with few stories the t test, not the coarse story
 * bootstrap, is what keeps a finding honest). Pairs in the order outlets first appear in `rows`; metric "story:<id>".
 * Outlet rows only; a pair sharing no story is left out.
 */
export function storyPairDifferences(rows: readonly Pick<StoryMetric, "story" | "level" | "outlet" | "metric" | "value">[], metrics: readonly string[]): PairDifference[] {
  const wanted = new Set(metrics);
  const cell = new Map<string, Map<string, Map<string, number>>>(); // metric -> outlet -> story -> value
  const outlets: string[] = [];
  for (const r of rows) {
    if (r.level !== "outlet" || !wanted.has(r.metric)) continue;
    if (!outlets.includes(r.outlet)) outlets.push(r.outlet);
    let byOutlet = cell.get(r.metric);
    if (!byOutlet) cell.set(r.metric, (byOutlet = new Map()));
    let byStory = byOutlet.get(r.outlet);
    if (!byStory) byOutlet.set(r.outlet, (byStory = new Map()));
    byStory.set(r.story, r.value);
  }
  const out: PairDifference[] = [];
  // Pairs with an interval to come (two stories or more), by their number of stories.
  const byLength = new Map<number, Array<{ row: PairDifference; ds: number[] }>>();
  for (const metric of metrics) {
    const byOutlet = cell.get(metric);
    if (!byOutlet) continue;
    for (let i = 0; i < outlets.length; i++)
      for (let j = i + 1; j < outlets.length; j++) {
        const a = byOutlet.get(outlets[i]);
        const b = byOutlet.get(outlets[j]);
        if (!a || !b) continue;
        const ds: number[] = [];
        for (const [story, va] of a) {
          const vb = b.get(story);
          if (vb !== undefined) ds.push(va - vb);
        }
        if (!ds.length) continue;
        const diff = ds.reduce((s, d) => s + d, 0) / ds.length;
        if (ds.length < 2) {
          out.push({ metric: `${STORY_PREFIX}${metric}`, a: outlets[i], b: outlets[j], stories: ds.length, diff, low: null, high: null, p: null });
          continue;
        }
        const sd = Math.sqrt(ds.reduce((s, d) => s + (d - diff) ** 2, 0) / (ds.length - 1));
        const p = sd === 0 ? (diff === 0 ? 1 : 0) : studentTwoSidedP(diff / (sd / Math.sqrt(ds.length)), ds.length - 1);
        const row: PairDifference = { metric: `${STORY_PREFIX}${metric}`, a: outlets[i], b: outlets[j], stories: ds.length, diff, low: null, high: null, p };
        out.push(row);
        const list = byLength.get(ds.length);
        if (list) list.push({ row, ds });
        else byLength.set(ds.length, [{ row, ds }]);
      }
  }
  // The intervals of every pair with the same number of stories in one call: with one seed the resampled
  // indices depend only on the length, so each is bootstrapMeanCI(ds) alone, with the draws made once
  // (drawing was most of the 0.6 s these intervals took on the benchmark corpus's 100 stories).
  for (const list of byLength.values()) {
    bootstrapMeanCIs(list.map((d) => d.ds)).forEach((ci, k) => {
      list[k].row.low = ci.low;
      list[k].row.high = ci.high;
    });
  }
  return out;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, error under 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}
