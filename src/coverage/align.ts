import { Statement } from "./statements";

/** Cosine similarity of two statements' vectors (0 when either is empty). */
export function cosine(a: Statement, b: Statement): number {
  return overlap(a, b).sim;
}

/** Cosine similarity and the number of terms the two statements share. */
function overlap(a: Statement, b: Statement): { sim: number; shared: number } {
  if (!a.norm || !b.norm) return { sim: 0, shared: 0 };
  const [small, big] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  let shared = 0;
  for (const [k, v] of small) {
    const w = big.get(k);
    if (w !== undefined) (dot += v * w), shared++;
  }
  return { sim: dot / (a.norm * b.norm), shared };
}

/** Options of bestMatches; see there for the defaults. */
export interface MatchOptions {
  maxShare?: number;
  perOutlet?: number;
  minShared?: number;
  maxCandidates?: number;
}

/**
 * For every statement, its most similar statement in each other outlet (highest cosine, ties to the
 * earlier statement). Statements with identical vectors (wire copy carried by several outlets, repeated
 * boilerplate) are matched once: an outlet's copy of another outlet's sentence is its best match there,
 * at cosine 1. Dot products are accumulated through an inverted index over the distinct statements'
 * rarer terms (those in at most `maxShare` (0.05) of them, or 20), so the work grows with the overlap
 * between statements rather than with the square of their number. A statement examines at most
 * `maxCandidates` (2000) index entries: when its rarer terms' lists hold more, it uses its rarest terms
 * (shortest lists first) that fit, so the cost stays linear in the number of statements however many
 * share a middling word ("president", "week"); a statement whose every term is that common gets no
 * candidates. The best `perOutlet` (3) candidates per outlet then get their exact cosine on all terms. A
 * candidate sharing fewer than `minShared` (2) terms is no match: one shared word ("make", "thing") gives
 * two short sentences a high cosine without their saying the same thing. Empty input gives [].
 */
