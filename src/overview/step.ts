import { corpusSizeChart } from "../charts/corpus-size";
import { AnalysisStep } from "../cli/step";
import { articleOverview, cleaningLog, corpusOverview } from "./overview";

/** The corpus section: overview table, cleaning log, and the article-length chart. */
export const corpusStep: AnalysisStep = {
  id: "corpus",
  title: "The corpus",
  run(corpus) {
    const overview = corpusOverview(corpus);
    const log = cleaningLog(corpus);
    const words = corpus.articles.reduce((n, a) => n + articleOverview(a).words, 0);
    return {
      intro:
        "<p>One row per article. Words and sentences count the headline, subheadings and body text; picture and video captions are kept but not counted, and lines the cleaner removed (video prompts, agency credits, footers, stray metadata) are listed in the cleaning log with the rule that removed each.</p>",
      tables: [overview, log],
      figures: [
        {
          name: "corpus-size",
          title: "Words and sentences per outlet",
          caption: "Article length per outlet. Longer articles give every later metric more to work with; short ones give wide intervals.",
          figure: corpusSizeChart(overview.rows),
        },
      ],
      summary: [`${corpus.articles.length} articles, ${words} words; ${log.rows.length} lines removed by the cleaner (see cleaning-log.csv)`],
    };
  },
};
