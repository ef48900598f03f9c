import { ActorRegistry } from "../actors/types";
import { CleaningLogEntry, CorpusWarning, ManifestEntry } from "../corpus/types";
import { CoveragePart } from "../coverage/statements";
import { EmphasisPart } from "../emphasis/part";
import { FramesPart } from "../frames/detect";
import { OverviewRecord } from "../overview/overview";
import { QuoteRecord } from "../quotes/types";
import { QuotePositions } from "../quotes/voices";
import { SentenceSentiment } from "../sentiment/sentences";

/**
 * Everything the analyses need from one article, computed where the article was parsed (a worker
 * thread) and then the parsed article let go: plain numbers, offsets and short strings, never wink
 * documents or token objects. Records survive a structured clone and JSON, so the same map could run on
 * another machine. Every record keeps evidence references (article id, sentence index, character span).
 */
export interface ArticleRecord {
  id: string;
  outlet: string;
  meta: ManifestEntry;
  /** Characters of decoded text. */
  chars: number;
  /** The corpus-table row (words, sentences, paragraphs, captions, removed lines, words left out). */
  overview: OverviewRecord;
  /** Every removal the cleaner made. */
  cleaning: CleaningLogEntry[];
  /** Problems found while parsing this article (also in the corpus warnings). */
  warnings: CorpusWarning[];
  /** Every quote, with speaker and side. */
  quotes: QuoteRecord[];
  /** First and last speaker, headline and lead speakers. */
  positions: QuotePositions;
  /** Every scored sentence (improved AFINN, VADER, voice, sides), captions left out. */
  sentences: SentenceSentiment[];
  /** Sum and count of the plain AFINN sentence scores, for the lexicon check (merged by adding). */
  plain: { sum: number; n: number };
  emphasis: EmphasisPart;
  frames: FramesPart;
  coverage: CoveragePart;
}

/** A corpus as the analyses see it after the map: one record per readable article, in manifest order. */
export interface RecordCorpus {
  dir: string;
  title?: string;
  records: ArticleRecord[];
  /** Every warning: per-article problems, skipped articles, unlisted files. */
  warnings: CorpusWarning[];
  /** The manifest's outlet groups, when it gives any (see CorpusInfo). */
  groups?: Record<string, string[]>;
  /** The actor registry the records were made with, and its file (see CorpusInfo); undefined: the default. */
  registry?: ActorRegistry;
  registryFile?: string;
}

/** The corpus as a whole, once every article has been through the map: what the steps' finish and the report know of it. */
export interface CorpusInfo {
  dir: string;
  title?: string;
  /** Articles analysed (readable ones). */
  articles: number;
  /** Distinct stories among them (the manifest's `story`; 1 when it gives none). */
  stories: number;
  /** Outlets of those articles, in order of first appearance. */
  outlets: string[];
  /** Every warning: per-article problems, skipped articles (missing, too big, not UTF-8, empty), unlisted `.txt` files. */
  warnings: CorpusWarning[];
  /** The manifest's outlet groups (group name -> outlets), when it gives any: comparisons are also made between groups. */
  groups?: Record<string, string[]>;
  /** The actor registry the records were made with; undefined: framelens' default (defaultActorRegistry()). */
  registry?: ActorRegistry;
  /** The file that registry came from (e.g. the corpus folder's own actors.json); undefined: seeds/actors.json. */
  registryFile?: string;
}
