import { Side } from "../actors/types";

/** direct: a quoted sentence or clause; partial: a quoted fragment inside the reporter's sentence;
 * indirect: reported speech without quote marks ("Lavrov said Russia was ...", "according to X"). */
export const QUOTE_KINDS = ["direct", "partial", "indirect"] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** One quote found in an article. Offsets point into `ParsedArticle.text`. */
export interface QuoteRecord {
  articleId: string;
  outlet: string;
  kind: QuoteKind;
  /** The quoted or reported content, as written (without the enclosing quote marks). */
  text: string;
  start: number;
  end: number;
  /** The introducing verb, lemmatised ("say", "warn", "tell", "according to"), or null when none. */
  cue: string | null;
  /** Canonical speaker name when resolved through the registry, else the name as written, else null. */
  speaker: string | null;
  /** The speaker's words as written at the attribution ("he", "Kremlin spokesperson Dmitry Peskov"), or null. */
  speakerText: string | null;
  /** Registry actor id, or null when unresolved. */
  speakerId: string | null;
  side: Side;
  /** Index of the sentence where the quote starts. */
  sentence: number;
  /**
   * Quotes the extractor linked to one attribution share this number (per article, from 0, in text order):
   * the pieces of `"A," he said. "B."` or `"A," he said, "B."`, and the two halves of a report its
   * attribution interrupts ("The plan, she said, was dropped"). Absent on a quote that stands alone.
   */
  attribution?: number;
  /**
   * A partial quote introduced by a cue before it: the reported clause that carries it, as offsets
   * [clauseStart, clauseEnd) into the text ('Cole said the plan was "a disaster"': the plan was "a
   * disaster"). The unit PolNeAR annotates; the voice metrics count the quoted words only. Absent
   * otherwise, and when the clause is the fragment itself.
   */
  clauseStart?: number;
  clauseEnd?: number;
  /** The clause's text as written (see clauseStart). */
  clause?: string;
}

/**
 * What the voice metrics (voicesBySide, voicesBySpeaker, cueStances, unresolvedSpeakers, quotesFigures)
 * read of a quote. A QuoteRecord is one; the quotes step keeps just these fields of each quote (see
 * quoteVoice) until it finishes.
 */
export type QuoteVoice = Pick<QuoteRecord, "articleId" | "outlet" | "kind" | "text" | "start" | "sentence" | "cue" | "speaker" | "side">;
