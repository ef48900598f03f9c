import { chooseTerms, invertedIndex, vectorHash } from "./match-index";
import { Statement, StatementIndex } from "./statements";

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
  checkMaxCandidates(options);
  const ids = new Map<string, number>();
  const termStart = new Int32Array(st.length + 1);
  st.forEach((s, i) => (termStart[i + 1] = termStart[i] + s.vector.size));
  const termIds = new Int32Array(termStart[st.length]);
  const termWeights = new Float64Array(termStart[st.length]);
  let f = 0;
  for (const s of st)
    for (const [k, w] of s.vector) {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      (termIds[f] = id), (termWeights[f++] = w);
    }
  const m = matchStatements({ st, termStart, termIds, termWeights, termCount: ids.size }, options);
  const result: Array<Map<string, { j: number; sim: number }>> = new Array(st.length);
  for (let i = 0; i < st.length; i++) {
    const u = m.distinctOf[i];
    const best = new Map<string, { j: number; sim: number }>();
    for (let e = m.start[u]; e < m.start[u + 1]; e++) if (m.outlet[e] !== m.outletOf[i]) best.set(m.outlets[m.outlet[e]], { j: m.j[e], sim: m.sim[e] });
    result[i] = best;
  }
  return result;
}

/**
 * bestMatches in compact form: statement i's matches are the entries e from start[distinctOf[i]] to
 * start[distinctOf[i] + 1] whose outlet[e] is not outletOf[i], in the order of bestMatches' Map, each
 * with the outlet (an index into `outlets`), the matched statement j and the cosine. Statements with
 * identical vectors share one distinct vector and its entries.
 */
export interface Matches {
  outlets: string[];
  outletOf: Int32Array;
  distinctOf: Int32Array;
  start: Int32Array;
  outlet: Int32Array;
  j: Int32Array;
  sim: Float64Array;
}

function checkMaxCandidates(options: MatchOptions): void {
  const { maxCandidates = DEFAULT_MAX_CANDIDATES } = options;
  if (!(maxCandidates >= 1)) throw new Error(`bestMatches: maxCandidates must be at least 1, got ${maxCandidates}`);
}

/**
 * bestMatches (see there) on statements whose vectors are given as term ids and weights (a
 * StatementIndex: st[i].vector's keys as ids and its values, in the vector's order, are termIds and
 * termWeights from termStart[i] to termStart[i + 1]; ids below `termCount`). Statement norms are st[i].norm.
 */
