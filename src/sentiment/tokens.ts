import { normalizeChars } from "../corpus/normalize";

/** A word or a clause break found by the sentiment tokenizer, with offsets into the input text. */
export interface SentimentToken {
  text: string;
  start: number;
  end: number;
  /** True for punctuation that ends a negation's scope (, . ; : ! ? and dashes). */
  boundary: boolean;
}

/**
 * The tokens of one text as parallel arrays, refilled by each scan rather than allocated: the improved
 * strategy reads a sentence's tokens once and keeps none of them, so one buffer serves every sentence
 * (the token objects of sentimentTokens were, with their match arrays, most of the scorer's garbage).
 * Entries at `length` and beyond are left over from longer texts and mean nothing.
 */
export class SentimentTokenBuffer {
  length = 0;
  readonly text: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly boundary: boolean[] = [];

  push(text: string, start: number, end: number, boundary: boolean): void {
    const k = this.length++;
    this.text[k] = text;
    this.start[k] = start;
    this.end[k] = end;
    this.boundary[k] = boundary;
  }
}

// Character classes as bits, of a character's normalised form (normalizeChars maps one UTF-16 unit to
// one, so "’" is an apostrophe and "–" a hyphen here). They come from the same Unicode property escapes
// the tokenizer's regular expression used (\p{L}, \p{N}, \s), asked once per character and remembered,
// so a scan reads the text as it is, without a normalised copy or a regular expression per token.
const LETTER = 1;
const NUMBER = 2;
const SPACE = 4;
/** , . ; : ! ? */
const CLAUSE_MARK = 8;
const APOSTROPHE = 16;
const HYPHEN = 32;
/** Left as it is by normalizeChars. */
const NORMAL = 64;
/** ASCII and left as it is by lower-casing. */
const LOWER = 128;
const CLASSIFIED = 256;
const WORD = LETTER | NUMBER;

function classify(codePoint: number): number {
  const raw = String.fromCodePoint(codePoint);
  const ch = normalizeChars(raw);
  return (
    CLASSIFIED |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\s/u.test(ch) ? SPACE : 0) |
    (/^[,.;:!?]$/.test(ch) ? CLAUSE_MARK : 0) |
    (ch === "'" ? APOSTROPHE : 0) |
    (ch === "-" ? HYPHEN : 0) |
    (ch === raw ? NORMAL : 0) |
    (codePoint < 0x80 && raw === raw.toLowerCase() ? LOWER : 0)
  );
}

/**
 * Classes of the code points below 0x10000 as they are met (0: not yet classified). High surrogates are
 * never stored: whether one starts a pair depends on the next unit.
 */
const BMP_CLASSES = new Uint16Array(0x10000);
/** Added to the classes of a code point above 0xFFFF (two UTF-16 units); never stored. */
const ASTRAL = 512;

/** The classes of the code point at `i` in `s` (0 past the end); a surrogate pair is one code point. */
function classAt(s: string, i: number): number {
  // Small enough to be inlined into the scanning loops; the rest is slowClassAt.
  const k = i < s.length ? BMP_CLASSES[s.charCodeAt(i)] : 0;
  return k !== 0 ? k : slowClassAt(s, i);
}

function slowClassAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return (BMP_CLASSES[c] = classify(c));
  const cp = s.codePointAt(i)!;
  return cp > 0xffff ? classify(cp) | ASTRAL : classify(c);
}

/**
 * Scans `text` into `into` (emptied first) and returns it: the tokens of sentimentTokens, in order.
 * Hand-written for speed, it finds exactly the matches of the regular expression
 * `([\p{L}\p{N}]+(?:'[\p{L}]+|-[\p{L}\p{N}]+)*)|[,.;:!?]|\s-\s` (flags gu) run over the normalised text:
 * a word is a letter-or-digit run extended by `'letters` and `-letters-or-digits` runs, a clause mark is
 * one character, a dash between white space is a break, and anything else moves on one code point.
 * An empty text gives no tokens.
 */
