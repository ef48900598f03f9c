import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { extremeSentences, lexiconOrdering, outletSentiment, slimScore, toneTowardSides, topContributors } from "../../src/sentiment/aggregate";
import { outletMeansChart, sideToneHeatmap } from "../../src/sentiment/charts";
import { outletMeanScores, quoteMarkSpans, sentenceSentiments } from "../../src/sentiment/sentences";

const registry = validateRegistry({ actors: [{ id: "us", name: "US", kind: "country", side: "us", aliases: [] }, { id: "ru", name: "Russia", kind: "country", side: "russia", aliases: [] }] }, "t.json");
// Sentence scores (improved): "Good talks." +3; "\"We hope for peace,\" Russia said." hope 2 + peace 2 = 4 (quoted);
// "The US warned of war." warned -2, war -2 = -4.
const a = parseArticle("Good talks.\n\n\u201CWe hope for peace,\u201D Russia said. The US warned of war.", { id: "a", outlet: "A", headline: null });
const b = parseArticle("Nothing happened here.", { id: "b", outlet: "B", headline: null });

test("sentenceSentiments scores each sentence, tells quoted voice from narration and lists the sides named", () => {
  const rows = sentenceSentiments([a, b], { registry });
  assert.equal(rows.map((r) => [r.outlet, r.score, r.voice, r.sides]), [
    ["A", 3, "narration", []],
    ["A", 4, "quote", ["russia"]],
    ["A", -4, "narration", ["us"]],
    ["B", 0, "narration", []],
  ]);
  assert.equal(rows.map((r) => r.position), [0, 0.5, 1, 0]);
  assert.is(rows[0].lead, true);
  const w = rows[1].contributors[0];
  assert.is(a.text.slice(w.start, w.end), "hope");
  assert.equal(sentenceSentiments([], { registry }), []);
});

test("slimScore keeps the fields the intervals read, with the article and outlet given, and the intervals are the same on it", () => {
  const rows = sentenceSentiments([a, b], { registry });
  const slim = rows.map((r) => slimScore(r, r.articleId, r.outlet));
  assert.equal(Object.keys(slim[1]).sort(), ["articleId", "compound", "negativeWords", "outlet", "positiveWords", "score", "sides", "vader", "voice", "words"]);
  assert.equal(slim[1], { articleId: "a", outlet: "A", voice: "quote", score: 4, compound: rows[1].compound, vader: rows[1].vader, words: rows[1].words, positiveWords: 2, negativeWords: 0, sides: ["russia"] });
  assert.is(slim[0].sides, slim[3].sides, "sentences naming no side share one empty array");
  assert.equal(slim[0].sides, []);
  assert.equal(outletSentiment(slim), outletSentiment(rows));
  assert.equal(toneTowardSides(slim), toneTowardSides(rows));
});

test("quoteMarkSpans pairs curly or straight double quotes within a paragraph and closes an unbalanced one at its end", () => {
  const p = parseArticle("He said \u201Cyes\u201D and \"no\".\n\nShe said \u201Cnever mind.\n\nNext.", { headline: null });
  assert.equal(quoteMarkSpans(p).map((s) => p.text.slice(s.start, s.end)), ["yes", "no", "never mind."]);
});

test("outletSentiment gives means, shares and per-100-word rates per outlet", () => {
  const o = outletSentiment(sentenceSentiments([a, b], { registry }), { iterations: 200 });
  const A = o[0];
  assert.is(A.outlet, "A");
  assert.is(A.sentences, 3);
  assert.is(A.mean, 1); // (3 + 4 - 4) / 3
  assert.ok(A.low <= 1 && A.high >= 1);
  assert.equal([A.positiveShare, A.negativeShare, A.neutralShare], [2 / 3, 1 / 3, 0]);
  // words: good talks (2) + we hope for peace russia said (6) + the us warned of war (5) = 13; positive words 3, negative 2
  assert.is(A.words, 13);
  assert.is(A.positivePer100, (100 * 3) / 13);
  assert.is(A.negativePer100, (100 * 2) / 13);
  assert.is(A.polarity, (100 * 5) / 13);
  assert.is(A.tone, 100 / 13);
  assert.equal([A.narrationMean, A.narrationN, A.quoteMean, A.quoteN], [-0.5, 2, 4, 1]);
  assert.equal(o[1].mean, 0);
  assert.equal(outletSentiment([]), []);
});

test("outletMeanScores gives each outlet's mean sentence score, the same number outletSentiment reports", () => {
  // improved: A (3 + 4 - 4) / 3 = 1, B 0
  assert.equal(Array.from(outletMeanScores([a, b])), [["A", 1], ["B", 0]]);
  const plain = outletSentiment(sentenceSentiments([a, b], { registry, strategy: "plain" }), { iterations: 10 });
  assert.equal(Array.from(outletMeanScores([a, b], { strategy: "plain" })), plain.map((o) => [o.outlet, o.mean]));
  assert.equal(outletMeanScores([]).size, 0);
  assert.equal(outletMeanScores([a], { roles: ["caption"] }).size, 0); // no sentence scored: outlet left out
});

test("toneTowardSides averages the sentences naming each side", () => {
  const t = toneTowardSides(sentenceSentiments([a], { registry }), { iterations: 50 });
  assert.equal(t.map((s) => [s.outlet, s.side, s.n, s.mean]), [["A", "russia", 1, 4], ["A", "us", 1, -4]]);
});

test("lexiconOrdering ranks outlets under each lexicon", () => {
  const o = outletSentiment(sentenceSentiments([a, b], { registry }), { iterations: 50 });
  const { rows } = lexiconOrdering(o, new Map([["A", 2], ["B", 5]]));
  assert.equal(rows.map((r) => [r.outlet, r.afinnRank, r.plainRank]), [["A", 1, 2], ["B", 2, 1]]);
});

test("topContributors and extremeSentences explain the numbers", () => {
  const rows = sentenceSentiments([a], { registry });
  assert.equal(topContributors(rows, 2).map((w) => [w.word, w.total]), [["good", 3], ["hope", 2]]);
  assert.equal(extremeSentences(rows, 1).map((r) => r.score), [-4, 4]);
});

test("charts carry n and intervals", () => {
  const o = outletSentiment(sentenceSentiments([a, b], { registry }), { iterations: 50 });
  const fig = outletMeansChart(o);
  assert.equal(fig.data[0].y, ["A (n=3)", "B (n=1)"]);
  const heat = sideToneHeatmap(toneTowardSides(sentenceSentiments([a], { registry })), registry.sides);
  assert.equal(heat.data[0].z, [[-4, 4]]);
});

test("sideToneHeatmap orders columns by the registry's sides and keeps a side the registry lacks, last", () => {
  const rows = [
    { outlet: "A", side: "greens", n: 2, mean: 1, low: 0, high: 2 },
    { outlet: "A", side: "republicans", n: 3, mean: -1, low: -2, high: 0 },
    { outlet: "A", side: "democrats", n: 4, mean: 0.5, low: 0, high: 1 },
  ];
  const heat = sideToneHeatmap(rows, [{ id: "democrats", label: "Democrats" }, { id: "republicans", label: "Republicans" }, { id: "unknown", label: "Unresolved" }]);
  assert.equal(heat.data[0].x, ["Democrats", "Republicans", "greens"]);
  assert.equal(heat.data[0].z, [[0.5, -1, 1]]);
});

test.run();
