import { NamedFigure } from "../charts/types";
import { OutletComparison, OutletFigure, PairDifference } from "../comparison/types";
import { storyOf } from "../corpus/manifest";
import { ArticleRecord, CorpusInfo, RecordCorpus } from "../pipeline/record";
import { Table } from "../tables/csv";
import { TermTable } from "../emphasis/term-table";
import { StringPool } from "../pipeline/string-pool";

export type { CorpusInfo };

/**
 * One capability's contribution to `framelens analyze` and to outputs/report.html: the tables it writes
 * (outputs/<name>.csv), the figures (outputs/charts/<name>.html|png|svg), report prose, and terminal
 * summary lines. A step reads the compact per-article records (see pipeline/record.ts), never parsed
 * articles, and folds them: `begin` starts a fold, `add` takes each record as the map streams it back
 * (manifest order) and keeps only merged counts and sums, compact score arrays and spooled table rows,
 * never the record itself; `finish` merges and makes the second passes (bootstrap intervals, keyness,
 * coverage alignment). So memory grows with what the outputs need, not with the records. Steps finish in
 * order; a later step may read an earlier one's results.
 */
export interface AnalysisStep {
  id: string;
  title: string;
  /**
   * How the step's numbers treat a corpus of several stories: "pooled" (default: each outlet's articles
   * together, whatever their story; the report says so when there are several stories), "per-story"
   * (computed within each story, as coverage and the across-stories section are) or "per-article".
   */
  scope?: StepScope;
  /** Starts a fold; `shared` (optional) holds what the folds of one analysis share (see FoldShared). */
  begin(shared?: FoldShared): StepFold;
}

/**
 * What the folds of one analysis share, made once per analysis and handed to every step's `begin`: the
 * numbering of the records' emphasis terms (see TermTable), so that the folds counting them look each
 * record's terms up once; and one copy of each short string the folds keep (outlets, sides, speakers,
 * frames: see StringPool), since every record from a worker thread brings copies of its own. A fold begun
 * without it makes its own.
 */
export interface FoldShared {
  terms: TermTable;
  strings: StringPool;
}

/** A new FoldShared for one analysis. */
export function foldShared(): FoldShared {
  return { terms: new TermTable(), strings: new StringPool() };
}

export const STEP_SCOPES = ["pooled", "per-story", "per-article"] as const;
export type StepScope = (typeof STEP_SCOPES)[number];

/** A step's fold over one corpus (see AnalysisStep). */
export interface StepFold {
  /** Folds one article's record in. Must not keep a reference to the record or its large parts. */
  add(record: ArticleRecord): void;
  /**
   * Optional: starts second passes that can run in worker threads (`jobs` of them) once every record is
   * in. `framelens analyze` calls it for every step as soon as the map is done, and only awaits it just
   * before the step's `finish`, so the workers run while the steps before it finish on the main thread.
   * `finish` uses what it computed; without a call (runSteps) `finish` computes everything itself, with
   * the same result.
   */
  prepare?(options: { jobs: number }): Promise<void>;
  /** The step's result, once every record is in (and `prepare` has settled, when it was called). Called once. */
  finish(corpus: CorpusInfo, previous: ReadonlyMap<string, StepResult>): StepResult;
}

export interface StepResult {
  /** Plain-HTML paragraphs introducing the section in the report (escape any article text you insert). */
  intro: string;
  /** Written whole as CSV (see tableCsv); the report shows the first rows of long ones and says how many there are. */
  tables: Table[];
  figures: NamedFigure[];
  /** Short lines for the terminal summary (a few per step, whatever the corpus size). */
  summary: string[];
  /** False leaves the section out of report.html (its tables and figures are still written); default true. */
  reportSection?: boolean;
  /**
   * The step's headline per-outlet figures for the outlet comparison that opens the report (see
   * src/comparison): value, interval, n, display string, section and the sentences behind each.
   */
  headlines?: OutletFigure[];
  /** Differences between outlets measured within the stories both cover (the stories step), for the findings. */
  pairs?: PairDifference[];
  /** The outlet comparison itself (the comparison step): report.html shows its section first. */
  comparison?: OutletComparison;
}

/** CorpusInfo of records already in memory. */
export function corpusInfo(corpus: RecordCorpus): CorpusInfo {
  return { dir: corpus.dir, title: corpus.title, articles: corpus.records.length, stories: new Set(corpus.records.map((r) => storyOf(r.meta))).size, outlets: Array.from(new Set(corpus.records.map((r) => r.outlet))), warnings: corpus.warnings, ...(corpus.groups ? { groups: corpus.groups } : {}), ...(corpus.registry ? { registry: corpus.registry, registryFile: corpus.registryFile } : {}) };
}

/** Runs steps over records already in memory (from loadRecords), in order: each folds every record, then finishes. */
export function runSteps(steps: readonly AnalysisStep[], corpus: RecordCorpus): Map<string, StepResult> {
  const results = new Map<string, StepResult>();
  const info = corpusInfo(corpus);
  for (const step of steps) {
    const fold = step.begin();
    for (const r of corpus.records) fold.add(r);
    results.set(step.id, fold.finish(info, results));
  }
  return results;
}
