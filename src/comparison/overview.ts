import { corpusInfo, CorpusInfo, runSteps } from "../cli/step";
import { ANALYSIS_STEPS } from "../cli/steps";
import { Figure } from "../charts/types";
import { loadRecords, LoadRecordsOptions } from "../pipeline/load-records";
import { Table } from "../tables/csv";
import { OutletComparison } from "./types";

export interface OverviewOptions extends LoadRecordsOptions {
  /** Worker threads for the per-article work; default 1 (this thread), which suits a notebook kernel. */
  jobs?: number;
}

/** The outlet comparison of a corpus, as `framelens analyze` makes it, with its chart and tables. */
export interface Overview extends OutletComparison {
  corpus: CorpusInfo;
  /** The small multiples (five main metrics, outlets side by side); null when no metric has values. */
  chart: Figure | null;
  /** overview.csv and findings.csv as tables (for fl.frame, fl.showTable or toCsv). */
  table: Table;
  findingsTable: Table;
}

/**
 * The overview of a corpus in one call, for notebooks and scripts: reads the corpus (a folder with
 * manifest.json, or a .jsonl/.csv corpus file), runs every analysis step as `framelens analyze` does, and
 * returns the outlet comparison: one overview row per outlet (overview.csv), every headline figure with
 * its interval, n and evidence, the findings, and the small-multiples chart. Options as loadRecords
 * (jobs default 1). A missing corpus throws loadRecords' error naming the path.
 */
export async function overview(corpus: string, options: OverviewOptions = {}): Promise<Overview> {
  const records = await loadRecords(corpus, { jobs: 1, ...options });
  const results = runSteps(ANALYSIS_STEPS, records);
  const result = results.get("comparison");
  const c = result?.comparison;
  if (!result || !c) throw new Error("overview: the comparison step gave no result (ANALYSIS_STEPS must end with comparisonStep)");
  const table = result.tables.find((t) => t.name === "overview")!;
  const findingsTable = result.tables.find((t) => t.name === "findings")!;
  return { ...c, corpus: corpusInfo(records), chart: result.figures[0]?.figure ?? null, table, findingsTable };
}
