import { BootstrapOptions, Interval, bootstrapMeanCIs } from "../stats/bootstrap";
import { PooledMetric, StoryMetric, UnitLevel } from "./cells";

/**
 * An outlet's (or group's) effect on one metric, measured within stories: in each story that at least two
 * outlets (groups) cover with a value, its value minus the story's mean over those outlets (groups); then
 * summarised over the stories. A row of outlets.csv.
 */
export type OutletEffect = {
  level: UnitLevel;
  outlet: string;
  metric: string;
  family: StoryMetric["family"];
  label: string;
  /** Stories in which the effect could be measured (the outlet and at least one other have a value). */
  stories: number;
  /** Mean within-story difference from the story mean; null when `stories` is 0. */
  effect: number | null;
  /** 95% percentile-bootstrap interval over stories (stories resampled, not sentences); null below 2 stories. */
  low: number | null;
  high: number | null;
  /** Share of the stories where the outlet is above the story mean. */
  aboveShare: number | null;
  /** Stories in which the outlet has the highest (lowest) value of all outlets covering it (ties count for each). */
  highest: number;
  lowest: number;
  /** The pooled value over all the outlet's articles (every story together), for reference: see PooledMetric. */
  pooled: number | null;
  pooledN: number;
  /** What pooledN counts. */
  unit: string;
};

type Acc = { effects: number[]; highest: number; lowest: number; covered: boolean };

export interface EffectOptions {
  /** Bootstrap options for the intervals over stories; default 2000 resamples, level 0.95, seed 1. */
  bootstrap?: BootstrapOptions;
}

/**
 * Within-story effects (see OutletEffect) of every outlet and group on every metric, from stories.csv's
 * rows, with the pooled values beside them. Comparing within stories keeps the choice of stories out of
 * an outlet's score: an outlet that covered only grim stories is not "more negative" for that. Rows come
 * per level, outlet (first appearance) and metric (row order of `rows`). Empty input gives [].
 */
export function withinStoryEffects(rows: readonly StoryMetric[], pooled: readonly PooledMetric[] = [], options: EffectOptions = {}): OutletEffect[] {
  const { bootstrap = {} } = options;
  // rows grouped by level and metric, then story
  const byKey = new Map<string, Map<string, StoryMetric[]>>();
  const units = new Map<string, { level: UnitLevel; outlet: string }>();
  const metrics = new Map<string, StoryMetric>();
  for (const r of rows) {
    const key = `${r.level}\u0000${r.metric}`;
    let byStory = byKey.get(key);
    if (!byStory) byKey.set(key, (byStory = new Map()));
    const list = byStory.get(r.story) ?? [];
    list.push(r);
    byStory.set(r.story, list);
    const unit = `${r.level}\u0000${r.outlet}`;
    if (!units.has(unit)) units.set(unit, { level: r.level, outlet: r.outlet });
    if (!metrics.has(r.metric)) metrics.set(r.metric, r);
  }
  const pooledBy = new Map(pooled.map((p) => [`${p.level}\u0000${p.outlet}\u0000${p.metric}`, p]));
  // One pass over each story's rows per level and metric: its mean, highest and lowest value, and each
  // outlet's difference from the mean, collected per outlet.
  const accs = new Map<string, Acc>();
  const acc = (level: UnitLevel, outlet: string, metric: string): Acc => {
    const key = `${level}\u0000${outlet}\u0000${metric}`;
    let a = accs.get(key);
    if (!a) accs.set(key, (a = { effects: [], highest: 0, lowest: 0, covered: false }));
    return a;
  };
  for (const byStory of byKey.values()) {
    for (const list of byStory.values()) {
      for (const r of list) acc(r.level, r.outlet, r.metric).covered = true;
      if (list.length < 2) continue;
      let sum = 0;
      let max = -Infinity;
      let min = Infinity;
      for (const r of list) {
        sum += r.value;
        max = Math.max(max, r.value);
        min = Math.min(min, r.value);
      }
      const mean = sum / list.length;
      for (const r of list) {
        const a = acc(r.level, r.outlet, r.metric);
        a.effects.push(r.value - mean);
        if (r.value === max) a.highest++;
        if (r.value === min) a.lowest++;
      }
    }
  }
  // Intervals of every effect list of one length in one call: with one seed the resampled indices
  // depend only on the length, so each interval is what bootstrapMeanCI gives alone, with the draws shared.
  const keys: Array<{ level: UnitLevel; outlet: string; metric: string; first: StoryMetric; a: Acc | undefined; p: PooledMetric | undefined }> = [];
  for (const { level, outlet } of units.values()) {
    for (const [metric, first] of metrics) {
      const a = accs.get(`${level}\u0000${outlet}\u0000${metric}`);
      const p = pooledBy.get(`${level}\u0000${outlet}\u0000${metric}`);
      if (a?.covered || p) keys.push({ level, outlet, metric, first, a, p });
    }
  }
  const intervals = new Map<Acc, Interval>();
  const byLength = new Map<number, Acc[]>();
  for (const { a } of keys) {
    if (!a || a.effects.length < 2) continue;
    const list = byLength.get(a.effects.length);
    if (list) list.push(a);
    else byLength.set(a.effects.length, [a]);
  }
  for (const list of byLength.values()) bootstrapMeanCIs(list.map((a) => a.effects), bootstrap).forEach((iv, i) => intervals.set(list[i], iv));
  const out: OutletEffect[] = keys.map(({ level, outlet, metric, first, a, p }) => {
    const effects = a?.effects ?? [];
    const interval = a ? intervals.get(a) : undefined;
    return {
      level, outlet, metric, family: first.family, label: first.label,
      stories: effects.length,
      effect: effects.length ? effects.reduce((s, v) => s + v, 0) / effects.length : null,
      low: interval ? interval.low : null,
      high: interval ? interval.high : null,
      aboveShare: effects.length ? effects.filter((e) => e > 0).length / effects.length : null,
      highest: a?.highest ?? 0, lowest: a?.lowest ?? 0,
      pooled: p ? p.value : null, pooledN: p ? p.n : 0, unit: first.unit,
    };
  });
  return out;
}