export function bestMatches(st: readonly Statement[], options: MatchOptions = {}): Array<Map<string, { j: number; sim: number }>> {
  const { maxShare = 0.05, perOutlet = 3, minShared = 2, maxCandidates = DEFAULT_MAX_CANDIDATES } = options;
  if (!(maxCandidates >= 1)) throw new Error(`bestMatches: maxCandidates must be at least 1, got ${maxCandidates}`);
  const outletIndex = new Map<string, number>();
  const outletNames: string[] = [];
  const outletOf = st.map((s) => {
    let o = outletIndex.get(s.outlet);
    if (o === undefined) outletIndex.set(s.outlet, (o = outletNames.push(s.outlet) - 1));
    return o;
  });
  // Distinct vectors, each with the first statement of every outlet that makes it (in order of appearance).
  const byKey = new Map<string, number>();
  const distinct: Array<{ rep: Statement; firstO: number[]; firstJ: number[]; members: number[] }> = [];
  st.forEach((s, i) => {
    const key = Array.from(s.vector, ([k, w]) => `${k}\u0000${w}`).sort().join("\u0001");
    let u = byKey.get(key);
    if (u === undefined) byKey.set(key, (u = distinct.push({ rep: s, firstO: [], firstJ: [], members: [] }) - 1));
    const d = distinct[u];
    if (!d.firstO.includes(outletOf[i])) d.firstO.push(outletOf[i]), d.firstJ.push(i);
    d.members.push(i);
  });
  const { terms, weights, termCount, postStart, postU, postW } = invertedIndex(distinct.map((d) => d.rep.vector));
  const listLength = (t: number) => postStart[t + 1] - postStart[t];
  const cap = Math.max(20, Math.floor(maxShare * distinct.length));
  const score = new Float64Array(distinct.length);
  const touched: number[] = [];
  // Per outlet, the best `perOutlet` candidates (distinct id and statement index), sorted best first.
  const k = Math.max(0, Math.floor(perOutlet));
  const topV = new Int32Array(outletNames.length * k);
  const topJ = new Int32Array(outletNames.length * k);
  const topCount = new Int32Array(outletNames.length);
  const encountered = new Uint8Array(outletNames.length);
  const order: number[] = [];
  // Exact cosine of u and v on all terms, as overlap() computes it: products summed in the order of the
  // smaller vector's terms. u's terms are spread over the term ids once per u (posOf, stamped with u + 1),
  // so each candidate costs its own length plus u's, with no lookups by string.
  const posOf = new Int32Array(termCount);
  const posFor = new Int32Array(termCount);
  let product = new Float64Array(64);
  let matched = new Uint8Array(64);
  const exactFor = new Int32Array(distinct.length);
  const exactSim = new Float64Array(distinct.length);
  const exactShared = new Int32Array(distinct.length);
  const spread = (u: number) => terms[u].forEach((t, p) => ((posOf[t] = p), (posFor[t] = u + 1)));
  const norms = Float64Array.from(distinct, (d) => d.rep.norm);
  const exactOverlap = (u: number, v: number) => {
    exactFor[v] = u + 1;
    if (!norms[u] || !norms[v]) return void ((exactSim[v] = 0), (exactShared[v] = 0));
    const tu = terms[u];
    const tv = terms[v];
    const wu = weights[u];
    const wv = weights[v];
    let dot = 0;
    let shared = 0;
    if (tu.length <= tv.length) {
      if (product.length < tu.length) (product = new Float64Array(2 * tu.length)), (matched = new Uint8Array(2 * tu.length));
      matched.fill(0, 0, tu.length);
      for (let q = 0; q < tv.length; q++) if (posFor[tv[q]] === u + 1) (product[posOf[tv[q]]] = wu[posOf[tv[q]]] * wv[q]), (matched[posOf[tv[q]]] = 1);
      for (let p = 0; p < tu.length; p++) if (matched[p]) (dot += product[p]), shared++;
    } else {
      for (let q = 0; q < tv.length; q++) if (posFor[tv[q]] === u + 1) (dot += wv[q] * wu[posOf[tv[q]]]), shared++;
    }
    exactSim[v] = dot / (norms[u] * norms[v]);
    exactShared[v] = shared;
  };
  // Every distinct statement's (outlet, first statement) pairs, flat for the candidate loop.
  const firstStart = new Int32Array(distinct.length + 1);
  distinct.forEach((d, u) => (firstStart[u + 1] = firstStart[u] + d.firstO.length));
  const firstO = Int32Array.from(distinct.flatMap((d) => d.firstO));
  const firstJ = Int32Array.from(distinct.flatMap((d) => d.firstJ));
  const result: Array<Map<string, { j: number; sim: number }>> = new Array(st.length);
  distinct.forEach((d, u) => {
    const ts = terms[u];
    spread(u);
    const use = chooseTerms(ts, listLength, cap, maxCandidates);
    for (let p = 0; p < ts.length; p++) {
      if (!use[p]) continue;
      const w = weights[u][p];
      for (let q = postStart[ts[p]]; q < postStart[ts[p] + 1]; q++) {
        const v = postU[q];
        if (v === u) continue;
        if (score[v] === 0) touched.push(v);
        score[v] += w * postW[q];
      }
    }
    for (const v of touched) {
      for (let f = firstStart[v]; f < firstStart[v + 1]; f++) {
        const o = firstO[f];
        const j = firstJ[f];
        if (!encountered[o]) (encountered[o] = 1), order.push(o);
        // Insertion into the outlet's sorted list: better is a higher dot product, or the same and an
        // earlier statement (a strict order, so the list is the same whatever order candidates come in).
        const base = o * k;
        const sv = score[v];
        let c = topCount[o];
        if (c === k) {
          if (k === 0) continue;
          const w = topV[base + c - 1];
          if (!(sv > score[w] || (sv === score[w] && j < topJ[base + c - 1]))) continue;
        } else topCount[o] = ++c;
        let r = c - 1;
        for (; r > 0; r--) {
          const w = topV[base + r - 1];
          if (!(sv > score[w] || (sv === score[w] && j < topJ[base + r - 1]))) break;
          topV[base + r] = w;
          topJ[base + r] = topJ[base + r - 1];
        }
        topV[base + r] = v;
        topJ[base + r] = j;
      }
    }
    const best = new Map<string, { j: number; sim: number }>();
    for (const o of order) {
      const outlet = outletNames[o];
      for (let r = 0; r < topCount[o]; r++) {
        const v = topV[o * k + r];
        const j = topJ[o * k + r];
        if (exactFor[v] !== u + 1) exactOverlap(u, v);
        const sim = exactSim[v];
        const shared = exactShared[v];
        const cur = best.get(outlet);
        if (shared >= minShared && (!cur || sim > cur.sim || (sim === cur.sim && j < cur.j))) best.set(outlet, { j, sim });
      }
      topCount[o] = 0;
      encountered[o] = 0;
    }
    // Copies of this very statement in other outlets beat anything else.
    if (d.rep.vector.size >= minShared) d.firstO.forEach((o, f) => best.set(outletNames[o], { j: d.firstJ[f], sim: 1 }));
    for (const i of d.members) result[i] = new Map(Array.from(best).filter(([outlet]) => outlet !== st[i].outlet));
    for (const v of touched) score[v] = 0;
    touched.length = 0;
    order.length = 0;
  });
  return result;
}

