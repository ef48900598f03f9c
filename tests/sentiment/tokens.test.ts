import { test } from "uvu";
import * as assert from "uvu/assert";
import { sentimentTokens } from "../../src/sentiment/tokens";

test("sentimentTokens gives lower-cased words with inner apostrophes and hyphens, and clause breaks, with offsets", () => {
  const text = "\u201CWe don\u2019t de-escalate,\u201D he said - 2 times.";
  const tokens = sentimentTokens(text);
  assert.equal(tokens.map((t) => [t.text, t.boundary]), [
    ["we", false], ["don't", false], ["de-escalate", false], [",", true], ["he", false], ["said", false], ["-", true], ["2", false], ["times", false], [".", true],
  ]);
  const dont = tokens[1];
  assert.is(text.slice(dont.start, dont.end), "don\u2019t");
  const dash = tokens[6];
  assert.is(text.slice(dash.start, dash.end), " - ");
  assert.equal(sentimentTokens(""), []);
  assert.equal(sentimentTokens("\u2014 \u201C \u201D"), []);
});

test("sentimentTokens keeps offsets true after a letter whose lower case is longer (İ)", () => {
  const text = "İstanbul talks ended in aggression.";
  const tokens = sentimentTokens(text);
  assert.equal(tokens.map((t) => t.text), ["i\u0307stanbul", "talks", "ended", "in", "aggression", "."]);
  const word = tokens[4];
  assert.equal([word.start, word.end], [24, 34]);
  assert.is(text.slice(word.start, word.end), "aggression");
});

test.run();
