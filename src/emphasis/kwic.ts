import { articleSentences } from "../corpus/parse";
import { ParsedArticle } from "../corpus/types";
import { termOf } from "./terms";

/** One occurrence of a term in context, with offsets into the article text. */
export type Concordance = { outlet: string; articleId: string; sentence: number; start: number; end: number; left: string; match: string; right: string };

/**
 * Keyword in context: every occurrence of `term` (a lemma or lower-cased word, or a two-word phrase of
 * them, as distinctiveTerms reports) with `width` (60) characters either side, within the sentence.
 * Matching is on lemmas and lower-cased forms, so "tension" finds "Tensions". Captions are skipped; pass
 * `outlet` to search one outlet. No match gives [].
 */
export function kwic(articles: readonly ParsedArticle[], term: string, options: { outlet?: string; width?: number } = {}): Concordance[] {
  return kwicMany(articles, [term], options).get(term)!;
}

/**
 * `kwic` for several terms in one pass over the corpus: term -> its occurrences (in text order), with an
 * empty list for a term that never occurs.
 */
export function kwicMany(articles: readonly ParsedArticle[], terms: readonly string[], options: { outlet?: string; width?: number } = {}): Map<string, Concordance[]> {
  const { outlet, width = 60 } = options;
  const out = new Map<string, Concordance[]>(terms.map((t) => [t, []]));
  // wink splits "stand-off" into stand, -, off: match hyphenated terms token by token. Index by first part.
  const byFirst = new Map<string, Array<{ term: string; parts: string[] }>>();
  for (const term of terms) {
    const parts = term.toLowerCase().trim().split(/\s+/).flatMap((p) => p.split(/(-)/).filter(Boolean));
    if (parts.length === 0) continue;
    const list = byFirst.get(parts[0]) ?? [];
    list.push({ term, parts });
    byFirst.set(parts[0], list);
  }
  const forms = (a: ParsedArticle, i: number) => {
    const t = a.tokens[i];
    return [t.norm, t.lemma, termOf(t, true)];
  };
  for (const a of articles) {
    if (outlet && a.outlet !== outlet) continue;
    for (const s of articleSentences(a)) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        // Most tokens start no term: two lookups instead of the forms' array and a Set (termOf is one of
        // norm and lemma).
        if (!byFirst.has(a.tokens[i].norm) && !byFirst.has(a.tokens[i].lemma)) continue;
        const seen = new Set<string>();
        for (const f of forms(a, i)) {
          for (const cand of byFirst.get(f) ?? []) {
            if (seen.has(cand.term) || i + cand.parts.length > s.tokenEnd) continue;
            if (!cand.parts.every((p, k) => forms(a, i + k).includes(p))) continue;
            seen.add(cand.term);
            const start = a.tokens[i].start;
            const end = a.tokens[i + cand.parts.length - 1].end;
            out.get(cand.term)!.push({
              outlet: a.outlet, articleId: a.id, sentence: s.index, start, end,
              left: a.text.slice(Math.max(s.start, start - width), start), match: a.text.slice(start, end), right: a.text.slice(end, Math.min(s.end, end + width)),
            });
          }
        }
      }
    }
  }
  return out;
}
