/**
 * Keyness statistics for one term in a target corpus against a reference corpus.
 * y1/n1: the term's count and the total in the target; y2/n2: the same in the reference.
 */

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words",
 * eq. 16-22): delta = log((y1+a)/(n1+a0-y1-a)) - log((y2+a)/(n2+a0-y2-a)), variance ≈ 1/(y1+a) + 1/(y2+a),
 * z = delta / sqrt(variance). `a` is the term's prior count, `a0` the prior's total.
 */
export function logOddsDirichlet(y1: number, n1: number, y2: number, n2: number, a: number, a0: number): { delta: number; variance: number; z: number } {
  const delta = Math.log((y1 + a) / (n1 + a0 - y1 - a)) - Math.log((y2 + a) / (n2 + a0 - y2 - a));
  const variance = 1 / (y1 + a) + 1 / (y2 + a);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}

/**
 * Log Ratio (Hardie 2014): log2 of the ratio of relative frequencies, an effect size; a zero count is
 * replaced by 0.5 so the ratio stays finite.
 */
export function logRatio(y1: number, n1: number, y2: number, n2: number): number {
  const f1 = (y1 === 0 ? 0.5 : y1) / n1;
  const f2 = (y2 === 0 ? 0.5 : y2) / n2;
  return Math.log2(f1 / f2);
}

/**
 * Dunning's log-likelihood G2 (Dunning 1993; Rayson & Garside 2000): 2 Σ O ln(O/E) over the term's
 * counts in both corpora, with E from the pooled rate. Signed: negative when the term is rarer in the target.
 */
export function g2(y1: number, n1: number, y2: number, n2: number): number {
  const e1 = (n1 * (y1 + y2)) / (n1 + n2);
  const e2 = (n2 * (y1 + y2)) / (n1 + n2);
  const term = (o: number, e: number) => (o > 0 ? o * Math.log(o / e) : 0);
  const value = 2 * (term(y1, e1) + term(y2, e2));
  return y1 / n1 >= y2 / n2 ? value : -value;
}
