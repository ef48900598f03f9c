import { articleSentences } from "../corpus/parse";
import { ParsedArticle } from "../corpus/types";
import { termOf } from "../emphasis/terms";

/** One statement (sentence) with its content-word vector. */
export interface Statement {
  outlet: string;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  vector: Map<string, number>;
  norm: number;
}

/**
 * Content-word lemma vectors of every statement, weighted by TF-IDF over all statements (smoothed idf
 * ln((N+1)/(df+1)) + 1), so shared names and rare words count more than common ones.
 */
export function statementVectors(articles: readonly ParsedArticle[], roles: readonly string[] = ["headline", "body"]): Statement[] {
  const raw: Array<Omit<Statement, "vector" | "norm"> & { tf: Map<string, number> }> = [];
  const df = new Map<string, number>();
  for (const a of articles)
    for (const s of articleSentences(a, roles)) {
      const tf = new Map<string, number>();
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = a.tokens[i];
        if (t.kind !== "word" || t.stop || t.norm.length < 3 || !/\p{L}/u.test(t.norm)) continue;
        const k = termOf(t, true);
        tf.set(k, (tf.get(k) ?? 0) + 1);
      }
      if (tf.size === 0) continue;
      for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      raw.push({ outlet: a.outlet, articleId: a.id, sentence: s.index, start: s.start, end: s.end, text: s.text, tf });
    }
  const n = raw.length;
  return raw.map(({ tf, ...r }) => {
    const vector = new Map<string, number>();
    let sq = 0;
    for (const [k, c] of tf) {
      const w = c * (Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1);
      vector.set(k, w);
      sq += w * w;
    }
    return { ...r, vector, norm: Math.sqrt(sq) };
  });
}

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

/**
 * For every statement, its most similar statement in each other outlet (highest cosine, ties to the
 * earlier statement). Statements with identical vectors (wire copy carried by several outlets, repeated
 * boilerplate) are matched once: an outlet's copy of another outlet's sentence is its best match there,
 * at cosine 1. Dot products are accumulated through an inverted index over the distinct statements'
 * rarer terms (those in at most `maxShare` (0.05) of them, or 20), so the work grows with the overlap
 * between statements rather than with the square of their number; the best `perOutlet` (3) candidates per
 * outlet then get their exact cosine on all terms. A candidate sharing fewer than `minShared` (2) terms is
 * no match: one shared word ("make", "thing") gives two short sentences a high cosine without their
 * saying the same thing. Empty input gives [].
 */
export function bestMatches(st: readonly Statement[], options: { maxShare?: number; perOutlet?: number; minShared?: number } = {}): Array<Map<string, { j: number; sim: number }>> {
  const { maxShare = 0.05, perOutlet = 3, minShared = 2 } = options;
  // Distinct vectors, each with the first statement of every outlet that makes it.
  const byKey = new Map<string, number>();
  const distinct: Array<{ rep: Statement; first: Map<string, number>; members: number[] }> = [];
  st.forEach((s, i) => {
    const key = Array.from(s.vector, ([k, w]) => `${k}\u0000${w}`).sort().join("\u0001");
    let u = byKey.get(key);
    if (u === undefined) byKey.set(key, (u = distinct.push({ rep: s, first: new Map(), members: [] }) - 1));
    if (!distinct[u].first.has(s.outlet)) distinct[u].first.set(s.outlet, i);
    distinct[u].members.push(i);
  });
  const postings = new Map<string, Array<[number, number]>>();
  distinct.forEach(({ rep }, u) => {
    for (const [k, w] of rep.vector) {
      const list = postings.get(k) ?? [];
      list.push([u, w]);
      postings.set(k, list);
    }
  });
  const cap = Math.max(20, Math.floor(maxShare * distinct.length));
  const score = new Float64Array(distinct.length);
  const touched: number[] = [];
  const result: Array<Map<string, { j: number; sim: number }>> = new Array(st.length);
  distinct.forEach((d, u) => {
    for (const [k, w] of d.rep.vector) {
      const list = postings.get(k)!;
      if (list.length > cap) continue;
      for (const [v, x] of list) {
        if (v === u) continue;
        if (score[v] === 0) touched.push(v);
        score[v] += w * x;
      }
    }
    // Per outlet, the best `perOutlet` candidates by dot product, kept by insertion (no full sort).
    const top = new Map<string, number[]>();
    for (const v of touched) {
      for (const [outlet, j] of distinct[v].first) {
        const list = top.get(outlet) ?? [];
        const last = list[list.length - 1];
        if (list.length < perOutlet || score[v] > score[last] || (score[v] === score[last] && j < distinct[last].first.get(outlet)!)) {
          list.push(v);
          list.sort((p, q) => score[q] - score[p] || distinct[p].first.get(outlet)! - distinct[q].first.get(outlet)!);
          if (list.length > perOutlet) list.pop();
        }
        top.set(outlet, list);
      }
    }
    const exact = new Map<number, { sim: number; shared: number }>();
    const best = new Map<string, { j: number; sim: number }>();
    for (const [outlet, list] of top) {
      for (const v of list) {
        if (!exact.has(v)) exact.set(v, overlap(d.rep, distinct[v].rep));
        const { sim, shared } = exact.get(v)!;
        const j = distinct[v].first.get(outlet)!;
        const cur = best.get(outlet);
        if (shared >= minShared && (!cur || sim > cur.sim || (sim === cur.sim && j < cur.j))) best.set(outlet, { j, sim });
      }
    }
    // Copies of this very statement in other outlets beat anything else.
    if (d.rep.vector.size >= minShared) for (const [outlet, j] of d.first) best.set(outlet, { j, sim: 1 });
    for (const i of d.members) result[i] = new Map(Array.from(best).filter(([outlet]) => outlet !== st[i].outlet));
    for (const v of touched) score[v] = 0;
    touched.length = 0;
  });
  return result;
}
