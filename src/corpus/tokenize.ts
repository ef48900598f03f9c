import { Token, TokenKind } from "./types";

/** A token from the tokenizer, with offsets relative to the string it was given. */
export type RawToken = Omit<Token, "sentence">;

/** Sentences as `[firstToken, lastToken]` inclusive index pairs, and the tokens. */
export interface Tokenized {
  tokens: RawToken[];
  sentences: Array<[number, number]>;
}

/** A tokenizer strategy: wink-nlp by default; a user may supply another with the same shape. */
export type Tokenizer = (text: string) => Tokenized;

// wink-nlp ships no types for its model-backed API; keep the untyped surface in this one file.
/* eslint-disable @typescript-eslint/no-explicit-any */
let nlp: any = null;

function winkNlp(): any {
  if (!nlp) {
    const winkNLP = require("wink-nlp");
    const model = require("wink-eng-lite-web-model");
    nlp = winkNLP(model);
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
 * Tokenizes with wink-nlp and its English lite model: sentences that keep `Mr.`, `U.S.`, `Jan.` whole,
 * tokens with lemma, part of speech and stop-word flag. The text should already be normalised
 * (straight quotes) so that contractions and quote marks split cleanly.
 */
export const winkTokenizer: Tokenizer = (text) => {
  const n = winkNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values: string[] = doc.tokens().out(its.value);
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const types: string[] = doc.tokens().out(its.type);
  const lemmas: string[] = doc.tokens().out(its.lemma);
  const pos: string[] = doc.tokens().out(its.pos);
  const stops: boolean[] = doc.tokens().out(its.stopWordFlag);
  const tokens: RawToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const start = text.indexOf(values[i], at) === at ? at : text.indexOf(values[i], at);
    const end = start + values[i].length;
    at = end;
    tokens.push({
      start,
      end,
      text: values[i],
      norm: values[i].toLowerCase(),
      lemma: lemmas[i] ? lemmas[i].toLowerCase() : values[i].toLowerCase(),
      pos: pos[i],
      kind: KIND[types[i]] ?? (/^\p{L}/u.test(values[i]) ? "word" : "other"),
      stop: Boolean(stops[i]),
    });
  }
  for (const t of tokens) {
    if (t.pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(t.text)) {
      const fix = lowerCaseReading(t.text.toLowerCase());
      if (fix) {
        t.lemma = fix.lemma;
        t.pos = fix.pos;
      }
    }
  }
  const sentences: Array<[number, number]> = doc.sentences().out(its.span);
  return { tokens, sentences };
};

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
    const doc = n.readDoc(`the ${word}`);
    const lemma = String(doc.tokens().out(n.its.lemma)[1] ?? word).toLowerCase();
    const pos = String(doc.tokens().out(n.its.pos)[1] ?? "PROPN");
    hit = lemma !== word && pos !== "PROPN" ? { lemma, pos } : null;
    if (lowerCache.size > 50000) lowerCache.clear();
    lowerCache.set(word, hit);
  }
  return hit;
}
