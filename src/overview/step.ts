import { corpusSizeChart } from "../charts/corpus-size";
import { AnalysisStep } from "../cli/step";
import { corpusFigures } from "../comparison/corpus-figures";
import { CleaningLogEntry } from "../corpus/types";
import { OverviewRecord, cleaningLogTable, overviewTable } from "./overview";

/** The corpus section: overview table, cleaning log, and the article-length chart. */
export const corpusStep: AnalysisStep = {
  id: "corpus",
  title: "The corpus",
  scope: "per-article",
  begin() {
    // One row per article and one per removal: small, kept as they come.
    const rows: OverviewRecord[] = [];
    const removals: CleaningLogEntry[] = [];
    return {
      add(r) {
        rows.push(r.overview);
        removals.push(...r.cleaning);
      },
      finish(corpus) {
        const overview = overviewTable(rows);
        const log = cleaningLogTable(removals);
        const words = overview.rows.reduce((n, r) => n + r.words, 0);
        const warned = overview.rows.filter((r) => r.warning).length;
        return {
          intro:
            "<p>One row per article. Words and sentences count the headline, subheadings and body text; picture and video captions are kept but not counted, and lines the cleaner removed (video prompts, agency credits, footers, stray metadata) are listed in the cleaning log with the rule that removed each. " +
            "<code>leftOutWords</code> and <code>leftOutShare</code> count the words removed or in captions; an article above 20% carries a warning.</p>",
          tables: [overview, log],
          figures: [
            {
              name: "corpus-size",
              title: "Words and sentences per outlet",
              caption: "Article length per outlet. Longer articles give every later metric more to work with; short ones give wide intervals.",
              figure: corpusSizeChart(overview.rows, { outlets: corpus.outlets }),
            },
          ],
          headlines: corpusFigures(overview.rows),
          summary: [`${corpus.articles} articles, ${words} words; ${log.rows.length} removals by the cleaner (see cleaning-log.csv)${warned ? `; ${warned} article(s) with warnings (corpus.csv)` : ""}`],
        };
      },
    };
  },
};
