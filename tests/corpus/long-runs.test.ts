import { test } from "uvu";
import * as assert from "uvu/assert";
import { longRuns, mask } from "../../src/corpus/long-runs";

test("longRuns finds no run in empty text or text of ordinary words", () => {
  assert.equal(longRuns("", 5), []);
  assert.equal(longRuns("Talks in Geneva ended without a deal.", 10), []);
});

test("longRuns gives the core of each run longer than the limit, leaving openers and closing punctuation outside", () => {
  const text = 'see ("abcdefghij"). and 0123456789ab end';
  const runs = longRuns(text, 5);
  assert.equal(runs.map(([a, b]) => text.slice(a, b)), ["abcdefghij", "0123456789ab"]);
});

test("longRuns leaves a run of exactly the limit alone", () => {
  assert.equal(longRuns("abcde fghij", 5), []);
});

test("mask blanks each run's core and keeps the text's length", () => {
  const text = "a 0123456789 b";
  const masked = mask(text, longRuns(text, 5));
  assert.is(masked, "a            b");
  assert.is(masked.length, text.length);
});

test.run();
