import { corpusSizeChart } from "../charts/corpus-size";
import { AnalysisStep } from "../cli/step";
import { cleaningLogTable, overviewTable } from "./overview";

/** The corpus section: overview table, cleaning log, and the article-length chart. */
export const corpusStep: AnalysisStep = {
  id: "corpus",
  title: "The corpus",
  run(corpus) {
    const overview = overviewTable(corpus.records.map((r) => r.overview));
    const log = cleaningLogTable(corpus.records.flatMap((r) => r.cleaning));
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
          figure: corpusSizeChart(overview.rows),
        },
      ],
      summary: [`${corpus.records.length} articles, ${words} words; ${log.rows.length} removals by the cleaner (see cleaning-log.csv)${warned ? `; ${warned} article(s) with warnings (corpus.csv)` : ""}`],
    };
  },
};
