import { Token, TokenKind } from "./types";
import { longRuns, mask } from "./long-runs";
import { isWinkSpace } from "./white-space";
import { stabilizeWink } from "./wink-stable";
import { isTitleCase, lowerCase } from "./word-case";

/**
 * A token from the tokenizer, with offsets relative to the string it was given:
 * `text.slice(start, end) === token.text` and `start < end` always hold.
 * `sentence`, when given, is the index into `Tokenized.sentences` of the sentence holding the token
 * (parseArticle replaces it with the article-wide index). winkTokenizer always fills it, last, so that a
 * raw token already has the shape of a Token and parseArticle can keep it as the article's token (see
 * returnsFreshTokens); a copy would be a cheap, compact object too, where adding a property to a spread
 * copy makes V8 fall back to a dictionary-mode object of about 450 bytes instead of about 100.
 */
export type RawToken = Omit<Token, "sentence"> & { sentence?: number };

/**
 * Sentences as `[firstToken, lastToken]` inclusive index pairs, and the tokens. From winkTokenizer the
 * sentences partition the tokens: in order, non-empty, every token in exactly one.
 */
export interface Tokenized {
  tokens: RawToken[];
  sentences: Array<[number, number]>;
}

/** A tokenizer strategy: wink-nlp by default; a user may supply another with the same shape. */
export type Tokenizer = (text: string) => Tokenized;

/**
 * Whitespace-free runs longer than this many characters never reach wink-nlp: a regular expression in
 * its tokenizer is quadratic in the length of a word (a 200,000-character run took 52 s), while no word,
 * number or ordinary URL of a news article comes near it. Such a run becomes one token of kind "other"
 * (part of speech "X"); up to 8 opening brackets or quote marks before it and closing punctuation after
 * it stay outside, so `(see https://...long...).` still ends its sentence (see long-runs.ts).
 */
export const LONG_RUN_CHARS = 100;

export interface WinkTokenizerOptions {
  /** Longest whitespace-free run handed to wink-nlp; default LONG_RUN_CHARS (100). */
  longRunChars?: number;
}

// wink-nlp ships no types for its model-backed API; keep the untyped surface in this one file.
/* eslint-disable @typescript-eslint/no-explicit-any */
let nlp: any = null;

/**
 * The shared wink-nlp instance, with only the annotations we read: sentence boundaries ("sbd") and part
 * of speech ("pos", which lemmas depend on). wink's default pipeline also runs named entities, negation
 * and sentiment, about 30% of its time, none of which we read. Verified identical to the default
 * pipeline: sentences, token values, lemmas, parts of speech, types, stop-word flags and preceding spaces
 * on every line of a 2,000-article benchmark corpus (5.25 MB) and of the seeds. Made stable
 * (stabilizeWink): a text tokenizes the same whatever the instance read before.
 */
function winkNlp(): any {
  if (!nlp) {
    const winkNLP = require("wink-nlp");
    const model = require("wink-eng-lite-web-model");
    nlp = winkNLP(model, ["sbd", "pos"]);
    stabilizeWink(nlp);
  }
  return nlp;
}

const KIND: Readonly<Record<string, TokenKind>> = {
  word: "word",
  number: "number",
  ordinal: "number",
  punctuation: "punctuation",
  symbol: "symbol",
  currency: "symbol",
  emoji: "symbol",
  emoticon: "symbol",
};

/**
 * A wink-nlp tokenizer: sentences that keep `Mr.`, `U.S.`, `Jan.` whole, tokens with lemma, part of
 * speech and stop-word flag (English lite model). Options: longRunChars (LONG_RUN_CHARS, 100).
 * Offsets are exact whatever wink does to odd characters: a token wink reports empty (`so..then`) or
 * all white space (tabs, line breaks) is dropped, and one whose value cannot be found where expected is
 * re-found nearby or given the characters at that place, so `text.slice(start, end) === text` and
 * `start < end` hold for every token.
 */