export function matchStatements(index: Pick<StatementIndex, "termStart" | "termIds" | "termWeights" | "termCount"> & { st: readonly Statement[] }, options: MatchOptions = {}): Matches {
  const { maxShare = 0.05, perOutlet = 3, minShared = 2, maxCandidates = DEFAULT_MAX_CANDIDATES } = options;
  checkMaxCandidates(options);
  const { st, termCount, termStart, termIds, termWeights } = index;
  const outletIndex = new Map<string, number>();
  const outletNames: string[] = [];
  const outletOf = Int32Array.from(st, (s) => {
    let o = outletIndex.get(s.outlet);
    if (o === undefined) outletIndex.set(s.outlet, (o = outletNames.push(s.outlet) - 1));
    return o;
  });
  // Distinct vectors (the same terms with the same weights, in any order), each with the first statement
  // of every outlet that makes it (in order of appearance). Vectors are told apart by a hash, then compared.
  const distinctOf = new Int32Array(st.length);
  const distinct: Array<{ rep: number; firstO: number[]; firstJ: number[] }> = [];
  const byHash = new Map<number, number>();
  const sameHashNext: number[] = [];
  const eqStamp = new Int32Array(termCount);
  const eqPos = new Int32Array(termCount);
  const same = (a: number, b: number) => {
    if (termStart[a + 1] - termStart[a] !== termStart[b + 1] - termStart[b]) return false;
    for (let p = termStart[a]; p < termStart[a + 1]; p++) (eqStamp[termIds[p]] = a + 1), (eqPos[termIds[p]] = p);
    for (let q = termStart[b]; q < termStart[b + 1]; q++) {
      if (eqStamp[termIds[q]] !== a + 1) return false;
      const x = termWeights[eqPos[termIds[q]]];
      const y = termWeights[q];
      if (!(x === y || (x !== x && y !== y))) return false;
    }
    return true;
  };
  for (let i = 0; i < st.length; i++) {
    const h = vectorHash(termIds, termWeights, termStart[i], termStart[i + 1]);
    let u = byHash.get(h);
    while (u !== undefined && !same(distinct[u].rep, i)) u = sameHashNext[u] === -1 ? undefined : sameHashNext[u];
    if (u === undefined) {
      u = distinct.push({ rep: i, firstO: [], firstJ: [] }) - 1;
      sameHashNext.push(byHash.get(h) ?? -1);
      byHash.set(h, u);
    }
    const d = distinct[u];
    if (!d.firstO.includes(outletOf[i])) d.firstO.push(outletOf[i]), d.firstJ.push(i);
    distinctOf[i] = u;
  }
  // Distinct vector u's terms are termIds (and termWeights) from at[u] to at[u] + size[u]: its first statement's.
  const at = Int32Array.from(distinct, (d) => termStart[d.rep]);
  const size = Int32Array.from(distinct, (d) => termStart[d.rep + 1] - termStart[d.rep]);
  const { postStart, postU, postW } = invertedIndex(at, size, termIds, termWeights, termCount);
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
  const spread = (u: number) => {
    for (let p = 0; p < size[u]; p++) (posOf[termIds[at[u] + p]] = p), (posFor[termIds[at[u] + p]] = u + 1);
  };
  const norms = Float64Array.from(distinct, (d) => st[d.rep].norm);
  const exactOverlap = (u: number, v: number) => {
    exactFor[v] = u + 1;
    if (!norms[u] || !norms[v]) return void ((exactSim[v] = 0), (exactShared[v] = 0));
    // Positions p of u and q of v count from each vector's start, as in its own arrays.
    const au = at[u];
    const av = at[v];
    const nu = size[u];
    const nv = size[v];
    let dot = 0;
    let shared = 0;
    if (nu <= nv) {
      if (product.length < nu) (product = new Float64Array(2 * nu)), (matched = new Uint8Array(2 * nu));
      matched.fill(0, 0, nu);
      for (let q = 0; q < nv; q++) {
        const t = termIds[av + q];
        if (posFor[t] === u + 1) (product[posOf[t]] = termWeights[au + posOf[t]] * termWeights[av + q]), (matched[posOf[t]] = 1);
      }
      for (let p = 0; p < nu; p++) if (matched[p]) (dot += product[p]), shared++;
    } else {
      for (let q = 0; q < nv; q++) {
        const t = termIds[av + q];
        if (posFor[t] === u + 1) (dot += termWeights[av + q] * termWeights[au + posOf[t]]), shared++;
      }
    }
    exactSim[v] = dot / (norms[u] * norms[v]);
    exactShared[v] = shared;
  };
  // Every distinct statement's (outlet, first statement) pairs, flat for the candidate loop.
  const firstStart = new Int32Array(distinct.length + 1);
  distinct.forEach((d, u) => (firstStart[u + 1] = firstStart[u] + d.firstO.length));
  const firstO = Int32Array.from(distinct.flatMap((d) => d.firstO));
  const firstJ = Int32Array.from(distinct.flatMap((d) => d.firstJ));
  // Each distinct vector's best match per outlet, in the order bestMatches' Map takes them: an outlet's
  // slot (slotAt, stamped with u + 1 in slotFor) is kept when a better match replaces its value.
  const start = new Int32Array(distinct.length + 1);
  const outO: number[] = [];
  const outJ: number[] = [];
  const outSim: number[] = [];
  const slotFor = new Int32Array(outletNames.length);
  const slotAt = new Int32Array(outletNames.length);
  let use = new Uint8Array(64);
  let current = 0;
  const set = (o: number, j: number, sim: number) => {
    if (slotFor[o] === current + 1) (outJ[slotAt[o]] = j), (outSim[slotAt[o]] = sim);
    else (slotFor[o] = current + 1), (slotAt[o] = outO.length), outO.push(o), outJ.push(j), outSim.push(sim);
  };
  for (let u = 0; u < distinct.length; u++) {
    const d = distinct[u];
    current = u;
    const ts = termIds.subarray(at[u], at[u] + size[u]);
    spread(u);
    if (use.length < ts.length) use = new Uint8Array(2 * ts.length);
    chooseTerms(ts, listLength, cap, maxCandidates, use);
    for (let p = 0; p < ts.length; p++) {
      if (!use[p]) continue;
      const w = termWeights[at[u] + p];
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
    start[u] = outO.length;
    for (const o of order) {
      for (let r = 0; r < topCount[o]; r++) {
        const v = topV[o * k + r];
        const j = topJ[o * k + r];
        if (exactFor[v] !== u + 1) exactOverlap(u, v);
        const sim = exactSim[v];
        if (exactShared[v] < minShared) continue;
        if (slotFor[o] !== u + 1 || sim > outSim[slotAt[o]] || (sim === outSim[slotAt[o]] && j < outJ[slotAt[o]])) set(o, j, sim);
      }
      topCount[o] = 0;
      encountered[o] = 0;
    }
    // Copies of this very statement in other outlets beat anything else.
    if (ts.length >= minShared) d.firstO.forEach((o, f) => set(o, d.firstJ[f], 1));
    for (const v of touched) score[v] = 0;
    touched.length = 0;
    order.length = 0;
  }
  start[distinct.length] = outO.length;
  return { outlets: outletNames, outletOf, distinctOf, start, outlet: Int32Array.from(outO), j: Int32Array.from(outJ), sim: Float64Array.from(outSim) };
}

/** Index entries a statement examines at most, by default (see bestMatches). */
export const DEFAULT_MAX_CANDIDATES = 2000;
