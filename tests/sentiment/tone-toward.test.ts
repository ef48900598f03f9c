import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { toneToward } from "../../src/sentiment/tone-toward";

// All sentences are written for these tests. Improved AFINN values used: good 3, bad -3, sad -2, liar -3,
// happy 3, failed -2, won 3, praise 3. A word d tokens from the mention weighs 2^-(d-1)/halfLife (default 4);
// "compound" squashes a sum s to s / sqrt(s^2 + 15).
const art = (text: string) => parseArticle(text, { id: "t", outlet: "T", headline: null });
const close = (actual: number | null, expected: number, eps = 1e-5) => assert.ok(actual !== null && Math.abs(actual - expected) < eps, `${actual} != ${expected}`);
const registry = validateRegistry({ actors: [] }, "empty.json");

test("toneToward reports the target's own quote under own and what is said about it under about", () => {
  const a = art("Ann Kovac spoke on Monday.\n\n\u201CThe result is good,\u201D Kovac said. Kovac is a bad manager.");
  const r = toneToward(a, "Ann Kovac", { registry });
  // own: good 3 inside her quote -> 3 / sqrt(9 + 15) = 0.612372.
  assert.is(r.own.n, 1);
  close(r.own.mean, 3 / Math.sqrt(24));
  // about: "Ann Kovac spoke on Monday." 0; "Kovac is a bad manager.": bad at d = 3 -> -3 x 2^-0.5 = -2.121320,
  // squashed -2.121320 / sqrt(4.5 + 15) = -0.480384. The "..., Kovac said." frame alone is not counted.
  assert.is(r.about.n, 2);
  close(r.about.mean, (0 + -2.1213203 / Math.sqrt(19.5)) / 2);
  assert.equal([r.n, r.mean], [r.about.n, r.about.mean]);
  assert.equal(r.evidence.map((e) => [e.sentence, e.kind, e.via]), [[0, "about", "name"], [1, "own", "quote"], [2, "about", "name"]]);
  const withOwn = toneToward(a, "Ann Kovac", { registry, includeOwn: true });
  assert.is(withOwn.n, 3);
  close(withOwn.mean, (0 - 2.1213203 / Math.sqrt(19.5) + 3 / Math.sqrt(24)) / 3);
});

test("toneToward weights each word by its token distance to the mention (halfLife, window)", () => {
  // Tokens: Good(0) news(1) :(2) Kovac(3) left early , and the city was sad(11): good d = 3, sad d = 8.
  const a = art("Good news: Kovac left early, and the city was sad.");
  const r = toneToward(a, "Kovac", { registry, scale: "sum" });
  assert.equal(r.evidence[0].words.map((w) => [w.word, w.weight]), [["good", 0.707107], ["sad", 0.297302]]);
  close(r.mean, 3 * 2 ** -0.5 - 2 * 2 ** -1.75); // 2.121320 - 0.594604 = 1.526716
  close(toneToward(a, "Kovac", { registry, scale: "sum", halfLife: Infinity }).mean, 1);
  close(toneToward(a, "Kovac", { registry, scale: "sum", window: 5 }).mean, 3 * 2 ** -0.5);
  close(toneToward(a, "Kovac", { registry }).mean, 1.5267167 / Math.sqrt(1.5267167 ** 2 + 15));
  // The plain strategy gives no offsets: its words are found among the sentence's tokens, same weights.
  close(toneToward(a, "Kovac", { registry, scale: "sum", strategy: "plain" }).mean, 1.5267167);
});

test("toneToward matches a full name's surname and titled forms, but not another person of the same surname", () => {
  const a = art("Mayor Ann Kovac won. Ms. Kovac is happy. Peter Kovac failed. Ann Kovac Jr. failed.");
  const r = toneToward(a, "Ann Kovac", { registry });
  assert.equal(r.evidence.map((e) => e.mention?.text), ["Mayor Ann Kovac", "Ms. Kovac"]);
  assert.is(r.n, 2);
});

test("toneToward with a bare surname also matches the full name and the titled forms", () => {
  const a = art("Ann Kovac won. Sen. Kovac is happy. The weather was sad.");
  const r = toneToward(a, "Kovac", { registry });
  assert.equal(r.evidence.map((e) => e.mention?.text), ["Ann Kovac", "Sen. Kovac"]);
});

