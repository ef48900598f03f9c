import { findActorMentions } from "../actors/mentions";
import { defaultActorRegistry } from "../actors/registry";
import { ActorRegistry, Side } from "../actors/types";
import { articleSentences } from "../corpus/parse";
import { ParsedArticle, Sentence, Span } from "../corpus/types";
import { ScoredWord, SentimentOptions, scoreSentiment } from "./score";
import { vaderCompound } from "./vader";

export const VOICES = ["narration", "quote"] as const;
export type Voice = (typeof VOICES)[number];

/** One scored sentence with the evidence behind its score. */
export type SentenceSentiment = {
  articleId: string;
  outlet: string;
  /** Sentence index in the article (article.sentences[index]). */
  index: number;
  /** Position along the article: 0 first sentence, 1 last. */
  position: number;
  role: Sentence["role"];
  /** True for sentences of the lead (first body paragraph). */
  lead: boolean;
  voice: Voice;
  score: number;
  comparative: number;
  compound: number;
  /** VADER compound score of the same sentence, as a second opinion. */
  vader: number;
  /** Word tokens the lexicon saw, and how many carried a positive or negative value. */
  words: number;
  positiveWords: number;
  negativeWords: number;
  /** Sides whose actors the sentence names (from the actor registry). */
  sides: Side[];
  /** Registry ids of the actors the sentence names, in order of first mention. */
  actors: string[];
  start: number;
  end: number;
  text: string;
  contributors: ScoredWord[];
};

export interface SentenceSentimentOptions extends SentimentOptions {
  /**
   * Quoted spans per article id (e.g. from extractQuotes). Default: text between double quote marks
   * (straight or curly), found in each paragraph.
   */
  quoteSpans?: ReadonlyMap<string, readonly Span[]>;
  /** A sentence is quoted voice when at least this share of its characters is inside quotes. Default 0.5. */
  quoteShare?: number;
  /** Actor registry for the sides each sentence names; default the seeds' registry. */
  registry?: ActorRegistry;
  /** Paragraph roles scored; default headline, subheading, body (captions left out). */
  roles?: readonly Sentence["role"][];
}

/**
 * Spans between double quote marks in each paragraph (normalised text, so curly and straight marks
 * both count). An unbalanced last mark quotes to the end of its paragraph only, never beyond.
 */
export function quoteMarkSpans(article: ParsedArticle): Span[] {
  const spans: Span[] = [];
  for (const p of article.paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      if (article.norm[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        spans.push({ start: open + 1, end: i });
        open = -1;
      }
    }
    if (open >= 0) spans.push({ start: open + 1, end: p.end });
  }
  return spans;
}

function insideShare(s: Span, spans: readonly Span[]): number {
  let inside = 0;
  for (const q of spans) inside += Math.max(0, Math.min(s.end, q.end) - Math.max(s.start, q.start));
  return s.end > s.start ? inside / (s.end - s.start) : 0;
}

/**
 * Scores every sentence of the articles (captions left out by default) and says whose voice it is
 * (narration or quote) and which sides it names. Empty input gives [].
 * Options: the scoreSentiment options (strategy "improved" by default), quoteSpans (default: quote
 * marks), quoteShare 0.5, registry (seeds/actors.json), roles (headline, subheading, body).
 */
export function sentenceSentiments(articles: readonly ParsedArticle[], options: SentenceSentimentOptions = {}): SentenceSentiment[] {
  const { quoteSpans, quoteShare = 0.5, registry = defaultActorRegistry(), roles = ["headline", "subheading", "body"], ...scoring } = options;
  const out: SentenceSentiment[] = [];
  for (const a of articles) {
    const spans = quoteSpans?.get(a.id) ?? quoteMarkSpans(a);
    const sides = new Map<number, Set<Side>>();
    const actors = new Map<number, Set<string>>();
    for (const m of findActorMentions(a, registry, { roles })) {
      const set = sides.get(m.sentence) ?? new Set<Side>();
      set.add(m.side);
      sides.set(m.sentence, set);
      const named = actors.get(m.sentence) ?? new Set<string>();
      named.add(m.actorId);
      actors.set(m.sentence, named);
    }
    const lead = a.paragraphs.find((p) => p.role === "body");
    const kept = articleSentences(a, roles);
    kept.forEach((s, k) => {
      const r = scoreSentiment(s.text, scoring);
      out.push({
        articleId: a.id,
        outlet: a.outlet,
        index: s.index,
        position: kept.length > 1 ? k / (kept.length - 1) : 0,
        role: s.role,
        lead: lead !== undefined && s.paragraph === lead.index,
        voice: insideShare(s, spans) >= quoteShare ? "quote" : "narration",
        score: r.score,
        comparative: r.comparative,
        compound: r.compound,
        vader: vaderCompound(s.text),
        words: r.tokens,
        positiveWords: r.words.filter((w) => w.value > 0).length,
        negativeWords: r.words.filter((w) => w.value < 0).length,
        sides: Array.from(sides.get(s.index) ?? []),
        actors: Array.from(actors.get(s.index) ?? []),
        start: s.start,
        end: s.end,
        text: s.text,
        contributors: r.words.map((w) => (w.start < 0 ? w : { ...w, start: w.start + s.start, end: w.end + s.start })),
      });
    });
  }
  return out;
}

/**
 * Sum and count of sentence scores per outlet under the given scoring options (e.g. strategy "plain"),
 * over the same sentences sentenceSentiments scores, summed in sentence order: the mergeable part of a
 * mean (add sums and counts across articles, then divide). Outlets with no scored sentence are left out.
 */
export function outletScoreSums(articles: readonly ParsedArticle[], options: SentimentOptions & Pick<SentenceSentimentOptions, "roles"> = {}): Map<string, { sum: number; n: number }> {
  const { roles, ...scoring } = options; // roles: articleSentences' default (headline, subheading, body)
  const sums = new Map<string, { sum: number; n: number }>();
  for (const a of articles) {
    for (const s of articleSentences(a, roles)) {
      const acc = sums.get(a.outlet) ?? { sum: 0, n: 0 };
      acc.sum += scoreSentiment(s.text, scoring).score;
      acc.n++;
      sums.set(a.outlet, acc);
    }
  }
  return sums;
}

/**
 * Mean sentence score per outlet under the given scoring options (e.g. strategy "plain"), over the same
 * sentences sentenceSentiments scores, summed in the same order, so each mean equals outletSentiment's
 * `mean` for those options; without VADER, voices, sides or intervals, for the lexicon comparison.
 * Outlets with no scored sentence are left out; empty input gives an empty map. Options: the
 * scoreSentiment options, roles (headline, subheading, body).
 */
export function outletMeanScores(articles: readonly ParsedArticle[], options: SentimentOptions & Pick<SentenceSentimentOptions, "roles"> = {}): Map<string, number> {
  return meansFromSums(outletScoreSums(articles, options));
}

/**
 * Means per key from (key, sum and count) pairs, adding up pairs that share a key first (e.g. one pair
 * per article record); keys in first-seen order, keys with no count left out.
 */
export function meansFromSums(parts: Iterable<readonly [string, { sum: number; n: number }]>): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const [key, { sum, n }] of parts) {
    if (n === 0) continue;
    const acc = sums.get(key) ?? { sum: 0, n: 0 };
    acc.sum += sum;
    acc.n += n;
    sums.set(key, acc);
  }
  return new Map(Array.from(sums, ([key, { sum, n }]) => [key, sum / n]));
}
