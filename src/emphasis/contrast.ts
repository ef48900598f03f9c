import { ParsedArticle } from "../corpus/types";
import { Concordance, kwicMany } from "./kwic";

/** A set of alternative words for the same thing; which one an outlet picks is a framing choice. */
export interface ContrastSet {
  name: string;
  terms: string[];
}

/** The default contrast sets (issue 5), editable: pass your own list to loadedTerms. Terms are lemmas. */
export const DEFAULT_CONTRAST_SETS: readonly ContrastSet[] = [
  { name: "the military move", terms: ["invasion", "incursion", "aggression", "attack", "invade", "intrusion"] },
  { name: "the talking", terms: ["talk", "negotiation", "diplomacy", "dialogue", "meeting", "summit"] },
  { name: "the response", terms: ["sanction", "punishment", "consequence", "response"] },
  { name: "the situation", terms: ["crisis", "tension", "stand-off", "conflict"] },
  { name: "the capital", terms: ["kyiv", "kiev"] },
];

/**
 * How often an outlet uses one term of a contrast set, with the occurrences. `setTotal` is the outlet's
 * uses of all the set's terms and `shareOfSet` this term's share of them (0 when setTotal is 0): the
 * choice among alternatives, whatever the article's length.
 */
export type LoadedTermUse = { set: string; term: string; outlet: string; count: number; per1000: number; setTotal: number; shareOfSet: number; examples: Concordance[] };

/**
 * Counts each contrast-set term per outlet (per 1,000 words, and as a share of the outlet's uses of the
 * set), keeping every occurrence in context. Outlets with no use of a term get a zero row, so absences
 * show. Empty articles give []. Same as loadedTermsFromParts on each article's loadedTermsPart.
 */
export function loadedTerms(articles: readonly ParsedArticle[], sets: readonly ContrastSet[] = DEFAULT_CONTRAST_SETS): LoadedTermUse[] {
  return loadedTermsFromParts(articles.map((a) => loadedTermsPart(a, sets)), sets);
}

/**
 * One article's loaded-term record: its word count (every token of kind "word", the denominator of the
 * rate per 1,000 words) and, for each distinct term of the contrast sets it was made with, the term's
 * occurrences (kwic, 50 characters either side), possibly none.
 */
export type LoadedTermsPart = { articleId: string; outlet: string; words: number; loaded: Array<[string, Concordance[]]> };

/** The loaded-term part of one article for `sets` (default DEFAULT_CONTRAST_SETS). */
export function loadedTermsPart(article: ParsedArticle, sets: readonly ContrastSet[] = DEFAULT_CONTRAST_SETS): LoadedTermsPart {
  const words = article.tokens.reduce((n, t) => n + (t.kind === "word" ? 1 : 0), 0);
  return { articleId: article.id, outlet: article.outlet, words, loaded: Array.from(kwicMany([article], sets.flatMap((set) => set.terms), { width: 50 })) };
}

/**
 * loadedTerms from per-article parts (loadedTermsPart or emphasisPart). A part holds occurrences only of
 * the terms it was made for: `sets` may regroup or leave out those terms, but a term no part was made for
 * throws (make the parts with those sets). Counts and shares do not depend on the order of `parts`;
 * outlets come in order of first appearance, and each row's examples in the parts' order (text order
 * within an article). No parts gives [].
 */
export function loadedTermsFromParts(parts: readonly Pick<LoadedTermsPart, "articleId" | "outlet" | "words" | "loaded">[], sets: readonly ContrastSet[] = DEFAULT_CONTRAST_SETS): LoadedTermUse[] {
  const outlets = Array.from(new Set(parts.map((p) => p.outlet)));
  const words = new Map(outlets.map((o) => [o, 0]));
  // Occurrences of each term grouped by outlet, once.
  const byOutlet = new Map<string, Map<string, Concordance[]>>();
  for (const term of sets.flatMap((set) => set.terms)) if (!byOutlet.has(term)) byOutlet.set(term, new Map(outlets.map((o) => [o, [] as Concordance[]])));
  for (const p of parts) {
    words.set(p.outlet, words.get(p.outlet)! + p.words);
    const have = new Map(p.loaded);
    for (const [term, m] of byOutlet) {
      const list = have.get(term);
      if (!list) throw new Error(`loadedTermsFromParts: the part of article "${p.articleId}" holds no occurrences of "${term}"; it was made for other contrast sets (terms ${p.loaded.map(([t]) => JSON.stringify(t)).join(", ") || "none"}). Make the parts with these sets: emphasisPart(article, { sets })`);
      const into = m.get(p.outlet)!;
      for (const h of list) into.push(h);
    }
  }
  const out: LoadedTermUse[] = [];
  for (const set of sets) {
    const setTotal = new Map(outlets.map((o) => [o, set.terms.reduce((n, term) => n + byOutlet.get(term)!.get(o)!.length, 0)]));
    for (const term of set.terms)
      for (const o of outlets) {
        const ex = byOutlet.get(term)!.get(o)!;
        const total = setTotal.get(o)!;
        out.push({ set: set.name, term, outlet: o, count: ex.length, per1000: (1000 * ex.length) / Math.max(1, words.get(o) ?? 0), setTotal: total, shareOfSet: total ? ex.length / total : 0, examples: ex });
      }
  }
  return out;
}
