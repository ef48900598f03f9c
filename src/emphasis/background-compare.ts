import { ParsedArticle } from "../corpus/types";
import { DistinctiveOptions, distinctiveTerms } from "./distinctive";
import { TermOptions, countByOutlet } from "./terms";

/**
 * Every term's count over the whole corpus, all outlets summed: the corpus as a frequency list, the
 * form `distinctiveTerms`' `background` option takes (passing it gives the same z as the default
 * prior). Terms in order of first appearance; no articles gives an empty map.
 */
export function pooledTermCounts(articles: readonly ParsedArticle[], options: TermOptions = {}): Map<string, number> {
  const pooled = new Map<string, number>();
  for (const o of countByOutlet(articles, options)) for (const [term, n] of o.counts) pooled.set(term, (pooled.get(term) ?? 0) + n);
  return pooled;
}

/** The term with the highest count (the first such term on a tie); null for an empty map. */
export function mostFrequentTerm(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let max = -Infinity;
  for (const [term, n] of counts) if (n > max) (best = term), (max = n);
  return best;
}

/** One outlet's z for one term under each named prior (null: the term is not scored for the outlet). */
export interface BackgroundZ {
  outlet: string;
  term: string;
  /** Prior name (as given) -> the outlet's log-odds z for the term under that prior. */
  z: Record<string, number | null>;
}

/**
 * How the choice of prior moves one term's z: for each named background (null = the default prior,
 * the pooled corpus), `distinctiveTerms` is run with it and each outlet's z for `term` is read. A term
 * below `minCount` in the corpus, or absent, gets null everywhere. Rows per outlet in order of first
 * appearance; no articles gives []. Options are distinctiveTerms' (without `background`).
 */
export function termZByBackground(
  articles: readonly ParsedArticle[],
  term: string,
  backgrounds: Readonly<Record<string, ReadonlyMap<string, number> | null>>,
  options: Omit<DistinctiveOptions, "background"> = {},
): BackgroundZ[] {
  if (term.trim() === "") throw new Error('termZByBackground: the term is empty; give a framelens term (a lower-case lemma, or two with one space, e.g. "talk" or "peace talk")');
  const rows = new Map<string, BackgroundZ>();
  for (const a of articles) if (!rows.has(a.outlet)) rows.set(a.outlet, { outlet: a.outlet, term, z: {} });
  for (const [name, background] of Object.entries(backgrounds)) {
    for (const r of rows.values()) r.z[name] = null;
    for (const t of distinctiveTerms(articles, { ...options, ...(background ? { background } : {}) })) if (t.term === term) rows.get(t.outlet)!.z[name] = t.z;
  }
  return Array.from(rows.values());
}