export function scanSentimentTokens(text: string, into: SentimentTokenBuffer): SentimentTokenBuffer {
  into.length = 0;
  let i = 0;
  while (i < text.length) {
    const k = classAt(text, i);
    if (k & WORD) {
      const start = i;
      let run = WORD; // what the current run may hold: letters and digits, or letters only after '
      let same = NORMAL | LOWER; // a bit stays while every character has it
      for (;;) {
        let c: number;
        while ((c = classAt(text, i)) & run) {
          same &= c;
          i += c & ASTRAL ? 2 : 1;
        }
        if (c & APOSTROPHE && classAt(text, i + 1) & LETTER) run = LETTER;
        else if (c & HYPHEN && classAt(text, i + 1) & WORD) run = WORD;
        else break;
        same &= c;
        i++;
      }
      // Each word lower-cased alone: lower-casing the whole text first would shift every later offset
      // after a letter whose lower case is longer ("İ" -> "i̇").
      let word = text.slice(start, i);
      if (!(same & NORMAL)) word = normalizeChars(word);
      if (!(same & LOWER)) word = word.toLowerCase();
      into.push(word, start, i, false);
    } else if (k & CLAUSE_MARK) {
      into.push(k & NORMAL ? text[i] : normalizeChars(text[i]), i, i + 1, true);
      i++;
    } else if (k & SPACE && classAt(text, i + 1) & HYPHEN && classAt(text, i + 2) & SPACE) {
      into.push("-", i, i + 3, true);
      i += 3;
    } else i += k & ASTRAL ? 2 : 1;
  }
  return into;
}

/**
 * Lower-cased words (keeping inner apostrophes and hyphens: "don't", "de-escalate") and clause
 * punctuation, on the normalised text, so curly quotes and apostrophes never stick to words (the
 * `sentiment` package keeps them: `"peace` and `don't` with a curly apostrophe miss). Offsets are into
 * `text`.
 */
export function sentimentTokens(text: string): SentimentToken[] {
  const b = scanSentimentTokens(text, new SentimentTokenBuffer());
  return b.text.map((t, k) => ({ text: t, start: b.start[k], end: b.end[k], boundary: b.boundary[k] }));
}

// The `sentiment` package's tokenizer (its lib/tokenize.js) lower-cases the text, makes newlines and
// these marks spaces, makes each run of two or more white-space characters one space, trims, and splits
// at spaces. It works on UTF-16 units and on the text as it is (no normalisation).
const PLAIN_MARKS = /[.,\/#!?$%\^&\*;:{}=_`\"~()]/; // the package's pattern, as written
const BECOMES_SPACE = 1;
const OTHER_SPACE = 2;
const NEITHER = 3;
/** Per UTF-16 unit, as met: BECOMES_SPACE (a space, newline or mark), OTHER_SPACE, NEITHER; 0 not yet known. */
const PLAIN_CLASSES = new Uint8Array(0x10000);

function plainClass(unit: number): number {
  const ch = String.fromCharCode(unit);
  return ch === " " || ch === "\n" || PLAIN_MARKS.test(ch) ? BECOMES_SPACE : /\s/.test(ch) ? OTHER_SPACE : NEITHER;
}

/**
 * The `sentiment` package's tokens of `text`, equal to its lib/tokenize.js output (the tests compare
 * them), found in one pass instead of four regular-expression passes over the text. So a lone
 * white-space character other than a space (a tab, a non-breaking space) inside a token stays in it,
 * and a text without tokens gives [""], which the package counts as one token.
 */
export function plainTokens(text: string): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  const kind = (i: number) => PLAIN_CLASSES[s.charCodeAt(i)] || (PLAIN_CLASSES[s.charCodeAt(i)] = plainClass(s.charCodeAt(i)));
  let start = -1;
  let i = 0;
  while (i < s.length) {
    const k = kind(i);
    if (k === NEITHER) {
      if (start < 0) start = i;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && kind(j) !== NEITHER) j++;
    // One white-space character (not one made a space) between two token characters survives the
    // package's run collapsing, and trimming removes it only at either end of the text.
    if (k === OTHER_SPACE && j === i + 1 && start >= 0 && j < s.length) {
      i = j;
      continue;
    }
    if (start >= 0) out.push(s.slice(start, i));
    start = -1;
    i = j;
  }
  if (start >= 0) out.push(s.slice(start));
  if (out.length === 0) out.push("");
  return out;
}
