/**
 * The numeric machinery under matchStatements (align.ts): an order-free hash of a term-id vector (to find
 * repeated statements), the inverted index over term ids, and the choice of which rare terms feed a
 * statement's candidates.
 */

const hashFloat = new Float64Array(1);
const hashBits = new Int32Array(hashFloat.buffer);

/**
 * A hash of the vector of ids ts[from .. to) with weights ws[from .. to) that does not depend on the
 * order of its terms; equal weights (0 and -0, any NaN) hash alike.
 */
export function vectorHash(ts: Int32Array, ws: Float64Array, from: number, to: number): number {
  let h = to - from;
  for (let p = from; p < to; p++) {
    const w = ws[p];
    let lo = 0x7ff80000;
    let hi = 0;
    if (w === w) {
      hashFloat[0] = w === 0 ? 0 : w;
      lo = hashBits[0];
      hi = hashBits[1];
    }
    let x = Math.imul(ts[p] + 1, 0x9e3779b1) ^ lo ^ Math.imul(hi, 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
    h = (h + (x ^ (x >>> 13))) | 0;
  }
  return h;
}

/**
 * The inverted index over vectors given as term ids (below `termCount`) and weights, vector u's from
 * at[u] to at[u] + size[u] in `ids` and `weights`: for every term id the vectors holding it (in ascending
 * order) with their weights, as flat arrays: term t's entries are postU/postW[postStart[t] .. postStart[t + 1]).
 */
export function invertedIndex(at: Int32Array, size: Int32Array, ids: Int32Array, weights: Float64Array, termCount: number) {
  const postStart = new Int32Array(termCount + 1);
  for (let u = 0; u < at.length; u++) for (let p = at[u]; p < at[u] + size[u]; p++) postStart[ids[p] + 1]++;
  for (let t = 0; t < termCount; t++) postStart[t + 1] += postStart[t];
  const postU = new Int32Array(postStart[termCount]);
  const postW = new Float64Array(postStart[termCount]);
  const fill = postStart.slice(0, termCount);
  for (let u = 0; u < at.length; u++)
    for (let p = at[u]; p < at[u] + size[u]; p++) {
      const t = ids[p];
      (postU[fill[t]] = u), (postW[fill[t]++] = weights[p]);
    }
  return { postStart, postU, postW };
}

/**
 * Which of a statement's terms feed its candidates: those whose index list is at most `cap` long, and,
 * when their lists hold more than `budget` entries together, only the rarest of them (shortest lists
 * first, ties in vector order) whose lists fit in the budget.
 */
export function chooseTerms(ts: Int32Array, listLength: (t: number) => number, cap: number, budget: number, use: Uint8Array): Uint8Array {
  let total = 0;
  for (let p = 0; p < ts.length; p++) {
    use[p] = listLength(ts[p]) <= cap ? 1 : 0;
    if (use[p]) total += listLength(ts[p]);
  }
  if (total <= budget) return use;
  const byLength = Array.from(ts.keys()).filter((p) => use[p]).sort((a, b) => listLength(ts[a]) - listLength(ts[b]) || a - b);
  use.fill(0, 0, ts.length);
  let spent = 0;
  for (const p of byLength) {
    const n = listLength(ts[p]);
    if (spent + n > budget) break;
    use[p] = 1;
    spent += n;
  }
  return use;
}
