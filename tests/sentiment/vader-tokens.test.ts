import { test } from "uvu";
import * as assert from "uvu/assert";
import { vaderCompoundUncached, vaderTokens } from "../../src/sentiment/vader";
import { seedLines } from "../helpers";

/* eslint-disable @typescript-eslint/no-var-requires */
const pkg = require("vader-sentiment").SentimentIntensityAnalyzer;

/** The package's `words_and_emoticons` as written: the punctuation-free text's words built every time. */
function referenceTokens(text: string): string[] {
  const PUNC_LIST = [".", "!", "?", ",", ";", ":", "-", "'", '"', "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"];
  const words = new Set(text.replace(/[!"#$%&'()*+,-./:;<=>?@[\\\]^_`{|}~]/g, "").split(/\s/).filter((w) => w.length > 1));
  const out: string[] = [];
  for (const t of text.split(/\s/)) {
    if (t.length <= 1) continue;
    let word = t;
    for (const p of PUNC_LIST) {
      if (t.startsWith(p) && words.has(t.slice(p.length))) {
        word = t.slice(p.length);
        break;
      }
      if (t.endsWith(p) && words.has(t.slice(0, -p.length))) {
        word = t.slice(0, -p.length);
        break;
      }
    }
    out.push(word);
  }
  return out;
}

const SEED_LINES = seedLines();

// Tokens whose stripped form is not their own punctuation-free form, so the answer needs the other
// words: "'ok'" strips to "ok'" or "'ok" (words only if written elsewhere), "-x-" and "--" shrink to one
// character or nothing, "a.b." keeps an inner mark, and emoticons are all punctuation.
const TRICKY = [
  "'ok' and ok' too", "'ok' alone", "-x- and -x", "-- -", "a.b. a.b", "\"quoted\" words \"quoted", "great!!! great!!", "why?!? why",
  ":) :( :-) <3", "...great... great..", "It's 'fine', it's fine.", "'", "''", "a", "",
];

test("vaderTokens equals the package's rule (the punctuation-free words built every time) on the seed text and tricky tokens", () => {
  for (const text of [...SEED_LINES, ...TRICKY]) assert.equal(vaderTokens(text), referenceTokens(text), JSON.stringify(text));
});

test("vaderCompoundUncached equals the vader-sentiment package's compound score on every seed line", () => {
  for (const text of [...SEED_LINES, ...TRICKY]) assert.is(vaderCompoundUncached(text), pkg.polarity_scores(text).compound, JSON.stringify(text));
});

test.run();
