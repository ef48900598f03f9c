import { Corpus, ParsedArticle } from "../corpus/types";
import { Table } from "../tables/csv";

/** One row of the corpus overview. */
export type OverviewRecord = {
  id: string;
  outlet: string;
  date: string;
  headline: string;
  /** Word tokens (numbers excluded) in headline, subheadings and body; captions are not counted. */
  words: number;
  sentences: number;
  paragraphs: number;
  /** Caption paragraphs kept but left out of the counts above. */
  captions: number;
  removedLines: number;
};

const COUNTED = new Set(["headline", "subheading", "body"]);

/** Counts for one article (captions and removed lines excluded from words, sentences, paragraphs). */
export function articleOverview(a: ParsedArticle): OverviewRecord {
  let words = 0;
  let sentences = 0;
  for (const s of a.sentences) {
    if (!COUNTED.has(s.role)) continue;
    sentences++;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) if (a.tokens[t].kind === "word") words++;
  }
  return {
    id: a.id,
    outlet: a.outlet,
    date: a.meta.date ?? "",
    headline: a.headline?.text ?? "",
    words,
    sentences,
    paragraphs: a.paragraphs.filter((p) => COUNTED.has(p.role)).length,
    captions: a.paragraphs.filter((p) => p.role === "caption").length,
    removedLines: a.cleaning.length,
  };
}

/**
 * The per-article overview of a corpus, in manifest order: outlet, words, sentences, paragraphs,
 * captions, removed lines, headline. Empty corpus gives an empty table.
 */
export function corpusOverview(corpus: Pick<Corpus, "articles">): Table<OverviewRecord> {
  return {
    name: "corpus",
    title: "Corpus overview",
    columns: ["id", "outlet", "date", "words", "sentences", "paragraphs", "captions", "removedLines", "headline"],
    rows: corpus.articles.map(articleOverview),
  };
}

/** Every line the cleaner removed, across the corpus, with its rule and reason. */
export function cleaningLog(corpus: Pick<Corpus, "articles">): Table {
  return {
    name: "cleaning-log",
    title: "Cleaning log: every removed line and why",
    columns: ["article", "line", "start", "end", "rule", "reason", "text"],
    rows: corpus.articles.flatMap((a) => a.cleaning.map((c) => ({ ...c }))),
  };
}
