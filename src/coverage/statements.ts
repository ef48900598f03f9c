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
  const df = new Map<string, number>();
  let n = 0;
  for (const p of parts)
    for (const s of p.statements) {
      n++;
      for (const [k] of s.tf) df.set(k, (df.get(k) ?? 0) + 1);
    }
  const out: Statement[] = [];
  for (const p of parts)
    for (const s of p.statements) {
      const vector = new Map<string, number>();
      let sq = 0;
      for (const [k, c] of s.tf) {
        const w = c * (Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1);
        vector.set(k, w);
        sq += w * w;
      }
      out.push({ outlet: p.outlet, articleId: p.articleId, sentence: s.sentence, start: s.start, end: s.end, text: s.text, vector, norm: Math.sqrt(sq) });
    }
  return out;
}
