import { ParsedArticle } from "../corpus/types";
import { g2, logOddsDirichlet, logRatio } from "./keyness";
import { OutletCounts, TermCountsPart, TermOptions, countByOutletFromParts, sameTermOptions, termCountsPart } from "./terms";

/** One term's distinctiveness for one outlet against all the others. */
export type TermEmphasis = {
  outlet: string;
  term: string;
  /** 1 or 2 words. */
  n: number;
  count: number;
  /** Occurrences per 1,000 terms of the same length in this outlet. */
  rate: number;
  /** Count in the other outlets together. */
  otherCount: number;
  delta: number;
  variance: number;
  z: number;
  /** log2 of the relative-frequency ratio (effect size). */
  log_ratio: number;
  g2: number;
  /** TF-IDF with outlets as documents, for reference only. */
  tfidf: number;
};

export interface DistinctiveOptions extends TermOptions {
  /**
   * Background counts for the prior (term -> count, keys as framelens terms: lower-case lemmas, two-word
   * phrases with one space; see loadFrequencyList); default: the pooled corpus itself. Only the shares
   * matter: the prior is rescaled to the corpus's size.
   */
  background?: ReadonlyMap<string, number>;
  /** The prior's strength a0 as a multiple of the corpus's total count of terms of that length; default 1. */
  priorScale?: number;
  /** Terms with fewer occurrences in the whole corpus are left out; default 2. */
  minCount?: number;
}

/**
 * Distinctive terms of each outlet against all the others: log-odds ratio with an informative Dirichlet
 * prior (Monroe, Colaresi & Quinn 2008) with its variance and z-score, Log Ratio, signed G2, and TF-IDF.
 * The prior is the pooled corpus by default (a term's prior count = its pooled count × priorScale), or a
 * user-supplied background frequency list rescaled to the corpus's size (a term's prior count = its share
 * of the background × the corpus total × priorScale), so a huge reference list informs which words are
 * common without drowning the articles. Unigrams and bigrams are scored against totals of their own
 * length. Returns every term with at least `minCount` occurrences, for every outlet; [] for no articles.
 * Same as distinctiveTermsFromParts on each article's termCountsPart (made with the term options).
 */
export function distinctiveTerms(articles: readonly ParsedArticle[], options: DistinctiveOptions = {}): TermEmphasis[] {
  const { background, priorScale, minCount, ...termOptions } = options;
  return distinctiveTermsFromParts(articles.map((a) => termCountsPart(a, termOptions)), { background, priorScale, minCount });
}

/** The options of distinctiveTermsFromParts: the term options were fixed when the parts were made. */
export type DistinctiveMergeOptions = Pick<DistinctiveOptions, "background" | "priorScale" | "minCount">;

/**
 * distinctiveTerms from per-article term counts (termCountsPart or emphasisPart), the second pass of the
 * map-merge: counts are summed per outlet, then every outlet is scored against the rest. The scores do not
 * depend on the order of `parts`; rows come per outlet in order of first appearance, terms in order of
 * first appearance. Throws when the parts were counted with different term options. No parts gives [].
 */
export function distinctiveTermsFromParts(parts: readonly Pick<TermCountsPart, "articleId" | "outlet" | "termOptions" | "terms">[], options: DistinctiveMergeOptions = {}): TermEmphasis[] {
  sameTermOptions(parts, "distinctiveTermsFromParts");
  const outlets = countByOutletFromParts(parts);
  // Outlets using each term (the "documents" of TF-IDF), counted once rather than per outlet and term.
  const df = new Map<string, number>();
  for (const o of outlets) for (const [k, v] of o.counts) if (v > 0) df.set(k, (df.get(k) ?? 0) + 1);
  const out: TermEmphasis[] = [];
  outletTermScores(outlets, options, (o, term, n, y1, n1, y2, n2, lo) => {
    out.push({
      outlet: o.outlet, term, n, count: y1, rate: (1000 * y1) / n1, otherCount: y2,
      delta: lo.delta, variance: lo.variance, z: lo.z, log_ratio: logRatio(y1, n1, y2, n2), g2: g2(y1, n1, y2, n2),
      tfidf: (y1 / n1) * Math.log(outlets.length / Math.max(1, df.get(term) ?? 0)),
    });
  });
  return out;
}

/**
 * The core of distinctiveTermsFromParts, for callers that need only the log-odds: calls `visit` for every
 * outlet and every term with at least `minCount` pooled occurrences (outlets in order, terms in order of
 * first appearance), with the term's length n, the outlet's count y1 of n1 terms of that length, the
 * others' y2 of n2, and the log-odds with informative Dirichlet prior (see distinctiveTerms). Outlets with
 * no term of a length, or alone with it, are skipped for that length.
 */
export function outletTermScores(
  outlets: readonly OutletCounts[],
  options: DistinctiveMergeOptions,
  visit: (outlet: OutletCounts, term: string, n: number, y1: number, n1: number, y2: number, n2: number, lo: { delta: number; variance: number; z: number }) => void,
): void {
  const { background, priorScale = 1, minCount = 2 } = options;
  const pooled = new Map<string, number>();
  for (const o of outlets) for (const [k, v] of o.counts) pooled.set(k, (pooled.get(k) ?? 0) + v);
  const prior = background ?? pooled;
  const priorTotals = [0, 0, 0];
  for (const [k, v] of prior) priorTotals[k.includes(" ") ? 2 : 1] += v;
  const totals = outlets.map((o) => {
    const t = [0, 0, 0];
    for (const [k, v] of o.counts) t[k.includes(" ") ? 2 : 1] += v;
    return t;
  });
  const allTotals = [0, 1, 2].map((n) => totals.reduce((s, t) => s + t[n], 0));
  outlets.forEach((o, i) => {
    for (const [term, pooledCount] of pooled) {
      if (pooledCount < minCount) continue;
      const n = term.includes(" ") ? 2 : 1;
      const y1 = o.counts.get(term) ?? 0;
      const n1 = totals[i][n];
      const y2 = pooledCount - y1;
      const n2 = allTotals[n] - n1;
      if (n1 === 0 || n2 === 0) continue;
      // The prior has the shape of the background and, whatever the background's size, the strength of
      // the pooled corpus (times priorScale): a0 = priorScale * corpus total, a = a0 * background share.
      const a0 = priorScale * allTotals[n];
      const a = priorTotals[n] > 0 ? (a0 * (prior.get(term) ?? 0)) / priorTotals[n] || 0.01 : 0.01;
      visit(o, term, n, y1, n1, y2, n2, logOddsDirichlet(y1, n1, y2, n2, a, a0));
    }
  });
}

/** The `k` most over- and under-used terms per outlet by z (ties by term). */
export function topDistinctive(rows: readonly TermEmphasis[], k = 10): TermEmphasis[] {
  const out: TermEmphasis[] = [];
  for (const outlet of Array.from(new Set(rows.map((r) => r.outlet)))) {
    const list = rows.filter((r) => r.outlet === outlet).sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
    out.push(...list.slice(0, k), ...list.slice(-k).filter((r) => r.z < 0 && !list.slice(0, k).includes(r)));
  }
  return out;
}
