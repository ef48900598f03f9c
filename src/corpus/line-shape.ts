import { ParagraphRole } from "./types";
import { wordCount } from "./white-space";

/**
 * What a line's shape says about it, for the cleaner: how many sentences it holds, and its layout role
 * (subheading, caption or body) by punctuation, length and position marks.
 */

const TERMINAL = /([.!?…]["')\]]*|["])\s*$/;
const SUBHEADING_MAX_WORDS = 7;
const QUESTION_SUBHEADING_MAX_WORDS = 12;
/** The longest line taken for a caption; longer unpunctuated text is body (a caption is one short line). */
export const CAPTION_MAX_WORDS = 40;
const POSITION_MARK = /\((?:left|right|centre|center|top|bottom|above|below)\)/i;
const PICTURED_MARK = /\((?:pictured|inset)\)/i;
/**
 * A line ending in `:` `,` `;` goes on (a quote or list follows), and one starting in lower case carries
 * on from the line before: body text, never a caption or subheading.
 */
const CONTINUES = /[:,;]\s*$|^\s*["'(]?[a-z]/;
/** A full stop ending a sentence inside the line (not after Mrs, Sen, Jan, U.S., ...). */
const INNER_STOP = /(?:^|\s)(?!(?:Mrs|Ms|Sen|Gov|Rep|Gen|Dr|Prof|Rev|St|Jr|Sr|Inc|Corp|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[.])[\w'-]*(?:[a-z]{2}|\d)[.!]["')\]]*\s+["']?[A-Z]/;
const INNER_STOPS = new RegExp(INNER_STOP.source, "g");

/** Sentences in `s` by full stops alone (0 for blank text); enough to tell a caption from a paragraph. */
export function sentenceCount(s: string): number {
  return s.trim() === "" ? 0 : 1 + (s.match(INNER_STOPS)?.length ?? 0);
}

/**
 * Role of a line by its shape. Caption and subheading need positive evidence; anything else is body.
 * Caption evidence: the line follows a removed picture credit or video prompt, names a position
 * (`(left)`), or is a short unpunctuated line; in every case it must be one sentence of at most 40 words
 * (and, by shape alone, hold no double quote: a quote with its attribution is body).
 */
export function roleOf(s: string, afterCredit: boolean): ParagraphRole {
  const words = wordCount(s);
  const ends = TERMINAL.test(s);
  if (afterCredit && !ends && words <= CAPTION_MAX_WORDS) return "caption";
  if ((POSITION_MARK.test(s) || (!ends && PICTURED_MARK.test(s))) && captionSized(s, words)) return "caption";
  if (ends) return /\?\s*$/.test(s) && words <= QUESTION_SUBHEADING_MAX_WORDS && !s.includes('"') ? "subheading" : "body";
  if (CONTINUES.test(s)) return "body";
  if (words <= SUBHEADING_MAX_WORDS) return "subheading";
  return captionSized(s, words) ? "caption" : "body";
}

/**
 * One sentence of at most 40 words without a double quote: a caption's size. roleOf asks only where the
 * answer decides the role, since INNER_STOP is its slowest test and most lines end in a full stop first.
 */
function captionSized(s: string, words: number): boolean {
  return words <= CAPTION_MAX_WORDS && !s.includes('"') && !INNER_STOP.test(s);
}
