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

export interface AlignOptions {
  /** Cosine similarity at which two statements are the same fact; default 0.3. */
  threshold?: number;
  /** Paragraph roles aligned; default headline and body. */
  roles?: readonly string[];
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
  if (!a.norm || !b.norm) return 0;
  const [small, big] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [k, v] of small) dot += v * (big.get(k) ?? 0);
  return dot / (a.norm * b.norm);
}

/** A fact: statements from one or more outlets that say the same thing. */
export type Fact = { id: number; label: string; outlets: string[]; statements: Statement[]; cohesion: number };

/**
 * For every statement, its most similar statement in each other outlet. Dot products are accumulated
 * through an inverted index over the statement's rarer terms (those in at most `maxShare` of all
 * statements, or 20), so the work grows with the overlap between statements rather than with the square
 * of their number; the best few candidates per outlet then get their exact cosine on all terms.
 */
export function bestMatches(st: readonly Statement[], maxShare = 0.05, perOutlet = 3): Array<Map<string, { j: number; sim: number }>> {
  const postings = new Map<string, Array<[number, number]>>();
  st.forEach((s, i) => {
    for (const [k, w] of s.vector) {
      const list = postings.get(k) ?? [];
      list.push([i, w]);
      postings.set(k, list);
    }
  });
  const cap = Math.max(20, Math.floor(maxShare * st.length));
  const score = new Float64Array(st.length);
  const touched: number[] = [];
  return st.map((s, i) => {
    for (const [k, w] of s.vector) {
      const list = postings.get(k)!;
      if (list.length > cap) continue;
      for (const [j, v] of list) {
        if (j === i || st[j].outlet === s.outlet) continue;
        if (score[j] === 0) touched.push(j);
        score[j] += w * v;
      }
    }
    // The best `perOutlet` candidates of each outlet by dot product, kept by insertion (no full sort).
    const top = new Map<string, number[]>();
    for (const j of touched) {
      const list = top.get(st[j].outlet) ?? [];
      if (list.length < perOutlet || score[j] > score[list[list.length - 1]]) {
        list.push(j);
        list.sort((a, b) => score[b] - score[a] || a - b);
        if (list.length > perOutlet) list.pop();
      }
      top.set(st[j].outlet, list);
    }
    const best = new Map<string, { j: number; sim: number }>();
    for (const [outlet, list] of top) {
      for (const j of list) {
        const sim = cosine(s, st[j]);
        const cur = best.get(outlet);
        if (!cur || sim > cur.sim || (sim === cur.sim && j < cur.j)) best.set(outlet, { j, sim });
      }
    }
    for (const j of touched) score[j] = 0;
    touched.length = 0;
    return best;
  });
}

/**
 * Aligns statements across outlets into facts: each statement is linked to its most similar statement in
 * every other outlet when their cosine reaches `threshold` and the two are each other's best match
 * (mutual best, which keeps chains from merging unrelated facts); linked statements form a fact. A fact
 * told by one outlet only is what the others leave out. Facts come sorted by the number of outlets, then
 * by position. Empty input gives [].
 */
export function alignStatements(articles: readonly ParsedArticle[], options: AlignOptions = {}): Fact[] {
  const { threshold = 0.3, roles = ["headline", "body"] } = options;
  const st = statementVectors(articles, roles);
  const parent = st.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const best = bestMatches(st);
  st.forEach((s, i) => {
    for (const { j, sim } of best[i].values()) {
      if (sim >= threshold && best[j].get(s.outlet)?.j === i) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  st.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r) ?? [];
    list.push(i);
    groups.set(r, list);
  });
  const facts = Array.from(groups.values()).map((idx) => {
    const members = idx.map((i) => st[i]);
    let label = members[0];
    let cohesion = 1;
    if (members.length > 1 && members.length <= 200) {
      const avg = members.map((m) => members.reduce((sum, o) => (o === m ? sum : sum + cosine(m, o)), 0) / (members.length - 1));
      const k = avg.indexOf(Math.max(...avg));
      label = members[k];
      cohesion = avg.reduce((a, b) => a + b, 0) / avg.length;
    }
    return { id: 0, label: label.text, outlets: Array.from(new Set(members.map((m) => m.outlet))), statements: members, cohesion };
  });
  facts.sort((a, b) => b.outlets.length - a.outlets.length || a.statements[0].start - b.statements[0].start);
  facts.forEach((f, i) => (f.id = i + 1));
  return facts;
}

/** Outlet-by-outlet similarity: mean over A's statements of the best cosine in B (0 when none shares a term), averaged both ways. */
export function outletSimilarity(articles: readonly ParsedArticle[], roles: readonly string[] = ["headline", "body"]): { outlets: string[]; matrix: number[][] } {
  const st = statementVectors(articles, roles);
  const outlets = Array.from(new Set(st.map((s) => s.outlet)));
  const best = bestMatches(st);
  const directed = (a: string, b: string) => {
    const idx = st.map((s, i) => (s.outlet === a ? i : -1)).filter((i) => i >= 0);
    return idx.length ? idx.reduce((sum, i) => sum + (best[i].get(b)?.sim ?? 0), 0) / idx.length : 0;
  };
  const matrix = outlets.map((a) => outlets.map((b) => (a === b ? 1 : (directed(a, b) + directed(b, a)) / 2)));
  return { outlets, matrix };
}
