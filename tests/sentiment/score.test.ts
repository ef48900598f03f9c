import { test } from "uvu";
import * as assert from "uvu/assert";
import { scoreSentiment } from "../../src/sentiment/score";

const Sentiment = require("sentiment");
const pkg = new Sentiment();

const SENTENCES = [
  "This is a critical moment, Mr Blinken said.",
  "Mr Lavrov said Russia was not expecting a breakthrough in the key talks.",
  "Top diplomats met in a luxury hotel and warned of a united, swift and severe response.",
  "There are no minor incursions. Just as there are no minor casualties and little grief from the loss of loved ones.",
  "I don't like it, and it does not work.",
  "",
];

test("the plain strategy reproduces the sentiment package's score and comparative exactly", () => {
  for (const s of SENTENCES) {
    const mine = scoreSentiment(s, { strategy: "plain" });
    const theirs = pkg.analyze(s);
    assert.is(mine.score, theirs.score, s);
    assert.is(mine.comparative, theirs.comparative, s);
    assert.equal(mine.words.map((w) => w.word).sort(), theirs.words.slice().sort(), s);
  }
});

test("improved: curly quotes and apostrophes do not hide words", () => {
  // plain: the tokens are “peace” and don’t (curly), so neither matches
  assert.is(scoreSentiment("\u201Cpeace\u201D", { strategy: "plain" }).score, 0);
  assert.is(scoreSentiment("\u201Cpeace\u201D").score, 2);
  assert.is(scoreSentiment("I don\u2019t like war", { adjustments: false }).score, -2 + -0.74 * 2);
});

test("improved: negation reaches past the next word and is damped by 0.74", () => {
  // not expecting a breakthrough: breakthrough (+3) is two words after "not"
  const r = scoreSentiment("Russia was not expecting a breakthrough.");
  assert.equal(r.words.map((w) => [w.word, w.value, w.negated]), [["breakthrough", -2.22, true]]);
  assert.is(r.score, -2.22);
  assert.is(scoreSentiment("Russia was not expecting a breakthrough.", { strategy: "plain" }).score, 3);
});

test("improved: never, no and didn't negate, a negator used that way does not count itself, and scope stops at punctuation or but", () => {
  assert.is(scoreSentiment("They never agreed.").score, -0.74);
  assert.is(scoreSentiment("They didn't help.").score, -1.48);
  assert.equal(scoreSentiment("There was no breakthrough.").words.map((w) => w.word), ["breakthrough"]);
  assert.is(scoreSentiment("Not now, peace.").score, 2); // the comma ends the scope
  assert.is(scoreSentiment("no sign but hope", { butWeighting: false }).score, 2 - 1); // "no" counts alone (-1), hope outside scope
});

test("improved: plurals and inflections find their lemma; tensions scores like tension", () => {
  assert.equal(scoreSentiment("tensions").words.map((w) => [w.word, w.lexeme, w.value]), [["tensions", "tension", -1]]);
  assert.equal(scoreSentiment("fears").words.map((w) => w.lexeme), ["fear"]);
  assert.is(scoreSentiment("tensions", { strategy: "plain" }).score, 0);
});

test("improved: AFINN's multi-word entries match before single words", () => {
  const r = scoreSentiment("It does not work", { adjustments: false });
  assert.equal(r.words.map((w) => [w.word, w.value]), [["does not work", -3]]);
});

test("improved: domain adjustments neutralise top, luxury, swift and United States, and can be switched off or replaced", () => {
  const s = "Top diplomats met at a luxury hotel in the United States and promised a swift response.";
  assert.equal(scoreSentiment(s).words.map((w) => w.word), ["promised"]);
  assert.is(scoreSentiment(s, { adjustments: false }).score, 2 + 2 + 1 + 1 + 2);
  assert.is(scoreSentiment("a luxury hotel", { adjustments: [{ term: "luxury", value: -1, reason: "test" }] }).score, -1);
});

test("improved: a word scored again (its lemma remembered) scores as the first time, per set of adjustments", () => {
  const first = scoreSentiment("Tensions and fears grew; tensions eased.");
  const again = scoreSentiment("Tensions and fears grew; tensions eased.");
  assert.equal(again, first);
  assert.equal(first.words.map((w) => w.lexeme), ["tension", "fear", "tension", "ease"]);
  // the remembered lemma of "luxury" under the default adjustments (0) does not leak into another list
  assert.is(scoreSentiment("luxury").score, 0);
  assert.is(scoreSentiment("luxury", { adjustments: false }).score, 2);
});

test("improved: boosters strengthen the next word and but shifts weight to the second clause", () => {
  assert.is(scoreSentiment("very good").score, 3.293);
  assert.is(scoreSentiment("good but bad").score, 0.5 * 3 + 1.5 * -3);
});

test("scoring never changes the sentiment package's shared word list", () => {
  const before = pkg.analyze("top luxury swift").score;
  scoreSentiment("top luxury swift");
  scoreSentiment("x", { adjustments: [{ term: "top", value: -5, reason: "t" }] });
  assert.is(pkg.analyze("top luxury swift").score, before);
  assert.is(before, 6);
});

test("scoreSentiment gives zeros for empty text, compound in (-1, 1), and names an unknown strategy", () => {
  assert.equal(scoreSentiment(""), { score: 0, comparative: 0, compound: 0, tokens: 0, words: [], positive: 0, negative: 0 });
  const r = scoreSentiment("good");
  assert.is(r.compound, 3 / Math.sqrt(9 + 15));
  assert.throws(() => scoreSentiment("x", { strategy: "vader" as never }), /unknown sentiment strategy "vader"; expected one of "improved", "plain"/);
});

test("scoreSentiment gives contributing words with offsets into the text", () => {
  const text = "Hope and fear.";
  const r = scoreSentiment(text);
  assert.equal(r.words.map((w) => [text.slice(w.start, w.end), w.value]), [["Hope", 2], ["fear", -2]]);
  assert.is(r.positive, 2);
  assert.is(r.negative, -2);
  assert.is(r.tokens, 3);
});

test.run();
