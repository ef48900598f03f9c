/** One word (or AFINN phrase) that contributed to a score. */
export interface ScoredWord {
  /** As matched, lower-case ("tensions", "not good"). */
  word: string;
  /** The lexicon entry used ("tension" for "tensions"). */
  lexeme: string;
  /** Contribution to the score, after negation. */
  value: number;
  /** The lexicon value before negation. */
  base: number;
  negated: boolean;
  /** Offsets into the scored text; -1 with the plain strategy, which does not track them. */
  start: number;
  end: number;
}

export interface SentimentResult {
  /** Sum of contributions. */
  score: number;
  /** score / number of word tokens (as the `sentiment` package defines it); 0 for no tokens. */
  comparative: number;
  /** Number of word tokens. */
  tokens: number;
  words: ScoredWord[];
  /**
   * score / sqrt(score^2 + 15): the score squashed into (-1, 1) as VADER normalises its sum, so long
   * sentences do not dominate; correlates best with human ratings (README, Methods).
   */
  compound: number;
  /** Sum of positive contributions. */
  positive: number;
  /** Sum of negative contributions (a negative number or 0). */
  negative: number;
}

/** The result for a score, its per-token mean and its contributing words: adds compound, positive and negative. */
export function summarise(score: number, comparative: number, tokens: number, words: ScoredWord[]): SentimentResult {
  let positive = 0;
  let negative = 0;
  for (const w of words) {
    if (w.value > 0) positive += w.value;
    else negative += w.value;
  }
  return { score, comparative, compound: score === 0 ? 0 : score / Math.sqrt(score * score + 15), tokens, words, positive, negative };
}
