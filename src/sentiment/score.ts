import { unknownOption } from "../corpus/errors";
import { DOMAIN_ADJUSTMENTS, LexiconAdjustment } from "./domain-adjustments";
import { improvedSentiment } from "./improved";
import { ScoredWord, SentimentResult, summarise } from "./result";
import { plainTokens } from "./tokens";

export type { ScoredWord, SentimentResult } from "./result";

export const SENTIMENT_STRATEGIES = ["improved", "plain"] as const;
export type SentimentStrategy = (typeof SENTIMENT_STRATEGIES)[number];

export interface SentimentOptions {
  /** "improved" (default) or "plain" (the `sentiment` package exactly). */
  strategy?: SentimentStrategy;
  /** Improved only: domain adjustments, true (default: DOMAIN_ADJUSTMENTS), false, or your own list. */
  adjustments?: boolean | readonly LexiconAdjustment[];
  /** Improved only: how many words after a negator it reaches; stops at punctuation or "but". Default 3. */
  negationScope?: number;
  /** Improved only: a negated value becomes -factor * value. Default 0.74 (as VADER). */
  negationFactor?: number;
  /** Improved only: weight words before "but" by 0.5 and after by 1.5 (VADER). Default true. */
  butWeighting?: boolean;
}

/* eslint-disable @typescript-eslint/no-var-requires */
const PLAIN_NEGATORS: Readonly<Record<string, number>> = require("sentiment/languages/en/negators.json");

/** The labels the package scores with (AFINN-165 plus its emoji), as a map; loaded on first use. */
let plainLabels: ReadonlyMap<string, number> | null = null;

/**
 * The `sentiment` package's analysis, reproduced (the tests compare it with the package's): its tokens
 * (plainTokens), each token found in its labels scores the label's value, negated when the token before
 * it is one of its negators. The package's own call spent most of its time on four regular-expression
 * passes, an own-property test per token on a 4,000-key object and an object per scored word. It looks
 * negators up in a plain object, so "constructor" (an Object.prototype name) negates too; that quirk
 * is kept. Words come in text order with offsets -1.
 */
function plain(text: string): SentimentResult {
  if (!plainLabels) plainLabels = new Map(Object.entries(require("sentiment/lib/language-processor").getLabels("en") as Record<string, number>));
  const tokens = plainTokens(text);
  const words: ScoredWord[] = [];
  let score = 0;
  // Last token first, as the package sums.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const base = plainLabels.get(tokens[i]);
    if (base === undefined) continue;
    const value = i > 0 && PLAIN_NEGATORS[tokens[i - 1]] ? -base : base;
    score += value;
    words.push({ word: tokens[i], lexeme: tokens[i], value, base, negated: value !== base, start: -1, end: -1 });
  }
  return summarise(score, score / tokens.length, tokens.length, words.reverse());
}

const NO_ADJUSTMENTS: readonly LexiconAdjustment[] = [];

/**
 * Scores the sentiment of a sentence or any text with AFINN-165 (Nielsen 2011).
 * - "plain": exactly the `sentiment` package (score, comparative and contributing words).
 * - "improved" (default): the same lexicon, never mutated, with straight quotes and apostrophes,
 *   AFINN's multi-word entries, simple lemmas ("tensions" -> "tension", "fears" -> "fear"), negation
 *   reaching up to `negationScope` words after no/not/never/didn't/... until punctuation or "but", flipping the first sentiment word it meets
 *   (flipped and damped by `negationFactor`, as VADER, Hutto & Gilbert 2014), and the reviewed domain
 *   adjustments of domain-adjustments.ts.
 * Empty text scores 0 with no words. Options: strategy "improved", adjustments true, negationScope 3,
 * negationFactor 0.74, butWeighting true.
 */
export function scoreSentiment(text: string, options: SentimentOptions = {}): SentimentResult {
  const { strategy = "improved", adjustments = true, negationScope = 3, negationFactor = 0.74, butWeighting = true } = options;
  if (!(SENTIMENT_STRATEGIES as readonly string[]).includes(strategy)) throw unknownOption("sentiment strategy", strategy, SENTIMENT_STRATEGIES);
  if (strategy === "plain") return plain(text);
  const list = adjustments === true ? DOMAIN_ADJUSTMENTS : adjustments === false ? NO_ADJUSTMENTS : adjustments;
  return improvedSentiment(text, { adjustments: list, negationScope, negationFactor, butWeighting });
}