export function makeWinkTokenizer(options: WinkTokenizerOptions = {}): Tokenizer {
  const { longRunChars = LONG_RUN_CHARS } = options;
  if (!Number.isInteger(longRunChars) || longRunChars < 1) throw new Error(`longRunChars must be a positive integer; got ${JSON.stringify(longRunChars)}`);
  const tokenizer: Tokenizer = (text) => tokenizeWithWink(text, longRunChars);
  winkTokenizers.add(tokenizer);
  return tokenizer;
}

/**
 * The tokenizers makeWinkTokenizer made. They return new token objects on every call, already of Token's
 * shape, so parseArticle makes them the article's tokens (setting offsets, text and sentence) instead of
 * building a second object per token; any other tokenizer's tokens are copied, since it may hand out the
 * same objects twice (from a cache, say).
 */
const winkTokenizers = new WeakSet<Tokenizer>();

/** Whether `tokenizer` returns new token objects on every call, which the caller may keep and change: makeWinkTokenizer's do. */
export function returnsFreshTokens(tokenizer: Tokenizer): boolean {
  return isWinkTokenizer(tokenizer);
}

/** Whether `tokenizer` is one of makeWinkTokenizer's (wink-nlp, which ends a sentence at a blank line; see tokenizeLines). */
export function isWinkTokenizer(tokenizer: Tokenizer): boolean {
  return winkTokenizers.has(tokenizer);
}

/**
 * Tokenizes with wink-nlp and its English lite model (see makeWinkTokenizer). The text should already
 * be normalised (straight quotes) so that contractions and quote marks split cleanly. Empty text gives
 * no tokens and no sentences.
 */
export const winkTokenizer: Tokenizer = makeWinkTokenizer();

const STARTS_WITH_LETTER = /^\p{L}/u;


function tokenizeWithWink(text: string, longRunChars: number): Tokenized {
  const runs = longRuns(text, longRunChars);
  const masked = runs.length ? mask(text, runs) : text;
  const n = winkNlp();
  const its = n.its;
  const doc = n.readDoc(masked);
  const winkTokens = doc.tokens();
  const values: string[] = winkTokens.out(its.value);
  const spaces: string[] = winkTokens.out(its.precedingSpaces);
  const types: string[] = winkTokens.out(its.type);
  const lemmas: string[] = winkTokens.out(its.lemma);
  const pos: string[] = winkTokens.out(its.pos);
  const stops: boolean[] = winkTokens.out(its.stopWordFlag);
  const winkSentences: Array<[number, number]> = doc.sentences().out(its.span);

  // A wink sentence [a, b] ends with our last token made before wink token b + 1 comes up (before the
  // long runs ahead of that token are placed). sentenceEnds: the b's, in order; ends: those last tokens,
  // noted as the loop reaches each b + 1.
  const sentenceEnds: number[] = [];
  for (let k = 0; k < winkSentences.length; k++) {
    const a = winkSentences[k][0];
    const b = winkSentences[k][1];
    if (a >= 0 && b >= a && b < values.length) sentenceEnds.push(b);
  }
  sentenceEnds.sort((x, y) => x - y);
  const ends: number[] = [];
  let nextEnd = 0;

  const tokens: RawToken[] = [];
  let run = 0;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    while (nextEnd < sentenceEnds.length && sentenceEnds[nextEnd] < i) {
      ends.push(tokens.length - 1);
      nextEnd++;
    }
    const v = values[i];
    at += spaces[i].length;
    if (v === "") continue; // "so..then": wink reports an empty word between the stops
    if (isBlank(v)) {
      // wink's tab and line-break tokens: white space is not a token.
      if (masked.startsWith(v, at)) at += v.length;
      continue;
    }
    let start = locate(masked, v, at);
    const found = start >= 0;
    let end = start + v.length;
    if (!found) {
      // wink changed or dropped characters: take the characters where the token should be.
      start = skipSpace(masked, at);
      let r = run;
      while (r < runs.length && runs[r][0] < start) r++;
      end = Math.min(masked.length, start + v.length, r < runs.length ? runs[r][0] : Infinity);
      while (end > start && isWinkSpace(masked.charCodeAt(end - 1))) end--;
      if (end <= start) continue;
    }
    while (run < runs.length && runs[run][0] < start) tokens.push(runToken(text, runs[run++]));
    at = end;
    const written = found ? v : text.slice(start, end);
    const norm = lowerCase(written);
    // The lower-case reading is applied here, as the token is made, so that each token is built once.
    const fix = pos[i] === "PROPN" && isTitleCase(written) ? lowerCaseReading(norm) : null;
    tokens.push({
      start,
      end,
      text: written,
      norm,
      lemma: fix ? fix.lemma : lemmas[i] ? lowerCase(lemmas[i]) : norm,
      pos: fix ? fix.pos : pos[i],
      kind: KIND[types[i]] ?? (STARTS_WITH_LETTER.test(written) ? "word" : "other"),
      stop: Boolean(stops[i]),
      sentence: 0,
    });
  }
  for (; nextEnd < sentenceEnds.length; nextEnd++) ends.push(tokens.length - 1);
  while (run < runs.length) tokens.push(runToken(text, runs[run++]));

  const sentences = partition(ends, tokens);
  for (let k = 0; k < sentences.length; k++) {
    for (let t = sentences[k][0]; t <= sentences[k][1]; t++) tokens[t].sentence = k;
  }
  return { tokens, sentences };
}