/**
 * The inverted index over vectors: each vector's term ids (in the vector's order) and weights, and for
 * every term id the vectors holding it (in ascending order) with their weights, as flat arrays: term t's
 * entries are postU/postW[postStart[t] .. postStart[t + 1]).
 */
function invertedIndex(vectors: ReadonlyArray<ReadonlyMap<string, number>>) {
  const ids = new Map<string, number>();
  const terms = vectors.map((vector) => Int32Array.from(Array.from(vector.keys(), (k) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  })));
  const weights = vectors.map((vector) => Float64Array.from(vector.values()));
  const termCount = ids.size;
  const postStart = new Int32Array(termCount + 1);
  for (const ts of terms) for (const t of ts) postStart[t + 1]++;
  for (let t = 0; t < termCount; t++) postStart[t + 1] += postStart[t];
  const postU = new Int32Array(postStart[termCount]);
  const postW = new Float64Array(postStart[termCount]);
  const fill = postStart.slice(0, termCount);
  terms.forEach((ts, u) => ts.forEach((t, k) => ((postU[fill[t]] = u), (postW[fill[t]++] = weights[u][k]))));
  return { terms, weights, termCount, postStart, postU, postW };
}

/** Index entries a statement examines at most, by default (see bestMatches). */
export const DEFAULT_MAX_CANDIDATES = 2000;

/**
 * Which of a statement's terms feed its candidates: those whose index list is at most `cap` long, and,
 * when their lists hold more than `budget` entries together, only the rarest of them (shortest lists
 * first, ties in vector order) whose lists fit in the budget.
 */
function chooseTerms(ts: Int32Array, listLength: (t: number) => number, cap: number, budget: number): boolean[] {
  const use = Array.from(ts, (t) => listLength(t) <= cap);
  let total = 0;
  for (let p = 0; p < ts.length; p++) if (use[p]) total += listLength(ts[p]);
  if (total <= budget) return use;
  const byLength = Array.from(ts.keys()).filter((p) => use[p]).sort((a, b) => listLength(ts[a]) - listLength(ts[b]) || a - b);
  use.fill(false);
  let spent = 0;
  for (const p of byLength) {
    const n = listLength(ts[p]);
    if (spent + n > budget) break;
    use[p] = true;
    spent += n;
  }
  return use;
}
