import { ParsedArticle } from "../corpus/types";
import { g2, logOddsDirichlet, logRatio } from "./keyness";
import { firstSorted, groupBy, lastSorted } from "./select";
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
  return distinctiveTermsFromCounts(idCounts(countByOutletFromParts(parts)), options);
}

/**
 * Term counts per outlet with every term as an id into `terms`: outlet i used term ids[i][p] counts[i][p]
 * times, p in the order of the outlet's counts (each id at most once per outlet). What the scoring works on.
 */
export interface IdCounts {
  terms: readonly string[];
  /** Each term's length in words (1 or 2), when the caller already has them (default: counted from `terms`). */
  lengths?: Uint8Array;
  outlets: ReadonlyArray<{ outlet: string; ids: ArrayLike<number>; counts: ArrayLike<number> }>;
}

/** OutletCounts as IdCounts, term ids in order of first appearance. */
export function idCounts(outlets: readonly Pick<OutletCounts, "outlet" | "counts">[]): IdCounts {
  const index = new Map<string, number>();
  const terms: string[] = [];
  return {
    terms,
    outlets: outlets.map((o) => {
      const ids = new Int32Array(o.counts.size);
      const counts = new Float64Array(o.counts.size);
      let p = 0;
      for (const [k, v] of o.counts) {
        let id = index.get(k);
        if (id === undefined) index.set(k, (id = terms.push(k) - 1));
        (ids[p] = id), (counts[p++] = v);
      }
      return { outlet: o.outlet, ids, counts };
    }),
  };
}

/** distinctiveTermsFromParts on counts already summed per outlet (see IdCounts). */
export function distinctiveTermsFromCounts(counts: IdCounts, options: DistinctiveMergeOptions = {}): TermEmphasis[] {
  const out: TermEmphasis[] = [];
  const documents = counts.outlets.length;
  // ln(documents / df) for each df, the same double whichever term asks.
  const idf: number[] = [];
  termScores(counts, options, (i, term, n, y1, n1, y2, n2, lo, df) => {
    out.push({
      outlet: counts.outlets[i].outlet, term, n, count: y1, rate: (1000 * y1) / n1, otherCount: y2,
      delta: lo.delta, variance: lo.variance, z: lo.z, log_ratio: logRatio(y1, n1, y2, n2), g2: g2(y1, n1, y2, n2),
      tfidf: (y1 / n1) * (idf[df] ??= Math.log(documents / Math.max(1, df))),
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
  termScores(idCounts(outlets), options, (i, term, n, y1, n1, y2, n2, lo) => visit(outlets[i], term, n, y1, n1, y2, n2, lo));
}

/**
 * outletTermScores on IdCounts: the outlet comes as its index, `df` is the number of outlets with a
 * positive count of the term (the "documents" of TF-IDF) and `id` the term's id.
 */
export function termScores(
  counts: IdCounts,
  options: DistinctiveMergeOptions,
  visit: (outlet: number, term: string, n: number, y1: number, n1: number, y2: number, n2: number, lo: { delta: number; variance: number; z: number }, df: number, id: number) => void,
): void {
  const { background, priorScale = 1, minCount = 2 } = options;
  const { terms, outlets } = counts;
  // Pooled counts, terms in order of first appearance through the outlets (`order`), sums in outlet order.
  const pooled = new Float64Array(terms.length);
  const seen = new Uint8Array(terms.length);
  const df = new Int32Array(terms.length);
  const order: number[] = [];
  for (const o of outlets)
    for (let p = 0; p < o.ids.length; p++) {
      const id = o.ids[p];
      const v = o.counts[p];
      if (!seen[id]) (seen[id] = 1), order.push(id), (pooled[id] = 0 + v);
      else pooled[id] += v;
      if (v > 0) df[id]++;
    }
  const length = counts.lengths ?? termLengths(terms);
  const priorTotals = [0, 0, 0];
  if (background) for (const [k, v] of background) priorTotals[k.includes(" ") ? 2 : 1] += v;
  else for (const id of order) priorTotals[length[id]] += pooled[id];
  const totals = outlets.map((o) => {
    const t = [0, 0, 0];
    for (let p = 0; p < o.ids.length; p++) t[length[o.ids[p]]] += o.counts[p];
    return t;
  });
  const allTotals = [0, 1, 2].map((n) => totals.reduce((s, t) => s + t[n], 0));
  // The prior has the shape of the background and, whatever the background's size, the strength of
  // the pooled corpus (times priorScale): a0 = priorScale * corpus total, a = a0 * background share.
  const a0 = [0, 1, 2].map((n) => priorScale * allTotals[n]);
  const scored = order.filter((id) => pooled[id] >= minCount);
  const a = new Float64Array(terms.length);
  for (const id of scored) {
    const n = length[id];
    a[id] = priorTotals[n] > 0 ? (a0[n] * ((background ? background.get(terms[id]) : pooled[id]) ?? 0)) / priorTotals[n] || 0.01 : 0.01;
  }
  // The outlet's counts spread over the term ids, one outlet at a time.
  const y = new Float64Array(terms.length);
  outlets.forEach((o, i) => {
    for (let p = 0; p < o.ids.length; p++) y[o.ids[p]] = o.counts[p];
    for (const id of scored) {
      const n = length[id];
      const y1 = y[id];
      const n1 = totals[i][n];
      const y2 = pooled[id] - y1;
      const n2 = allTotals[n] - n1;
      if (n1 === 0 || n2 === 0) continue;
      visit(i, terms[id], n, y1, n1, y2, n2, logOddsDirichlet(y1, n1, y2, n2, a[id], a0[n]), df[id], id);
    }
    for (let p = 0; p < o.ids.length; p++) y[o.ids[p]] = 0;
  });
}

/** Each term's length in words: 2 for a two-word phrase (it holds a space), else 1. */
export function termLengths(terms: readonly string[]): Uint8Array {
  return Uint8Array.from(terms, (k) => (k.includes(" ") ? 2 : 1));
}

/** The `k` most over- and under-used terms per outlet by z (ties by term). */
export function topDistinctive(rows: readonly TermEmphasis[], k = 10): TermEmphasis[] {
  const out: TermEmphasis[] = [];
  const byZ = (a: TermEmphasis, b: TermEmphasis) => b.z - a.z || a.term.localeCompare(b.term);
  for (const list of groupBy(rows, (r) => r.outlet).values()) {
    const top = firstSorted(list, k, (r) => r.z, byZ);
    out.push(...top, ...lastSorted(list, k, (r) => r.z, byZ).filter((r) => r.z < 0 && !top.includes(r)));
  }
  return out;
}
