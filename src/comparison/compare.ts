import { FindingOptions, outletFindings } from "./findings";
import { STORY_PREFIX } from "./story-figures";
import { OutletComparison, OutletFigure, PairDifference } from "./types";

const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

/**
 * overview.csv's columns and rows: one row per outlet (in `outlets` order), one column per metric (in
 * order of first appearance): the value, or the display text for a text figure; then `<metric> low` and
 * `<metric> high` when any outlet's figure has an interval, and `<metric> n` for means and shares. A metric
 * an outlet lacks is null. No figures gives just the `outlet` column.
 */
export function overviewRows(figures: readonly OutletFigure[], outlets: readonly string[]): Pick<OutletComparison, "columns" | "rows"> {
  const metrics: OutletFigure[] = [];
  const seen = new Set<string>();
  const cell = new Map<string, OutletFigure>();
  for (const f of figures) {
    if (!seen.has(f.metric)) (seen.add(f.metric), metrics.push(f));
    cell.set(`${f.outlet}\u0000${f.metric}`, f);
  }
  const columns = ["outlet"];
  const parts = metrics.map((m) => {
    const all = figures.filter((f) => f.metric === m.metric);
    const interval = m.scale !== "text" && all.some((f) => f.low !== null);
    const withN = m.scale === "score" || m.scale === "share";
    columns.push(m.metric, ...(interval ? [`${m.metric} low`, `${m.metric} high`] : []), ...(withN ? [`${m.metric} n`] : []));
    return { m, interval, withN };
  });
  const rows = outlets.map((outlet) => {
    const row: Record<string, string | number | null> = { outlet };
    for (const { m, interval, withN } of parts) {
      const f = cell.get(`${outlet}\u0000${m.metric}`);
      row[m.metric] = !f ? null : m.scale === "text" ? f.display : m.scale === "count" ? f.value : r4(f.value);
      if (interval) {
        row[`${m.metric} low`] = f ? r4(f.low) : null;
        row[`${m.metric} high`] = f ? r4(f.high) : null;
      }
      if (withN) row[`${m.metric} n`] = f ? f.n : null;
    }
    return row;
  });
  return { columns, rows };
}

export interface CompareOptions extends Omit<FindingOptions, "pairs" | "stories"> {
  /** Outlets in order (default: as they first appear in the figures). */
  outlets?: readonly string[];
  /** Stories in the corpus (default 1). */
  stories?: number;
  /** Within-story differences between outlets (the stories step's StepResult.pairs). */
  pairs?: readonly PairDifference[];
}

/**
 * The comparison of the outlets from every step's headline figures: the overview rows (overview.csv) and
 * the findings (see outletFindings). A within-story figure borrows its pooled counterpart's wording, and
 * its sentences when it has none. No figures gives no rows' metrics and no findings.
 */
export function compareOutlets(figures: readonly OutletFigure[], options: CompareOptions = {}): OutletComparison {
  const { stories = 1, pairs = [], ...rest } = options;
  const outlets = options.outlets ? [...options.outlets] : Array.from(new Set(figures.map((f) => f.outlet)));
  const pooled = new Map(figures.filter((f) => f.basis !== "within-story").map((f) => [`${f.outlet}\u0000${f.metric}`, f]));
  const all = figures.map((f) => {
    if (f.basis !== "within-story" || !f.metric.startsWith(STORY_PREFIX)) return f;
    const base = pooled.get(`${f.outlet}\u0000${f.metric.slice(STORY_PREFIX.length)}`);
    return base ? { ...f, evidence: f.evidence.length ? f.evidence : base.evidence, wording: base.wording ?? f.wording } : f;
  });
  const { columns, rows } = overviewRows(all, outlets);
  return { outlets, stories, figures: all, columns, rows, findings: outletFindings(all, { ...rest, stories, pairs }) };
}