/**
 * Where wink's token `v` starts: at `at` (after wink's own count of spaces), else after whitespace
 * wink did not count (U+2028, U+3000, form feed, ...), else within a few characters; -1 when not found.
 */
function locate(text: string, v: string, at: number): number {
  if (text.startsWith(v, at)) return at;
  const p = skipSpace(text, at);
  if (text.startsWith(v, p)) return p;
  const near = text.slice(at, at + v.length + 16).indexOf(v);
  return near < 0 ? -1 : at + near;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWinkSpace(s.charCodeAt(i))) return false;
  return true;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isWinkSpace(text.charCodeAt(at))) at++;
  return at;
}

function runToken(text: string, [start, end]: [number, number]): RawToken {
  const written = text.slice(start, end);
  const norm = written.toLowerCase();
  return { start, end, text: written, norm, lemma: norm, pos: "X", kind: "other", stop: false, sentence: 0 };
}

/**
 * Sentences from their last tokens, repaired into a partition of the tokens: in order, each starting
 * right after the previous one ends. Tokens between wink's sentences (a long run, a token wink left out
 * of every sentence) join the sentence that follows them, or the last sentence at the end; overlapping
 * sentences and those left empty by dropped tokens disappear, and a sentence of punctuation alone (the
 * second stop of `so..then`) joins the one before. Tokens but no sentence give one sentence.
 * `ends` must be in ascending order (tokenizeWithWink notes them as it goes).
 */
function partition(ends: number[], tokens: readonly RawToken[]): Array<[number, number]> {
  const n = tokens.length;
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const b of ends) {
    if (b < next || b >= n) continue;
    let punctuationOnly = true;
    for (let t = next; t <= b && punctuationOnly; t++) punctuationOnly = tokens[t].kind === "punctuation";
    if (punctuationOnly && out.length) out[out.length - 1][1] = b;
    else out.push([next, b]);
    next = b + 1;
  }
  if (next < n) {
    if (out.length) out[out.length - 1][1] = n - 1;
    else out.push([0, n - 1]);
  }
  return out;
}

const lowerCache = new Map<string, { lemma: string; pos: string } | null>();

/**
 * wink tags a capitalised common word at the start of a sentence or in a title-case headline as a
 * proper noun and leaves it unlemmatised ("Tensions" -> "tensions"). Reading the word in lower case
 * recovers the lemma; it is used only when that reading inflects the word ("tensions" -> "tension"),
 * so names ("Russia", "Blinken") keep their tag.
 */
function lowerCaseReading(word: string): { lemma: string; pos: string } | null {
  let hit = lowerCache.get(word);
  if (hit === undefined) {
    const n = winkNlp();
    const read = n.readDoc(`the ${word}`).tokens();
    const lemma = String(read.out(n.its.lemma)[1] ?? word).toLowerCase();
    const pos = String(read.out(n.its.pos)[1] ?? "PROPN");
    hit = lemma !== word && pos !== "PROPN" ? { lemma, pos } : null;
    if (lowerCache.size > 50000) lowerCache.clear();
    lowerCache.set(word, hit);
  }
  return hit;
}
