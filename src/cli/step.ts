import { NamedFigure } from "../charts/types";
import { RecordCorpus } from "../pipeline/record";
import { Table } from "../tables/csv";

/**
 * One capability's contribution to `framelens analyze` and to outputs/report.html: the tables it writes
 * (outputs/<name>.csv), the figures (outputs/charts/<name>.html|png|svg), report prose, and terminal
 * summary lines. A step reads the compact per-article records (see pipeline/record.ts), never parsed
 * articles: its per-article part was computed when the article was parsed, and `run` merges the parts
 * and makes the second passes. Steps run in order; a later step may read an earlier one's results.
 */
export interface AnalysisStep {
  id: string;
  title: string;
  run(corpus: RecordCorpus, previous: ReadonlyMap<string, StepResult>): StepResult;
}

export interface StepResult {
  /** Plain-HTML paragraphs introducing the section in the report (escape any article text you insert). */
  intro: string;
  /** Written whole as CSV; the report shows the first rows of long ones and says how many there are. */
  tables: Table[];
  figures: NamedFigure[];
  /** Short lines for the terminal summary (a few per step, whatever the corpus size). */
  summary: string[];
}
