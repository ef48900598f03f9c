import { articleSentences } from "../corpus/parse";
import { ParsedArticle, Token } from "../corpus/types";

export interface TermOptions {
  /** n-gram sizes; default [1, 2] (unigrams and bigrams). */
  ngrams?: readonly number[];
  /** Count lemmas ("tensions" -> "tension") rather than word forms; default true. */
  lemmas?: boolean;
  /** Drop stop words (wink's list) from unigrams and bigram ends; default true. */
  dropStopWords?: boolean;
  /** Paragraph roles counted; default headline, subheading and body. */
  roles?: readonly string[];
}

/** The form a token is counted under: its lemma (or lower-cased form); names keep their spelling. */
export function termOf(t: Token, lemmas: boolean): string {
  if (t.pos === "PROPN") return t.norm;
  return lemmas ? t.lemma : t.norm;
}

function countable(t: Token, dropStop: boolean): boolean {
  return t.kind === "word" && /\p{L}/u.test(t.text) && t.norm.length > 1 && !(dropStop && t.stop) && !/^'/.test(t.norm);
}

/**
 * Counts terms in an article: unigrams of content words and bigrams of adjacent content words within a
 * sentence (no punctuation between them). Numbers and punctuation are never terms; stop words are left
 * out by default. Captions are skipped. Returns term -> count; empty article gives an empty map.
 */
export function countTerms(article: ParsedArticle, options: TermOptions = {}): Map<string, number> {
  const { ngrams = [1, 2], lemmas = true, dropStopWords = true, roles = ["headline", "subheading", "body"] } = options;
  for (const n of ngrams) if (n !== 1 && n !== 2) throw new Error(`unknown n-gram size ${JSON.stringify(n)}; expected 1 or 2`);
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const s of articleSentences(article, roles)) {
    let prev: Token | null = null;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = article.tokens[i];
      if (!countable(t, dropStopWords)) {
        prev = null;
        continue;
      }
      if (ngrams.includes(1)) add(termOf(t, lemmas));
      if (ngrams.includes(2) && prev) add(`${termOf(prev, lemmas)} ${termOf(t, lemmas)}`);
      prev = t;
    }
  }
  return counts;
}

/** Term counts and totals per outlet (several articles of one outlet are summed). */
export interface OutletCounts {
  outlet: string;
  counts: Map<string, number>;
  /** Total unigram count (the denominator for rates). */
  total: number;
}

export function countByOutlet(articles: readonly ParsedArticle[], options: TermOptions = {}): OutletCounts[] {
  const byOutlet = new Map<string, OutletCounts>();
  for (const a of articles) {
    const c = countTerms(a, options);
    const o = byOutlet.get(a.outlet) ?? { outlet: a.outlet, counts: new Map<string, number>(), total: 0 };
    for (const [k, v] of c) {
      o.counts.set(k, (o.counts.get(k) ?? 0) + v);
      if (!k.includes(" ")) o.total += v;
    }
    byOutlet.set(a.outlet, o);
  }
  return Array.from(byOutlet.values());
}
