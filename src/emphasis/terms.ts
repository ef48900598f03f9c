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

/** Whether `text` holds a letter (\p{L}); the usual ASCII word needs no regular expression. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c >= 0x80) return /\p{L}/u.test(text);
  }
  return false;
}

/** A word with a letter, longer than one character, not a stop word (when dropped), not starting with '. */
function countable(t: Token, dropStop: boolean): boolean {
  return t.kind === "word" && t.norm.length > 1 && !(dropStop && t.stop) && t.norm[0] !== "'" && hasLetter(t.text);
}

/**
 * Counts terms in an article: unigrams of content words and bigrams of adjacent content words within a
 * sentence (no punctuation between them). Numbers and punctuation are never terms; stop words are left
 * out by default. Captions are skipped. Returns term -> count; empty article gives an empty map.
 */
export function countTerms(article: ParsedArticle, options: TermOptions = {}): Map<string, number> {
  const { ngrams, lemmas, dropStopWords, roles } = resolveTermOptions(options);
  const unigrams = ngrams.includes(1);
  const bigrams = ngrams.includes(2);
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const s of articleSentences(article, roles)) {
    let prev: string | null = null; // the previous token's term while it was countable
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = article.tokens[i];
      if (!countable(t, dropStopWords)) {
        prev = null;
        continue;
      }
      const term = termOf(t, lemmas);
      if (unigrams) add(term);
      if (bigrams && prev !== null) add(`${prev} ${term}`);
      prev = term;
    }
  }
  return counts;
}

/** TermOptions with every default filled in (plain arrays, so a part that carries them stays cloneable). */
export type ResolvedTermOptions = { ngrams: number[]; lemmas: boolean; dropStopWords: boolean; roles: string[] };

/** Fills in TermOptions' defaults; throws for an n-gram size other than 1 or 2. */
export function resolveTermOptions(options: TermOptions = {}): ResolvedTermOptions {
  const { ngrams = [1, 2], lemmas = true, dropStopWords = true, roles = ["headline", "subheading", "body"] } = options;
  for (const n of ngrams) if (n !== 1 && n !== 2) throw new Error(`unknown n-gram size ${JSON.stringify(n)}; expected 1 or 2`);
  return { ngrams: [...ngrams], lemmas, dropStopWords, roles: [...roles] };
}

/**
 * One article's term counts as a compact record: `terms` holds countTerms' [term, count] pairs in order
 * of first occurrence, `termOptions` the options they were counted with (so counts made differently are
 * never merged). An empty article gives no pairs.
 */
export type TermCountsPart = { articleId: string; outlet: string; termOptions: ResolvedTermOptions; terms: Array<[string, number]> };

/** The term-count part of one article (see TermCountsPart); options as countTerms. */
export function termCountsPart(article: ParsedArticle, options: TermOptions = {}): TermCountsPart {
  const termOptions = resolveTermOptions(options);
  return { articleId: article.id, outlet: article.outlet, termOptions, terms: Array.from(countTerms(article, termOptions)) };
}

/**
 * Checks that every part was counted with the same term options and returns them (null for no parts);
 * `what` names the caller in the error.
 */
export function sameTermOptions(parts: readonly Pick<TermCountsPart, "articleId" | "termOptions">[], what: string): ResolvedTermOptions | null {
  if (parts.length === 0) return null;
  const first = JSON.stringify(parts[0].termOptions);
  for (const p of parts) {
    const here = JSON.stringify(p.termOptions);
    if (here !== first) throw new Error(`${what}: article "${p.articleId}" was counted with term options ${here}, article "${parts[0].articleId}" with ${first}; make every part with the same \`terms\` options`);
  }
  return parts[0].termOptions;
}

/** Term counts and totals per outlet (several articles of one outlet are summed). */
export interface OutletCounts {
  outlet: string;
  counts: Map<string, number>;
  /** Total unigram count (the denominator for rates). */
  total: number;
}

/**
 * Sums articles' term counts per outlet, outlets in order of first appearance. Empty input gives [].
 * Same as countByOutletFromParts on each article's termCountsPart.
 */
export function countByOutlet(articles: readonly ParsedArticle[], options: TermOptions = {}): OutletCounts[] {
  return countByOutletFromParts(articles.map((a) => termCountsPart(a, options)));
}

/**
 * Merges term-count parts per outlet: counts add up, so any grouping of the parts gives the same sums.
 * Outlets, and terms within an outlet, come in order of first appearance in `parts`. No parts gives [].
 */
export function countByOutletFromParts(parts: readonly Pick<TermCountsPart, "outlet" | "terms">[]): OutletCounts[] {
  const byOutlet = new Map<string, OutletCounts>();
  for (const p of parts) {
    const o = byOutlet.get(p.outlet) ?? { outlet: p.outlet, counts: new Map<string, number>(), total: 0 };
    for (const [k, v] of p.terms) {
      o.counts.set(k, (o.counts.get(k) ?? 0) + v);
      if (!k.includes(" ")) o.total += v;
    }
    byOutlet.set(p.outlet, o);
  }
  return Array.from(byOutlet.values());
}
