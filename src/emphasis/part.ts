import { defaultActorRegistry } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { ParsedArticle } from "../corpus/types";
import { ContrastSet, DEFAULT_CONTRAST_SETS, LoadedTermsPart, loadedTermsPart } from "./contrast";
import { PositionPart, PositionSums, addPosition, emptyPositionSums, positionPart } from "./position";
import { Concordance } from "./kwic";
import type { IdCounts } from "./distinctive";
import { TermCountsPart, TermOptions, sameTermOptions, termCountsPart } from "./terms";
import { TermTable } from "./term-table";

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

/**
 * Counts of term ids, ids in order of first appearance, each count summed as a Map would sum it
 * ((undefined ?? 0) + v, then + v). The slot of an id is found in an array indexed by id (`dense`) while
 * the merger can afford one per counter and term, else in a Map.
 */
class IdCounter {
  readonly ids: number[] = [];
  readonly counts: number[] = [];
  private dense: Int32Array | null = new Int32Array(256);
  private sparse: Map<number, number> | null = null;

  add(id: number, v: number): void {
    let slot: number;
    if (this.dense) {
      if (id >= this.dense.length) {
        const grown = new Int32Array(Math.max(id + 1, 2 * this.dense.length));
        grown.set(this.dense);
        this.dense = grown;
      }
      slot = this.dense[id] - 1;
      if (slot < 0) this.dense[id] = this.ids.length + 1;
    } else {
      slot = this.sparse!.get(id) ?? -1;
      if (slot < 0) this.sparse!.set(id, this.ids.length);
    }
    if (slot < 0) this.ids.push(id), this.counts.push(0 + v);
    else this.counts[slot] += v;
  }

  /** Moves to Map slots, for a merger with too many counters for an array each. */
  makeSparse(): void {
    if (!this.dense) return;
    this.sparse = new Map(this.ids.map((id, slot) => [id, slot]));
    this.dense = null;
  }

  pairs(terms: readonly string[]): Array<[string, number]> {
    return this.ids.map((id, slot) => [terms[id], this.counts[slot]]);
  }
}

type OutletSums = {
  first: EmphasisPart;
  terms: IdCounter;
  words: number;
  loaded: Map<string, Concordance[]>;
  /** Actor counts; the position terms are in topTerms and restTerms. */
  position: PositionSums;
  topTerms: IdCounter;
  restTerms: IdCounter;
};

/** Slots of IdCounter arrays an EmphasisMerger holds at most by default (4 bytes each), before it moves to Maps. */
export const DENSE_SLOTS = 1 << 22;

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
  private firstOptions = "";
  private firstLoaded = "";
  // Every term and position term, held once, as ids: one lookup by string per pair (none for a record's
  // terms another fold sharing the table has looked up).
  private readonly table: TermTable;
  private dense = true;

  /**
   * `denseSlots` (default DENSE_SLOTS): above this many slots (outlets x 3 x terms) the counts find their
   * terms through Maps rather than arrays indexed by term; the sums are the same either way. `table`
   * (default a new one): the term numbering, shared with the analysis' other folds (see TermTable).
   */
  constructor(
    private readonly denseSlots = DENSE_SLOTS,
    table?: TermTable,
  ) {
    this.table = table ?? new TermTable();
  }

  private get terms(): string[] {
    return this.table.terms;
  }

  add(part: EmphasisPart): void {
    if (!this.first) {
      this.first = part;
      this.firstOptions = JSON.stringify(part.termOptions);
      this.firstLoaded = JSON.stringify(part.loaded.map(([t]) => t));
    }
    if (JSON.stringify(part.termOptions) !== this.firstOptions) sameTermOptions([this.first, part], "EmphasisMerger");
    const loadedTerms = JSON.stringify(part.loaded.map(([t]) => t));
    if (loadedTerms !== this.firstLoaded) {
      throw new Error(`EmphasisMerger: article "${part.articleId}" holds loaded-term occurrences of ${loadedTerms}, article "${this.first.articleId}" of ${this.firstLoaded}; make every part with the same contrast sets`);
    }
    let o = this.outlets.get(part.outlet);
    if (!o) {
      o = { first: part, terms: new IdCounter(), words: 0, loaded: new Map(part.loaded.map(([t]) => [t, []])), position: emptyPositionSums(), topTerms: new IdCounter(), restTerms: new IdCounter() };
      if (!this.dense) for (const c of [o.terms, o.topTerms, o.restTerms]) c.makeSparse();
      this.outlets.set(part.outlet, o);
    }
    this.count(o.terms, part.terms);
    o.words += part.words;
    for (const [t, list] of part.loaded) o.loaded.get(t)!.push(...list);
    this.count(o.topTerms, part.position.topTerms);
    this.count(o.restTerms, part.position.restTerms);
    addPosition(o.position, { ...part.position, topTerms: [], restTerms: [] });
    if (this.dense && 3 * this.outlets.size * this.terms.length > this.denseSlots) {
      this.dense = false;
      for (const s of this.outlets.values()) for (const c of [s.terms, s.topTerms, s.restTerms]) c.makeSparse();
    }
  }

  private count(into: IdCounter, pairs: ReadonlyArray<readonly [string, number]>): void {
    const ids = this.table.idsOf(pairs);
    for (let i = 0; i < pairs.length; i++) into.add(ids[i], pairs[i][1]);
  }

  /** One merged part per outlet, outlets in order of first appearance (named after the outlet's first article). */
  parts(): EmphasisPart[] {
    return Array.from(this.outlets.values(), (o) => {
      const { articleId, outlet, words, loaded, position } = this.merged(o);
      return { articleId, outlet, termOptions: o.first.termOptions, terms: o.terms.pairs(this.terms), words, loaded, position };
    });
  }

  private merged(o: OutletSums): Omit<EmphasisPart, "termOptions" | "terms"> {
    return {
      articleId: o.first.articleId,
      outlet: o.first.outlet,
      words: o.words,
      loaded: Array.from(o.loaded),
      position: { topTerms: o.topTerms.pairs(this.terms), restTerms: o.restTerms.pairs(this.terms), topActors: Array.from(o.position.topActors), restActors: Array.from(o.position.restActors) },
    };
  }

  /** `parts()` without their term counts (see termCounts), for the merges that do not read them (loaded terms, position). */
  partsWithout(): Array<Omit<EmphasisPart, "termOptions" | "terms">> {
    return Array.from(this.outlets.values(), (o) => this.merged(o));
  }

  /**
   * The merged term counts per outlet as IdCounts (outlets as in `parts()`): distinctiveTermsFromCounts
   * of them is distinctiveTermsFromParts of `parts()`, without making and reading the pairs.
   */
  termCounts(): IdCounts {
    return { terms: this.terms, outlets: Array.from(this.outlets.values(), (o) => ({ outlet: o.first.outlet, ids: o.terms.ids, counts: o.terms.counts })) };
  }
}
