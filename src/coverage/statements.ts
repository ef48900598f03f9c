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
 * A statement as a fact keeps it once the alignment is done: where it is and what it says, with the number
 * of distinct content words of its vector (`words`) instead of the vector itself. The vectors (a Map per
 * statement) are only needed to align; a fact that kept them held about 600 bytes more per statement, which
 * with 138,000 statements (8,000 articles) was 80 MB at the coverage step's peak.
 */
export type FactStatement = Omit<Statement, "vector" | "norm"> & { words: number };

/** The FactStatement of a statement. */
export function factStatement(s: Statement): FactStatement {
  return { outlet: s.outlet, articleId: s.articleId, sentence: s.sentence, start: s.start, end: s.end, text: s.text, words: s.vector.size };
}

/** One statement of a CoveragePart: where it is, what it says, and its content-word lemma counts. */
export type StatementPart = { sentence: number; start: number; end: number; text: string; tf: Array<[string, number]> };

/**
 * Everything coverage needs from one article, as a compact record (structured-clone and JSON safe): its
 * statements (sentences of the given roles with at least one content word), each with term counts in
 * order of first occurrence. The TF-IDF weights need every statement, so they are the second pass
 * (statementVectorsFromParts).
 */
export type CoveragePart = { articleId: string; outlet: string; statements: StatementPart[] };

/**
 * The per-article part of coverage (the map step): content-word lemmas (words of 3+ characters with a
 * letter, stop words left out) counted per sentence of `roles` (default headline and body). Sentences
 * without a content word are left out; an empty article gives no statements.
 */
export function coveragePart(article: ParsedArticle, roles: readonly string[] = ["headline", "body"]): CoveragePart {
  const statements: StatementPart[] = [];
  for (const s of articleSentences(article, roles)) {
    const tf = new Map<string, number>();
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = article.tokens[i];
      if (t.kind !== "word" || t.stop || t.norm.length < 3 || !/\p{L}/u.test(t.norm)) continue;
      const k = termOf(t, true);
      tf.set(k, (tf.get(k) ?? 0) + 1);
    }
    if (tf.size > 0) statements.push({ sentence: s.index, start: s.start, end: s.end, text: s.text, tf: Array.from(tf) });
  }
  return { articleId: article.id, outlet: article.outlet, statements };
}

/**
 * Content-word lemma vectors of every statement, weighted by TF-IDF over all statements (smoothed idf
 * ln((N+1)/(df+1)) + 1), so shared names and rare words count more than common ones. Same as
 * statementVectorsFromParts on each article's coveragePart.
 */
export function statementVectors(articles: readonly ParsedArticle[], roles: readonly string[] = ["headline", "body"]): Statement[] {
  return statementVectorsFromParts(articles.map((a) => coveragePart(a, roles)));
}

/**
 * The TF-IDF statement vectors of statementVectors from per-article parts (the second pass: document
 * frequencies are counted over every statement of every part, so weights depend on which parts are given,
 * not on their order). Statements come in the parts' order. No parts gives [].
 */
export function statementVectorsFromParts(parts: readonly Pick<CoveragePart, "articleId" | "outlet" | "statements">[]): Statement[] {
  return statementIndexFromParts(parts).st;
}

/**
 * The statements of statementVectorsFromParts with each vector also as term ids (numbered in order of
 * first appearance, `termCount` in all) and weights, in the vector's order, all in two flat arrays:
 * statement i's are termIds and termWeights from termStart[i] to termStart[i + 1]. What the alignment
 * works on (see matchStatements), so it never looks a term up by its string.
 */
export interface StatementIndex {
  st: Statement[];
  termStart: Int32Array;
  termIds: Int32Array;
  termWeights: Float64Array;
  termCount: number;
}

/** statementVectorsFromParts with the vectors also as term ids and weights (see StatementIndex). */
export function statementIndexFromParts(parts: readonly Pick<CoveragePart, "articleId" | "outlet" | "statements">[]): StatementIndex {
  const ids = new Map<string, number>();
  const df: number[] = [];
  let n = 0;
  let pairs = 0;
  for (const p of parts) for (const s of p.statements) pairs += s.tf.length;
  // Each pair's term id, in the order the second loop reads them back.
  const flat = new Int32Array(pairs);
  let f = 0;
  for (const p of parts)
    for (const s of p.statements) {
      n++;
      for (const [k] of s.tf) {
        let id = ids.get(k);
        if (id === undefined) ids.set(k, (id = df.push(0) - 1));
        df[id]++;
        flat[f++] = id;
      }
    }
  // c * idf is the same double as c * (Math.log(...) + 1) computed per pair.
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const st: Statement[] = [];
  const termStart = new Int32Array(n + 1);
  const termIds = new Int32Array(pairs);
  const termWeights = new Float64Array(pairs);
  let g = 0;
  f = 0;
  for (const p of parts)
    for (const s of p.statements) {
      const vector = new Map<string, number>();
      let sq = 0;
      for (let q = 0; q < s.tf.length; q++) {
        const id = flat[f++];
        const w = s.tf[q][1] * idf[id];
        vector.set(s.tf[q][0], w);
        (termIds[g + q] = id), (termWeights[g + q] = w);
        sq += w * w;
      }
      // A part with a term twice (not one coveragePart makes) has a shorter vector: ids and weights follow the vector.
      if (vector.size !== s.tf.length) {
        let q = g;
        for (const [k, w] of vector) (termIds[q] = ids.get(k)!), (termWeights[q++] = w);
      }
      g += vector.size;
      termStart[st.length + 1] = g;
      st.push({ outlet: p.outlet, articleId: p.articleId, sentence: s.sentence, start: s.start, end: s.end, text: s.text, vector, norm: Math.sqrt(sq) });
    }
  return { st, termStart, termIds: termIds.subarray(0, g), termWeights: termWeights.subarray(0, g), termCount: df.length };
}
