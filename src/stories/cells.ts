import { storyOf } from "../corpus/manifest";
import { ArticleRecord } from "../pipeline/record";
import { MetricCatalog, MetricDef, MetricSums, addSums, emptySums, recordSums } from "./metrics";

/** "outlet": one outlet's articles in a story; "group": the articles of a manifest group's outlets. */
export const UNIT_LEVELS = ["outlet", "group"] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** One metric for one outlet (or outlet group) in one story: a row of stories.csv. */
export type StoryMetric = {
  story: string;
  storyTitle: string;
  level: UnitLevel;
  /** The outlet, or the group's name. */
  outlet: string;
  /** Articles of this outlet (group) in this story. */
  articles: number;
  metric: string;
  family: MetricDef["family"];
  label: string;
  value: number;
  /** The denominator: sentences, quoted words, quotes or uses of a contrast set (see `unit`). */
  n: number;
  unit: string;
};

type Cell = { articles: number; sums: MetricSums };

/**
 * The fold behind stories.csv: each article's metric sums (see recordSums) added to its story × outlet
 * cell, so memory grows with stories × outlets × metrics, not with articles. Stories and outlets keep
 * their order of first appearance; `groups` (manifest groups: name -> outlets) add one cell per group and
 * story, merging its outlets' cells (an outlet may sit in several groups).
 */
export class StoryCells {
  readonly catalog = new MetricCatalog();
  private readonly cells = new Map<string, Map<string, Cell>>();
  private readonly titles = new Map<string, string>();

  add(record: ArticleRecord): void {
    const story = storyOf(record.meta);
    if (record.meta.storyTitle && !this.titles.has(story)) this.titles.set(story, record.meta.storyTitle);
    let byOutlet = this.cells.get(story);
    if (!byOutlet) this.cells.set(story, (byOutlet = new Map()));
    let cell = byOutlet.get(record.outlet);
    if (!cell) byOutlet.set(record.outlet, (cell = { articles: 0, sums: emptySums() }));
    cell.articles++;
    addSums(cell.sums, recordSums(record, this.catalog));
  }

  /** Stories in order of first appearance. */
  stories(): string[] {
    return Array.from(this.cells.keys());
  }

  title(story: string): string {
    return this.titles.get(story) ?? "";
  }

  /**
   * Pooled values: each outlet's (group's) sums over all its stories, divided once, per outlet then per
   * group. Pooling weighs stories by their size and mixes stories whose tone differs far more than
   * outlets do: see withinStoryEffects.
   */
  pooled(groups: Readonly<Record<string, readonly string[]>> = {}): PooledMetric[] {
    const byOutlet = new Map<string, Cell>();
    for (const cells of this.cells.values()) {
      for (const [outlet, c] of cells) {
        let into = byOutlet.get(outlet);
        if (!into) byOutlet.set(outlet, (into = { articles: 0, sums: emptySums() }));
        into.articles += c.articles;
        addSums(into.sums, c.sums);
      }
    }
    return withGroups(byOutlet, groups).flatMap(([level, outlet, cell]) =>
      this.values(cell).map(({ def, value, n }) => ({ level, outlet, metric: def.id, value, n, articles: cell.articles })),
    );
  }

  /**
   * Every metric with a value (denominator above 0) per story and outlet, then per story and group when
   * `groups` are given: rows by story, then level, then outlet, then metric (MetricCatalog order).
   */
  rows(groups: Readonly<Record<string, readonly string[]>> = {}): StoryMetric[] {
    const out: StoryMetric[] = [];
    for (const [story, byOutlet] of this.cells) {
      for (const [level, outlet, cell] of withGroups(byOutlet, groups)) {
        for (const { def, value, n } of this.values(cell)) {
          out.push({ story, storyTitle: this.title(story), level, outlet, articles: cell.articles, metric: def.id, family: def.family, label: def.label, value, n, unit: def.nUnit });
        }
      }
    }
    return out;
  }

  /** A cell's value of every metric whose denominator is above 0, in catalog order. */
  private values(cell: Cell): Array<{ def: MetricDef; value: number; n: number }> {
    return this.catalog.list().flatMap((def) => {
      const n = cell.sums.den.get(def.den) ?? 0;
      return n > 0 ? [{ def, value: (cell.sums.num.get(def.id) ?? 0) / n, n }] : [];
    });
  }
}

/** The outlets' cells, then one merged cell per group with at least one article among them. */
function withGroups(byOutlet: ReadonlyMap<string, Cell>, groups: Readonly<Record<string, readonly string[]>>): Array<[UnitLevel, string, Cell]> {
  const units: Array<[UnitLevel, string, Cell]> = Array.from(byOutlet, ([o, c]) => ["outlet", o, c]);
  for (const [group, members] of Object.entries(groups)) {
    const cell: Cell = { articles: 0, sums: emptySums() };
    for (const m of members) {
      const c = byOutlet.get(m);
      if (!c) continue;
      cell.articles += c.articles;
      addSums(cell.sums, c.sums);
    }
    if (cell.articles > 0) units.push(["group", group, cell]);
  }
  return units;
}

/** One metric pooled over every story of an outlet (group): what a corpus-wide table shows, labelled pooled. */
export type PooledMetric = { level: UnitLevel; outlet: string; metric: string; value: number; n: number; articles: number };

/** StoryCells of records already in memory. */
export function storyCells(records: Iterable<ArticleRecord>): StoryCells {
  const cells = new StoryCells();
  for (const r of records) cells.add(r);
  return cells;
}
