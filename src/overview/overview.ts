import { CleaningLogEntry, Corpus, ParsedArticle } from "../corpus/types";
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
  /** Cleaning log entries: lines or parts of lines the cleaner removed. */
  removedLines: number;
  /** Word tokens the analyses do not see: removed by cleaning rules plus those in captions. */
  leftOutWords: number;
  /** leftOutWords as a share of all the file's words (0..1, three decimals). */
  leftOutShare: number;
  /** The article's own warnings (too much left out, no body words, headline mismatch, ...), joined by "; ". */
  warning: string;
};

const COUNTED = new Set(["headline", "subheading", "body"]);

/** Counts for one article (captions and removed lines excluded from words, sentences, paragraphs). */
export function articleOverview(a: ParsedArticle): OverviewRecord {
  const sentences = a.sentences.reduce((n, s) => n + (COUNTED.has(s.role) ? 1 : 0), 0);
  return {
    id: a.id,
    outlet: a.outlet,
    date: a.meta.date ?? "",
    headline: a.headline?.text ?? "",
    // parseArticle counted the word tokens outside captions already (leftOut.keptWords)
    words: a.leftOut.keptWords,
    sentences,
    paragraphs: a.paragraphs.filter((p) => COUNTED.has(p.role)).length,
    captions: a.paragraphs.filter((p) => p.role === "caption").length,
    removedLines: a.cleaning.length,
    leftOutWords: a.leftOut.removedWords + a.leftOut.captionWords,
    leftOutShare: Math.round(a.leftOut.share * 1000) / 1000,
    warning: a.warnings.map((w) => w.message).join("; "),
  };
}

/**
 * The per-article overview of a corpus, in manifest order: outlet, words, sentences, paragraphs,
 * captions, removed lines, words left out (removed or captions) and their share, headline, and the
 * article's warnings. Empty corpus gives an empty table.
 */
export function corpusOverview(corpus: Pick<Corpus, "articles">): Table<OverviewRecord> {
  return overviewTable(corpus.articles.map(articleOverview));
}

/** The corpus overview table from rows already computed (e.g. the `overview` of per-article records). */
export function overviewTable(rows: readonly OverviewRecord[]): Table<OverviewRecord> {
  return {
    name: "corpus",
    title: "Corpus overview",
    columns: ["id", "outlet", "date", "words", "sentences", "paragraphs", "captions", "removedLines", "leftOutWords", "leftOutShare", "headline", "warning"],
    rows: rows.slice(),
  };
}

/** Every line or part of a line the cleaner removed, across the corpus, with its rule, reason and offsets. */
export function cleaningLog(corpus: Pick<Corpus, "articles">): Table {
  return cleaningLogTable(corpus.articles.flatMap((a) => a.cleaning));
}

/** The cleaning log table from log entries already collected (e.g. the `cleaning` of per-article records). */
export function cleaningLogTable(entries: readonly CleaningLogEntry[]): Table {
  return {
    name: "cleaning-log",
    title: "Cleaning log: every removed line and why",
    columns: ["article", "line", "start", "end", "rule", "reason", "text"],
    rows: entries.map((c) => ({ ...c })),
  };
}
