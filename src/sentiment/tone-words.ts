import { ParsedArticle, Sentence, Span } from "../corpus/types";
import { SentimentStrategy, scoreSentiment } from "./score";

/** One sentiment word behind a tone evidence score. Offsets point into the article text. */
export interface ToneWord extends Span {
  word: string;
  /** The word's value in the sentence (after negation, boosters, "but"). */
  value: number;
  /** Its nearness weight: 2^-(d-1)/halfLife (0 beyond the window); 1 for the target's own words. */
  weight: number;
}

/** One sentence's part of a tone: what it says about the target, or the target's own words in it. */
export interface ToneEvidence {
  articleId: string;
  /** Sentence index (article.sentences[sentence]). */
  sentence: number;
  /** "about": said about the target; "own": the target's quotes. A sentence can give one of each. */
  kind: "about" | "own";
  /** How the sentence was tied to the target: it names it, a he/she after a mention, or a quote by it. */
  via: "name" | "pronoun" | "quote";
  /** The sentence's span and text. */
  start: number;
  end: number;
  text: string;
  /** The first mention of the target in the sentence (or the pronoun); null for own words in a sentence not naming it. */
  mention: (Span & { text: string }) | null;
  /** Weighted sum of the words' values, squashed when the scale is "compound". */
  score: number;
  /** The evidence's weight in the means (1, or pronounWeight for a pronoun sentence). */
  weight: number;
  words: ToneWord[];
}

/** toneToward's scoring settings, defaults already applied. */
export interface ToneSentenceSettings {
  strategy: SentimentStrategy;
  halfLife: number;
  window: number;
  scale: "compound" | "sum";
  weight: number;
  via: "name" | "pronoun";
  /** Spans whose words count nowhere (other people's quotes, when toneToward's othersQuotes is false). */
  skipped: readonly Span[];
}

/** Index of the token holding character offset `at` (the last token starting at or before it). */
function tokenAt(article: ParsedArticle, at: number): number {
  let lo = 0;
  let hi = article.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (article.tokens[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start offsets of the plain strategy's words (which come without offsets), found in order among the sentence's tokens; -1 when not found. */
function placePlainWords(article: ParsedArticle, s: Sentence, words: readonly string[]): number[] {
  const out: number[] = [];
  let t = s.tokenStart;
  for (const w of words) {
    let found = -1;
    for (let k = t; k < s.tokenEnd; k++) {
      if (article.tokens[k].norm.replace(/[^\p{L}\p{N}]/gu, "") === w.replace(/[^\p{L}\p{N}]/gu, "")) {
        found = k;
        break;
      }
    }
    out.push(found >= 0 ? article.tokens[found].start : -1);
    if (found >= 0) t = found + 1;
  }
  return out;
}

const inside = (at: number, spans: readonly Span[]) => spans.some((q) => at >= q.start && at < q.end);
const squash = (x: number, scale: "compound" | "sum") => (scale === "sum" || x === 0 ? x : x / Math.sqrt(x * x + 15));
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Scores one sentence for toneToward: its "about" evidence (when `mentions` is not empty) from the words
 * outside the target's quotes and mentions, each weighted by its token distance to the nearest mention,
 * and its "own" evidence (when `own` spans overlap it) from the words inside those quotes, unweighted.
 * A word the plain strategy gives without a position, and cannot be found among the tokens, weighs 1.
 */
export function scoreToneSentence(article: ParsedArticle, s: Sentence, mentions: readonly Span[], own: readonly Span[], settings: ToneSentenceSettings): ToneEvidence[] {
  const result = scoreSentiment(s.text, { strategy: settings.strategy });
  const plainStarts = settings.strategy === "plain" ? placePlainWords(article, s, result.words.map((w) => w.word)) : null;
  const mentionTokens = mentions.map((m) => [tokenAt(article, m.start), tokenAt(article, m.end - 1)] as const);
  const aboutWords: ToneWord[] = [];
  const ownWords: ToneWord[] = [];
  result.words.forEach((w, i) => {
    const start = plainStarts ? plainStarts[i] : s.start + w.start;
    const end = plainStarts ? (start < 0 ? -1 : start + w.word.length) : s.start + w.end;
    if (start >= 0 && inside(start, own)) {
      ownWords.push({ word: w.word, value: w.value, weight: 1, start, end });
      return;
    }
    if (mentions.length === 0 || (start >= 0 && (inside(start, mentions) || inside(start, settings.skipped)))) return;
    let weight = 1;
    if (start >= 0) {
      const t = tokenAt(article, start);
      let d = Infinity;
      for (const [a, b] of mentionTokens) d = Math.min(d, t < a ? a - t : t > b ? t - b : 0);
      weight = d > settings.window ? 0 : settings.halfLife === Infinity ? 1 : Math.pow(2, -Math.max(0, d - 1) / settings.halfLife);
    }
    aboutWords.push({ word: w.word, value: w.value, weight: round(weight), start, end });
  });
  const base = { articleId: article.id, sentence: s.index, start: s.start, end: s.end, text: s.text };
  const out: ToneEvidence[] = [];
  // In a sentence holding the target's quote, narration with no sentiment word is only the attribution
  // ("..., Mr. X said"): it says nothing about the target and is not counted as a neutral sentence.
  if (mentions.length > 0 && !(own.length > 0 && aboutWords.length === 0)) {
    const m = mentions[0];
    const sum = aboutWords.reduce((acc, w) => acc + w.value * w.weight, 0);
    out.push({ ...base, kind: "about", via: settings.via, mention: { start: m.start, end: m.end, text: article.text.slice(m.start, m.end) }, score: round(squash(sum, settings.scale)), weight: settings.weight, words: aboutWords });
  }
  if (own.length > 0) {
    const sum = ownWords.reduce((acc, w) => acc + w.value, 0);
    const m = mentions[0];
    const mention = m && settings.via === "name" ? { start: m.start, end: m.end, text: article.text.slice(m.start, m.end) } : null;
    out.push({ ...base, kind: "own", via: "quote", mention, score: round(squash(sum, settings.scale)), weight: 1, words: ownWords });
  }
  return out;
}
