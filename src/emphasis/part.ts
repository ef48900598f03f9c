import { defaultActorRegistry } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { ParsedArticle } from "../corpus/types";
import { ContrastSet, DEFAULT_CONTRAST_SETS, LoadedTermsPart, loadedTermsPart } from "./contrast";
import { PositionPart, PositionSums, addPosition, emptyPositionSums, positionPart } from "./position";
import { Concordance } from "./kwic";
import { TermCountsPart, TermOptions, sameTermOptions, termCountsPart } from "./terms";

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

type OutletSums = {
  first: EmphasisPart;
  terms: Map<string, number>;
  words: number;
  loaded: Map<string, Concordance[]>;
  position: PositionSums;
};

function addPairs(into: Map<string, number>, pairs: ReadonlyArray<readonly [string, number]>): void {
  for (const [k, v] of pairs) into.set(k, (into.get(k) ?? 0) + v);
}

/**
 * Emphasis parts merged per outlet as they come: term, word, position counts add up and loaded-term
 * occurrences are appended, keys in order of first appearance. Each outlet's merged part (`parts()`) is
 * itself an EmphasisPart, and every emphasis merge (distinctiveTermsFromParts, loadedTermsFromParts,
 * positionEmphasisFromParts, backgroundCoverageFromParts) gives on the merged parts exactly what it gives
 * on the articles' parts: they only ever sum per outlet. This is the emphasis step's fold: memory grows
 * with the vocabulary, not with the articles. Throws, as the merges do, for parts counted with other term
 * options or contrast sets than the first.
 */
export class EmphasisMerger {
  private readonly outlets = new Map<string, OutletSums>();
  private first: EmphasisPart | undefined;

  add(part: EmphasisPart): void {
    this.first ??= part;
    sameTermOptions([this.first, part], "EmphasisMerger");
    const loadedTerms = (p: EmphasisPart) => JSON.stringify(p.loaded.map(([t]) => t));
    if (loadedTerms(part) !== loadedTerms(this.first)) {
      throw new Error(`EmphasisMerger: article "${part.articleId}" holds loaded-term occurrences of ${loadedTerms(part)}, article "${this.first.articleId}" of ${loadedTerms(this.first)}; make every part with the same contrast sets`);
    }
    let o = this.outlets.get(part.outlet);
    if (!o) {
      o = { first: part, terms: new Map(), words: 0, loaded: new Map(part.loaded.map(([t]) => [t, []])), position: emptyPositionSums() };
      this.outlets.set(part.outlet, o);
    }
    addPairs(o.terms, part.terms);
    o.words += part.words;
    for (const [t, list] of part.loaded) o.loaded.get(t)!.push(...list);
    addPosition(o.position, part.position);
  }

  /** One merged part per outlet, outlets in order of first appearance (named after the outlet's first article). */
  parts(): EmphasisPart[] {
    return Array.from(this.outlets.values(), (o) => ({
      articleId: o.first.articleId,
      outlet: o.first.outlet,
      termOptions: o.first.termOptions,
      terms: Array.from(o.terms),
      words: o.words,
      loaded: Array.from(o.loaded),
      position: { topTerms: Array.from(o.position.topTerms), restTerms: Array.from(o.position.restTerms), topActors: Array.from(o.position.topActors), restActors: Array.from(o.position.restActors) },
    }));
  }
}
