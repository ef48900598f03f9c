import { defaultActorRegistry, loadActorRegistry } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { CorpusError } from "../corpus/errors";
import { RowText } from "../corpus/import-rows";
import { parseEntry, skippedWarning } from "../corpus/load";
import { CorpusWarning, ManifestEntry, ParsedArticle } from "../corpus/types";
import { coveragePart } from "../coverage/statements";
import { emphasisPart } from "../emphasis/part";
import { framesPart } from "../frames/detect";
import { articleOverview } from "../overview/overview";
import { extractQuotes } from "../quotes/extract";
import { quotePositions } from "../quotes/voices";
import { outletScoreSums, sentenceSentiments } from "../sentiment/sentences";
import { quoteSpansFrom } from "../sentiment/quote-spans";
import { ArticleRecord } from "./record";

/** What a worker needs to read and analyse one article: plain data only (it crosses a thread). */
export interface ArticleInput {
  dir: string;
  /** The corpus folder's real path (files must resolve inside it). */
  root: string;
  /** For a row of a JSONL or CSV corpus: the row and its text (absent: the text is read from `entry.file`). */
  row?: RowText;
  entry: ManifestEntry;
  maxArticleBytes: number;
  /** An actor registry file (actors.json); default the registry shipped with framelens. */
  registryFile?: string;
}

/** A record, or the warning that says why the article was skipped. */
export type ArticleOutcome = { kind: "record"; record: ArticleRecord } | { kind: "skipped"; warning: CorpusWarning };

/** The per-article parts of a record, named after the analysis step that merges them. */
export const RECORD_PARTS = ["corpus", "quotes", "sentiment", "emphasis", "frames", "coverage"] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

const registries = new Map<string, ActorRegistry>();

function registryFor(file: string | undefined): ActorRegistry {
  if (!file) return defaultActorRegistry();
  let r = registries.get(file);
  if (!r) registries.set(file, (r = loadActorRegistry(file)));
  return r;
}

/**
 * The per-article part of every analysis, from one parsed article: corpus row and cleaning log, quotes
 * and speaker positions, scored sentences (quote spans from the extracted quotes), term counts, loaded
 * words and position counts, frame evidence, and coverage statements. Pure; the parsed article can be
 * dropped afterwards.
 */
export function articleRecord(article: ParsedArticle, options: { registry?: ActorRegistry; time?: (part: RecordPart, start: number) => void } = {}): ArticleRecord {
  const { registry = defaultActorRegistry(), time } = options;
  // `time(part, start)` lets the benchmark attribute cost to each analysis' per-article part.
  const timed = <T>(part: RecordPart, fn: () => T): T => {
    const start = time ? performance.now() : 0;
    const value = fn();
    time?.(part, start);
    return value;
  };
  const overview = timed("corpus", () => articleOverview(article));
  const quotes = timed("quotes", () => extractQuotes(article, { registry }));
  const positions = timed("quotes", () => quotePositions([article], quotes)[0]);
  const sentences = timed("sentiment", () => sentenceSentiments([article], { quoteSpans: quoteSpansFrom(quotes), registry }));
  const plain = timed("sentiment", () => outletScoreSums([article], { strategy: "plain" }).get(article.outlet) ?? { sum: 0, n: 0 });
  return {
    id: article.id,
    outlet: article.outlet,
    meta: article.meta,
    chars: article.text.length,
    overview,
    cleaning: article.cleaning.slice(),
    warnings: article.warnings.slice(),
    quotes,
    positions,
    sentences,
    plain,
    emphasis: timed("emphasis", () => emphasisPart(article, { registry })),
    frames: timed("frames", () => framesPart(article)),
    coverage: timed("coverage", () => coveragePart(article)),
  };
}

/**
 * The map task run for every article (in a worker thread): read, decode, clean, parse, and compute the
 * article's record. A problem with this one article (missing, too big, not UTF-8, empty) comes back as a
 * `skipped` outcome with a warning naming the file; anything else is a bug and throws.
 */
export function mapArticle(input: ArticleInput): ArticleOutcome {
  const { entry } = input;
  try {
    const article = parseEntry(input, entry, input.maxArticleBytes);
    return { kind: "record", record: articleRecord(article, { registry: registryFor(input.registryFile) }) };
  } catch (e) {
    if (e instanceof CorpusError) return { kind: "skipped", warning: skippedWarning(e) };
    throw e;
  }
}
