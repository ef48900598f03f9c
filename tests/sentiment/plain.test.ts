import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scoreSentiment } from "../../src/sentiment/score";
import { plainTokens } from "../../src/sentiment/tokens";
import { SEEDS } from "../helpers";

/* eslint-disable @typescript-eslint/no-var-requires */
const Sentiment = require("sentiment");
const packageTokens: (text: string) => string[] = require("sentiment/lib/tokenize");
const pkg = new Sentiment();

/** Every line of the seed articles, and each line cut at its sentence ends: real news text. */
const SEED_TEXTS = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => fs.readFileSync(path.join(SEEDS, f), "utf8").split("\n"))
  .flatMap((line) => [line, ...line.split(/(?<=[.!?]["\u201D]?)\s+/)]);

// Everything the package's tokenizer treats specially, and some near misses: its marks, newlines, the
// white-space characters (alone and in runs) and the ones it does not count (\x1c, \x85, U+180E, U+200B),
// letters whose lower case is longer or depends on context, surrogates (paired and lone), words with a
// label, negators and "constructor" (a negator by the package's plain-object look-up).
const ALPHABET = [
  "a", "B", "0", "'", "-", "\u2019", "\u201C", "\u2014", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00A0", "\u2009", "\u3000", "\uFEFF", "\u2028",
  "\u180E", "\u200B", "\x1C", "\x85", ".", ",", ";", ":", "!", "?", "/", "#", "$", "%", "^", "&", "*", "{", "}", "=", "_", "`", '"', "~", "(", ")",
  "[", "@", "+", "<3", ":)", "\u0130", "\u03A3", "\u00DF", "\u00E9", "\u0301", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00",
  "good", "Bad", "not", "don't", "NO", "constructor", "hope", "fun", "no fun", "cashing in",
];

/** `n` strings of up to 12 pieces of ALPHABET, the same ones on every run. */
function generated(n: number): string[] {
  let state = 20240121;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => Array.from({ length: Math.floor(next() * 13) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(""));
}

const CASES = [...SEED_TEXTS, ...generated(20_000), "", " ", "\t", " \t ", "a\tb", "\ta", "a\t", "a \tb", "a.\tb", "...", "constructor good", "not  good"];

test("plainTokens equals the sentiment package's tokenizer on the seed text and on generated edge cases", () => {
  for (const text of CASES) assert.equal(plainTokens(text), packageTokens(text), JSON.stringify(text));
});

test("plainTokens keeps a lone tab or non-breaking space inside a token and gives [''] for a text without tokens", () => {
  assert.equal(plainTokens("a\tb c"), ["a\tb", "c"]);
  assert.equal(plainTokens("a\u00A0b"), ["a\u00A0b"]);
  assert.equal(plainTokens(" \ta. \u00A0b\t"), ["a", "b"]);
  assert.equal(plainTokens(""), [""]);
  assert.equal(plainTokens(" ... "), [""]);
});

test("the plain strategy gives the sentiment package's score, comparative, token count and words on every case", () => {
  for (const text of CASES) {
    const mine = scoreSentiment(text, { strategy: "plain" });
    const theirs = pkg.analyze(text);
    const theirWords = theirs.calculation.map((c: Record<string, number>) => Object.entries(c)[0]).reverse();
    assert.equal([mine.score, mine.comparative, mine.tokens], [theirs.score, theirs.comparative, theirs.tokens.length], JSON.stringify(text));
    assert.equal(mine.words.map((w) => [w.word, w.value]), theirWords, JSON.stringify(text));
  }
});

test("the plain strategy negates after 'constructor' as the package does, and reports negation per word", () => {
  assert.is(scoreSentiment("constructor good", { strategy: "plain" }).score, pkg.analyze("constructor good").score);
  assert.is(scoreSentiment("constructor good", { strategy: "plain" }).score, -3);
  const r = scoreSentiment("not good, but hope", { strategy: "plain" });
  assert.equal(r.words.map((w) => [w.word, w.lexeme, w.value, w.base, w.negated, w.start, w.end]), [
    ["good", "good", -3, 3, true, -1, -1],
    ["hope", "hope", 2, 2, false, -1, -1],
  ]);
  assert.equal([r.positive, r.negative], [2, -3]);
});

test.run();
