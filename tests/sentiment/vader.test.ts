import { test } from "uvu";
import * as assert from "uvu/assert";
import { clearVaderCache, vaderCacheStats, vaderCompound, vaderCompoundUncached, vaderTokens } from "../../src/sentiment/vader";

/* eslint-disable @typescript-eslint/no-var-requires */
const pkg = require("vader-sentiment").SentimentIntensityAnalyzer;

// Written for these tests, one rule each: negation near and far, "never so", "at least" / "least",
// boosters and dampeners (also in capitals), "kind of", idioms, "but", "!" and "?" emphasis, emoticons,
// punctuation glued to words, curly quotes, repeated spaces, words before the first position.
const CASES = [
  "", " ", "a", "The talks were good.", "The talks were not good.", "The talks were not very good at all.",
  "It was never so good.", "It was never this bad, they said.", "At least it is good.", "It is least good.", "The very least good outcome.",
  "The talks were extremely productive.", "The talks were slightly productive.", "The talks were EXTREMELY productive, officials said.",
  "The result was GOOD and the mood was calm.", "It was kind of good.", "It was sort of bad but great.", "It was the bomb.",
  "That was a kiss of death for the plan.", "Yeah right, great plan.", "The plan was good, but the outcome was terrible.", "The plan was good BUT the outcome was terrible.",
  "Great!", "Great!!!!!!", "Is it good?", "Is it good??", "Is it good????", "Terrible?!?", "We love it :) but not :(", "I <3 peace",
  "\u201CWe hope for peace,\u201D he said.", "He didn't like the deal.", "He didnt like the deal.", "Nobody was hurt; nothing was lost.",
  "He was  hardly   happy.", "-good- 'fine' \"nice\" ...great...", "Without doubt, a win.", "Despite the risk, hope remained.",
  "It was rarely helpful and seldom kind.", "The attack killed 12 people and wounded dozens.", "NATO WARNS OF WAR",
];

test("vaderCompoundUncached equals the vader-sentiment package's compound score on every case", () => {
  for (const text of CASES) assert.is(vaderCompoundUncached(text), pkg.polarity_scores(text).compound, JSON.stringify(text));
});

test("vaderCompound (cached) returns what the uncached score returns, and scores a repeated text once", () => {
  const before = vaderCacheStats();
  const first = CASES.map(vaderCompound);
  const second = CASES.map(vaderCompound);
  assert.equal(first, CASES.map(vaderCompoundUncached));
  assert.equal(second, first);
  const after = vaderCacheStats();
  assert.ok(after.hits - before.hits >= CASES.length, "the second pass hits the cache");
  clearVaderCache();
  assert.equal(vaderCacheStats(), { hits: 0, misses: 0, size: 0 });
  assert.equal(CASES.map(vaderCompound), first);
});

test("vaderTokens keeps contractions and emoticons and strips punctuation only around known words", () => {
  // One punctuation run comes off one side only when what remains is a word of the punctuation-free text:
  // "ok!!" -> "ok", "it," -> "it"; "-good-" stays, since neither "good-" nor "-good" is such a word.
  // "I" is one character and dropped; curly quotes are not the package's punctuation and stay.
  assert.equal(vaderTokens("I don't like :) it, \u201Cpeace\u201D -good- ok!!"), ["don't", "like", ":)", "it", "\u201Cpeace\u201D", "-good-", "ok"]);
  assert.equal(vaderTokens(""), []);
});

test.run();
