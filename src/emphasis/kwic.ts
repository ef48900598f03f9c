import { articleSentences } from "../corpus/parse";
import { ParsedArticle } from "../corpus/types";
import { termOf } from "./terms";

/** One occurrence of a term in context, with offsets into the article text. */
export type Concordance = { outlet: string; articleId: string; sentence: number; start: number; end: number; left: string; match: string; right: string };

/**
 * Keyword in context: every occurrence of `term` (a lemma or lower-cased word, or a two-word phrase of
 * them, as distinctiveTerms reports) with `width` characters either side. Matching is on lemmas and
 * lower-cased forms, so "tension" finds "Tensions". Captions are skipped. No match gives [].
 */
export function kwic(articles: readonly ParsedArticle[], term: string, options: { outlet?: string; width?: number } = {}): Concordance[] {
  const { outlet, width = 60 } = options;
  // wink splits "stand-off" into stand, -, off: match hyphenated terms token by token.
  const parts = term.toLowerCase().trim().split(/\s+/).flatMap((p) => p.split(/(-)/).filter(Boolean));
  const out: Concordance[] = [];
  for (const a of articles) {
    if (outlet && a.outlet !== outlet) continue;
    for (const s of articleSentences(a)) {
      const toks = a.tokens.slice(s.tokenStart, s.tokenEnd);
      for (let i = 0; i + parts.length <= toks.length; i++) {
        const ok = parts.every((p, k) => {
          const t = toks[i + k];
          return t.norm === p || t.lemma === p || termOf(t, true) === p;
        });
        if (!ok) continue;
        const start = toks[i].start;
        const end = toks[i + parts.length - 1].end;
        out.push({
          outlet: a.outlet, articleId: a.id, sentence: s.index, start, end,
          left: a.text.slice(Math.max(s.start, start - width), start), match: a.text.slice(start, end), right: a.text.slice(end, Math.min(s.end, end + width)),
        });
      }
    }
  }
  return out;
}
