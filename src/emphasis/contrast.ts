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
 * show. One pass over the corpus for all terms. Empty articles give [].
 */
export function loadedTerms(articles: readonly ParsedArticle[], sets: readonly ContrastSet[] = DEFAULT_CONTRAST_SETS): LoadedTermUse[] {
  const outlets = Array.from(new Set(articles.map((a) => a.outlet)));
  const words = new Map(outlets.map((o) => [o, articles.filter((a) => a.outlet === o).reduce((n, a) => n + a.tokens.filter((t) => t.kind === "word").length, 0)]));
  const hits = kwicMany(articles, sets.flatMap((set) => set.terms), { width: 50 });
  const out: LoadedTermUse[] = [];
  // Occurrences of each term grouped by outlet, once.
  const byOutlet = new Map<string, Map<string, Concordance[]>>();
  for (const [term, list] of hits) {
    const m = new Map(outlets.map((o) => [o, [] as Concordance[]]));
    for (const h of list) m.get(h.outlet)!.push(h);
    byOutlet.set(term, m);
  }
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
