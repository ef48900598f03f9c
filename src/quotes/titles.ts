import { ParsedArticle } from "../corpus/types";
import { paragraphAt, tokenFrom } from "./lookup";
import { MarkedSpan } from "./quote-marks";

// Quoted titles of programmes, books and the like ('told "Morning Joe"', 'his book, "Make Your Kid a
// Millionaire,"'): words in quote marks that nobody said, left out by extractQuotes.

/** Nouns and verbs that name a title after them ('the book "..."', 'a column titled "..."'). */
const TITLE_NOUNS = new Set(["book", "memoir", "song", "show", "film", "movie", "documentary", "program", "programme", "series", "column", "essay", "op-ed", "article", "headline", "album", "play", "titled", "entitled", "dubbed", "hashtag", "slogan",
  "broadcast", "episode", "edition", "segment", "interview", "appearance"]);
/** Prepositions a programme or publication follows ('on "Meet the Press"'); "of" and "about" introduce quoted words as often. */
const TITLE_PREPOSITIONS = new Set(["on", "in", "at", "from", "with", "to", "via"]);
/** Possessive determiners a title may follow ('on his "Harbor Hour" show'). */
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "with", "is", "are", "from"]);

/**
 * A quoted title: at most eight words, every word but the small ones ("of", "the", "and") capitalised, and
 * either alone in its paragraph (a section heading: "'Coal Isn't the Villain.'") or right after a preposition of place or medium ('on "Fox News Sunday"'), after "tell" (its addressee: 'told "Morning Joe"')
 * or after a noun that names a title ('the book, "..."'), a determiner or comma between them allowed.
 */
export function isTitle(article: ParsedArticle, q: MarkedSpan, text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((w) => w !== "");
  if (words.length === 0 || words.length > 8 || !words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)))) return false;
  // "'All Bets Are Off.'" alone on its line: a section heading, not words anyone said.
  const para = paragraphAt(article, q.start);
  if (para && /^[\s\p{P}]*$/u.test(article.text.slice(para.start, q.start) + article.text.slice(q.end, para.end))) return true;
  const tokens = article.tokens;
  let t = tokenFrom(article, q.start - 1) - 1;
  while (t >= 0 && (tokens[t].norm === "," || tokens[t].pos === "DET" || POSSESSIVES.has(tokens[t].norm)) && t > tokenFrom(article, q.start - 1) - 4) t--;
  // 'on CBS's "Face the Nation"': past the owner of a possessive.
  if (t >= 2 && tokens[t].norm === "'s" && tokens[t - 1].pos === "PROPN") t -= 2;
  if (t < 0) return false;
  // 'the broadcast of "Harbor Week,"': "of" after a noun that names a title.
  if (tokens[t].norm === "of" && t > 0 && TITLE_NOUNS.has(tokens[t - 1].norm)) return true;
  const before = tokens[t];
  return (before.pos === "ADP" && TITLE_PREPOSITIONS.has(before.norm)) || before.lemma === "tell" || TITLE_NOUNS.has(before.norm.replace(/s$/, "")) || TITLE_NOUNS.has(before.norm);
}
