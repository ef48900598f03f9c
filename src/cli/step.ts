import { NamedFigure } from "../charts/types";
import { Corpus } from "../corpus/types";
import { Table } from "../tables/csv";

/**
 * One capability's contribution to `framelens analyze` and to outputs/report.html: the tables it writes
 * (outputs/<name>.csv), the figures (outputs/charts/<name>.html|png|svg), report prose, and terminal
 * summary lines. Steps run in order; a later step may read an earlier one's results from `previous`.
 */
export interface AnalysisStep {
  id: string;
  title: string;
  run(corpus: Corpus, previous: ReadonlyMap<string, StepResult>): StepResult;
}

export interface StepResult {
  /** Plain-HTML paragraphs introducing the section in the report (escape any article text you insert). */
  intro: string;
  /** Written whole as CSV; the report shows the first rows of long ones and says how many there are. */
  tables: Table[];
  figures: NamedFigure[];
  /** Short lines for the terminal summary. */
  summary: string[];
  /** Anything later steps may use (e.g. quote records for sentiment). */
  data?: unknown;
}
