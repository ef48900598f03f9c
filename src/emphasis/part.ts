import { defaultActorRegistry } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { ParsedArticle } from "../corpus/types";
import { ContrastSet, DEFAULT_CONTRAST_SETS, LoadedTermsPart, loadedTermsPart } from "./contrast";
import { PositionPart, positionPart } from "./position";
import { TermCountsPart, TermOptions, termCountsPart } from "./terms";

/**
 * Everything word emphasis needs from one article, as a compact record that survives a structured clone
 * and JSON: term counts (TermCountsPart), the word count and contrast-set occurrences (LoadedTermsPart),
 * and counts by position (PositionPart). No tokens or parsed document. The merges take arrays of parts:
 * distinctiveTermsFromParts, backgroundCoverageFromParts, loadedTermsFromParts, positionEmphasisFromParts.
 */
export type EmphasisPart = TermCountsPart & LoadedTermsPart & PositionPart;

export interface EmphasisPartOptions {
  /** How terms are counted (see TermOptions); default unigrams and bigrams of content-word lemmas. */
  terms?: TermOptions;
  /**
   * The contrast sets whose terms' occurrences are kept; default DEFAULT_CONTRAST_SETS. loadedTermsFromParts
   * can then report any sets made of these terms, and throws for a term the parts were not made for.
   */
  sets?: readonly ContrastSet[];
  /** Actors for position emphasis; default defaultActorRegistry(). */
  registry?: ActorRegistry;
}

/**
 * The per-article part of word emphasis (the map step): one pass per measure over one parsed article.
 * An empty article gives a part with no terms, no occurrences and a word count of 0. Options: `terms`
 * (TermOptions defaults), `sets` (DEFAULT_CONTRAST_SETS), `registry` (defaultActorRegistry()).
 */
export function emphasisPart(article: ParsedArticle, options: EmphasisPartOptions = {}): EmphasisPart {
  const { terms = {}, sets = DEFAULT_CONTRAST_SETS, registry = defaultActorRegistry() } = options;
  const counts = termCountsPart(article, terms);
  const loaded = loadedTermsPart(article, sets);
  const position = positionPart(article, registry);
  return { articleId: article.id, outlet: article.outlet, termOptions: counts.termOptions, terms: counts.terms, words: loaded.words, loaded: loaded.loaded, position: position.position };
}