test("toneToward reads every alias of a list, case-sensitively, and underscores as spaces", () => {
  const a = art("The Harbor Board failed. HB won praise. The harbor board met.");
  const r = toneToward(a, ["Harbor_Board", "HB"], { registry, scale: "sum" });
  assert.is(r.target, "Harbor Board");
  assert.equal(r.evidence.map((e) => e.mention?.text), ["Harbor Board", "HB"]);
  // failed d = 1 -> -2; won d = 1 -> 3, praise d = 2 -> 3 x 2^-0.25 = 2.522689.
  close(r.mean, (-2 + 3 + 3 * 2 ** -0.25) / 2);
});

test("toneToward evidence spans point at the sentence, the mention and each word in the article text", () => {
  const a = art("Critics spoke.\n\nYesterday the city said Dr. Ann Kovac was a liar.");
  const r = toneToward(a, "Ann Kovac", { registry });
  const e = r.evidence[0];
  assert.is(a.text.slice(e.start, e.end), e.text);
  assert.is(e.text, "Yesterday the city said Dr. Ann Kovac was a liar.");
  assert.is(a.text.slice(e.mention!.start, e.mention!.end), "Dr. Ann Kovac");
  assert.equal(e.words.map((w) => a.text.slice(w.start, w.end)), ["liar"]);
  assert.is(e.articleId, "t");
  assert.is(e.sentence, 1);
});

test("toneToward gives n 0 and null means (never NaN) when the target is not named", () => {
  for (const a of [art("Nothing about anyone here. Good weather."), art("")]) {
    const r = toneToward(a, "Ann Kovac", { registry });
    assert.equal([r.n, r.mean, r.about, r.own, r.interval, r.evidence], [0, null, { n: 0, mean: null }, { n: 0, mean: null }, null, []]);
  }
});

test("toneToward counts other people's quotes about the target, unless othersQuotes is false", () => {
  const a = art("\u201CKovac is a liar,\u201D Peter Moss said.");
  // liar d = 3 -> -3 x 2^-0.5.
  close(toneToward(a, "Ann Kovac", { registry, scale: "sum" }).about.mean, -3 * 2 ** -0.5);
  close(toneToward(a, "Ann Kovac", { registry, scale: "sum", othersQuotes: false }).about.mean, 0);
});

test("toneToward weighs a he/she sentence right after a mention by pronounWeight, and skips it by default", () => {
  const a = art("Kovac is good. She is sad.");
  // good d = 2 -> 3 x 2^-0.25 = 2.522689; sad d = 2 from "She" -> -2 x 2^-0.25 = -1.681793.
  const r = toneToward(a, "Ann Kovac", { registry, scale: "sum", pronounWeight: 0.5 });
  assert.equal(r.evidence.map((e) => [e.via, e.weight, e.mention?.text]), [["name", 1, "Kovac"], ["pronoun", 0.5, "She"]]);
  close(r.mean, (3 * 2 ** -0.25 - 0.5 * 2 * 2 ** -0.25) / 1.5);
  assert.is(toneToward(a, "Ann Kovac", { registry }).n, 1);
});

test("toneToward gives a bootstrap interval around the mean from five sentences on, none below", () => {
  const five = art("Kovac is good. Kovac is bad. Kovac is happy. Kovac is sad. Kovac failed.");
  const r = toneToward(five, "Kovac", { registry });
  assert.is(r.n, 5);
  assert.ok(r.interval !== null && r.interval.low <= r.mean! && r.mean! <= r.interval.high);
  assert.is(toneToward(art("Kovac is good. Kovac is bad."), "Kovac", { registry }).interval, null);
});

test("toneToward rejects an unknown strategy or scale, a halfLife of 0, a negative window and an empty target, naming them", () => {
  const a = art("Kovac is good.");
  assert.throws(() => toneToward(a, "Kovac", { strategy: "vader" as never }), /unknown sentiment strategy "vader"; expected one of "improved", "plain"/);
  assert.throws(() => toneToward(a, "Kovac", { scale: "mean" as never }), /unknown tone scale "mean"/);
  assert.throws(() => toneToward(a, "Kovac", { halfLife: 0 }), /halfLife must be a number of tokens > 0 \(Infinity for no decay\), got 0/);
  assert.throws(() => toneToward(a, "Kovac", { window: -1 }), /window must be a number >= 0, got -1/);
  assert.throws(() => toneToward(a, []), /target is an empty list/);
  assert.throws(() => toneToward(a, ["Kovac", " "]), /target alias 1/);
});

test.run();
