import { normalizeChars } from "../corpus/normalize";

/** A word or a clause break found by the sentiment tokenizer, with offsets into the input text. */
export interface SentimentToken {
  text: string;
  start: number;
  end: number;
  /** True for punctuation that ends a negation's scope (, . ; : ! ? and dashes). */
  boundary: boolean;
}

/** A word (group 1: it always holds a letter or digit) or a clause break (never does). */
const TOKEN = /([\p{L}\p{N}]+(?:'[\p{L}]+|-[\p{L}\p{N}]+)*)|[,.;:!?]|\s-\s/gu;

/**
 * Lower-cased words (keeping inner apostrophes and hyphens: "don't", "de-escalate") and clause
 * punctuation, on the normalised text, so curly quotes and apostrophes never stick to words (the
 * `sentiment` package keeps them: `"peace` and `don't` with a curly apostrophe miss). Offsets are into
 * `text`.
 */
export function sentimentTokens(text: string): SentimentToken[] {
  // Match on the normalised text and lower-case each word alone: lower-casing the whole text first would
  // shift every later offset after a letter whose lower case is longer ("İ" -> "i̇").
  const norm = normalizeChars(text);
  const out: SentimentToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m; m = TOKEN.exec(norm)) {
    const boundary = m[1] === undefined;
    out.push({ text: boundary ? m[0].trim() : m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, boundary });
  }
  return out;
}
