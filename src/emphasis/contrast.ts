import { ParsedArticle } from "../corpus/types";
import { Concordance, kwic } from "./kwic";

/** A set of alternative words for the same thing; which one an outlet picks is a framing choice. */
export interface ContrastSet {
  name: string;
  terms: string[];
}

/** The default contrast sets (issue 5), editable: pass your own list to loadedTerms. Terms are lemmas. */
export const DEFAULT_CONTRAST_SETS: readonly ContrastSet[] = [
  { name: "the military move", terms: ["invasion", "incursion", "aggression", "attack", "invade", "intrusion"] },
  { name: "the talking", terms: ["talk", "negotiation", "diplomacy", "dialogue"] },
  { name: "the response", terms: ["sanction", "punishment", "consequence", "response"] },
  { name: "the situation", terms: ["crisis", "tension", "stand-off", "conflict"] },
  { name: "the capital", terms: ["kyiv", "kiev"] },
];

/** How often an outlet uses one term of a contrast set, with the occurrences. */
export type LoadedTermUse = { set: string; term: string; outlet: string; count: number; per1000: number; examples: Concordance[] };

/**
 * Counts each contrast-set term per outlet (per 1,000 words too), keeping every occurrence in context.
 * Outlets with no use of a term get a zero row, so absences show. Empty articles give [].
 */
export function loadedTerms(articles: readonly ParsedArticle[], sets: readonly ContrastSet[] = DEFAULT_CONTRAST_SETS): LoadedTermUse[] {
  const outlets = Array.from(new Set(articles.map((a) => a.outlet)));
  const words = new Map(outlets.map((o) => [o, articles.filter((a) => a.outlet === o).reduce((n, a) => n + a.tokens.filter((t) => t.kind === "word").length, 0)]));
  const out: LoadedTermUse[] = [];
  for (const set of sets)
    for (const term of set.terms) {
      const hits = kwic(articles, term, { width: 50 });
      for (const o of outlets) {
        const ex = hits.filter((h) => h.outlet === o);
        out.push({ set: set.name, term, outlet: o, count: ex.length, per1000: (1000 * ex.length) / Math.max(1, words.get(o) ?? 0), examples: ex });
      }
    }
  return out;
}
