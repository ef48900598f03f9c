import { test } from "uvu";
import * as assert from "uvu/assert";
import { corpusFigures } from "../../src/comparison/corpus-figures";
import { coverageFigures } from "../../src/comparison/coverage-figures";
import { emphasisFigures } from "../../src/comparison/emphasis-figures";
import { FramesEvidence, framesFigures } from "../../src/comparison/frames-figures";
import { quotesFigures } from "../../src/comparison/quotes-figures";
import { SentimentEvidence, sentimentFigures } from "../../src/comparison/sentiment-figures";
import { QuoteRecord } from "../../src/quotes/types";
import { QuotePositions } from "../../src/quotes/voices";

const sides = [{ id: "us", label: "United States" }, { id: "russia", label: "Russia" }];

test("corpusFigures counts articles and words per outlet, with headlines as evidence", () => {
  const f = corpusFigures([{ id: "a1", outlet: "A", headline: "H1", words: 1000 }, { id: "a2", outlet: "A", headline: "H2", words: 234 }, { id: "b1", outlet: "B", headline: "", words: 50 }]);
  assert.equal(f.map((x) => [x.outlet, x.metric, x.value, x.display]), [["A", "articles", 2, "2"], ["A", "words", 1234, "1,234 (617 per article)"], ["B", "articles", 1, "1"], ["B", "words", 50, "50"]]);
  assert.equal(f[0].evidence.map((e) => [e.articleId, e.text]), [["a1", "H1"], ["a2", "H2"]]);
  assert.equal(f[2].evidence, []);
  assert.equal(corpusFigures([]), []);
});

const quote = (outlet: string, articleId: string, side: string, text: string, start: number, speaker: string | null = "Ann Lee"): QuoteRecord => ({ articleId, outlet, kind: "direct", text, start, end: start + text.length, cue: "say", speaker, speakerText: speaker, speakerId: null, side: side as QuoteRecord["side"], sentence: start });
const position = (outlet: string, articleId: string, firstSpeaker: string, firstSide: string): QuotePositions => ({ articleId, outlet, firstSpeaker, firstSide: firstSide as QuotePositions["firstSide"], lastSpeaker: "", lastSide: "", headline: "", lead: "" });

test("quotesFigures: share of voice by quoted words, Wilson for a side never quoted, who speaks first", () => {
  const quotes = [quote("A", "a1", "us", "one two three", 5), quote("A", "a1", "russia", "four five", 1, "Ivan Ivanov"), quote("B", "b1", "us", "six", 0)];
  const f = quotesFigures(quotes, [position("A", "a1", "Ivan Ivanov", "russia"), position("B", "b1", "Ann Lee", "us")], sides);
  const get = (o: string, m: string) => f.find((x) => x.outlet === o && x.metric === m)!;
  assert.equal([get("A", "quotes").value, get("A", "quotes").display], [2, "2 (2 direct, 0 partial, 0 reported)"]);
  // A: us 3 of 5 quoted words; us first in the side order (more words over the corpus: 4 against 2).
  assert.equal(f.filter((x) => x.outlet === "A").map((x) => x.metric), ["quotes", "voice:us", "voice:russia", "first", "first:russia", "first:us"]);
  assert.is(get("A", "voice:us").value, 0.6);
  assert.is(get("A", "voice:us").label, "share of voice: United States");
  // B: Russia never quoted in 1 quote: Wilson [0, 3.8415 / 4.8415].
  const bRu = get("B", "voice:russia");
  assert.equal([bRu.value, bRu.low, bRu.n, bRu.unit], [0, 0, 1, "quotes"]);
  assert.ok(Math.abs(bRu.high! - 0.79345) < 1e-4);
  // One article per outlet: who speaks first is the speaker, with the side's label; evidence the first quote.
  assert.is(get("A", "first").display, "Ivan Ivanov (Russia)");
  assert.equal(get("A", "first").evidence.map((e) => e.text), ["Ivan Ivanov speaks first: four five"]);
  assert.equal([get("A", "first:russia").value, get("A", "first:russia").table], [1, false]);
  assert.equal(get("A", "voice:us").evidence.map((e) => e.text), ["Ann Lee: one two three"]);
  assert.equal(quotesFigures([], [], sides), []);
});

test("quotesFigures with several articles names the side most often first and in how many articles", () => {
  const f = quotesFigures([quote("A", "a1", "us", "x y", 0), quote("A", "a2", "us", "z", 0)], [position("A", "a1", "Ann Lee", "us"), position("A", "a2", "Ann Lee", "us"), position("A", "a3", "", "")], sides);
  assert.is(f.find((x) => x.metric === "first")!.display, "United States in 2 of 2 articles");
});

test("sentimentFigures: the three tones with intervals and n, and tone toward the most-named sides, with the strongest sentences", () => {
  const ev = new SentimentEvidence();
  ev.add([
    { outlet: "A", articleId: "a1", index: 0, score: -3, voice: "narration", sides: ["us"], text: "Bad news." },
    { outlet: "A", articleId: "a1", index: 1, score: 1, voice: "quote", sides: [], text: "Fine." },
    { outlet: "A", articleId: "a1", index: 2, score: 0, voice: "narration", sides: ["us"], text: "Neutral." },
  ]);
  const base = { articles: 1, words: 10, compound: 0, compoundLow: 0, compoundHigh: 0, positiveShare: 0, negativeShare: 0, neutralShare: 0, positivePer100: 0, negativePer100: 0, polarity: 0, tone: 0, vaderMean: 0, vaderLow: 0, vaderHigh: 0 };
  const outlets = [{ ...base, outlet: "A", sentences: 3, mean: -0.67, low: -3, high: 1, narrationMean: -1.5, narrationLow: -3, narrationHigh: 0, narrationN: 2, quoteMean: 1, quoteLow: 1, quoteHigh: 1, quoteN: 1 }];
  const f = sentimentFigures(outlets, [{ outlet: "A", side: "us", n: 2, mean: -1.5, low: -3, high: 0 }], ev, sides);
  assert.equal(f.map((x) => [x.metric, x.display, x.n]), [["tone", "-0.67 [-3.00, 1.00]", 3], ["tone:narration", "-1.50 [-3.00, 0.00]", 2], ["tone:quotes", "1.00 [1.00, 1.00]", 1], ["toward:us", "-1.50 [-3.00, 0.00]", 2]]);
  assert.is(f[3].label, "tone toward United States");
  // Sentences scoring 0 are not evidence; the text carries the score.
  assert.equal(f[3].evidence.map((e) => [e.articleId, e.sentence, e.text]), [["a1", 0, "Bad news. (-3.00)"]]);
  assert.equal(f[2].evidence.map((e) => e.text), ["Fine. (+1.00)"]);
});

test("framesFigures: the dominant frame as text with its Wilson interval, each frame's share kept for the findings", () => {
  const ev = new FramesEvidence();
  ev.add([{ outlet: "A", articleId: "a1", sentence: 3, frame: "conflict", indicators: ["clash", "threat"], text: "A clash." }]);
  const share = (frame: string, sentences: number, share: number, low: number, high: number) => ({ outlet: "A", frame: frame as "conflict", sentences, n: 10, share, low, high, topIndicators: "" });
  const f = framesFigures([share("conflict", 4, 0.4, 0.168, 0.687), share("morality", 1, 0.1, 0.018, 0.404)], ev);
  assert.equal(f.map((x) => [x.metric, x.display, x.table]), [["frame", "conflict 40% [17, 69]", undefined], ["frame:conflict", "40% [17, 69]", false], ["frame:morality", "10% [2, 40]", false]]);
  assert.equal(f[0].evidence.map((e) => e.text), ["A clash. [clash, threat]"]);
});

test("emphasisFigures: distinctive words at |z| >= 1.96, else leanings said to be leanings; the loaded word picked per set", () => {
  const terms = [{ outlet: "A", term: "talks", count: 5, z: 2.5 }, { outlet: "A", term: "deal", count: 2, z: 1.0 }, { outlet: "B", term: "war", count: 3, z: 1.2 }, { outlet: "B", term: "peace", count: 0, z: 3 }];
  const loaded = [
    { set: "the move", term: "invasion", outlet: "A", count: 3, per1000: 1, setTotal: 4, shareOfSet: 0.75, examples: [{ outlet: "A", articleId: "a1", sentence: 2, start: 0, end: 8, left: "the ", match: "invasion", right: " began" }] },
    { set: "the move", term: "incursion", outlet: "A", count: 1, per1000: 1, setTotal: 4, shareOfSet: 0.25, examples: [] },
  ];
  const f = emphasisFigures(["A", "B"], terms, loaded);
  assert.equal(f.map((x) => [x.outlet, x.metric, x.display]), [
    ["A", "distinctive", "talks (z 2.5)"], ["A", "loaded", "invasion 3 of 4"],
    ["B", "distinctive", "none at z ≥ 1.96; leaning: war (z 1.2)"], ["B", "loaded", "none"],
  ]);
  assert.equal(f[1].evidence.map((e) => e.text), ["…the [invasion] began…"]);
});

test("coverageFigures counts facts only one outlet reports and facts it leaves out, per story when there are several", () => {
  const st = (outlet: string, articleId: string, text: string) => ({ outlet, articleId, sentence: 1, start: 0, end: 1, text, words: new Set(text.split(" ")).size });
  const facts = [
    { id: 0, label: "shared", outlets: ["A", "B"], statements: [st("A", "a1", "x"), st("B", "b1", "x")], cohesion: 1, nearest: null },
    { id: 1, label: "only A", outlets: ["A"], statements: [st("A", "a1", "one two three four five six seven")], cohesion: 1, nearest: null },
  ];
  const f = coverageFigures(["A", "B"], facts, [{ outlet: "B", fact: 1, reportedBy: ["A"], label: "only A" }], 3);
  assert.equal(f.map((x) => [x.outlet, x.metric, x.value, x.basis]), [["A", "only", 1, "per-story"], ["A", "left-out", 0, "per-story"], ["B", "only", 0, "per-story"], ["B", "left-out", 1, "per-story"]]);
  assert.equal(f[0].evidence.map((e) => e.text), ["one two three four five six seven"]);
  assert.equal(f[3].evidence.map((e) => [e.outlet, e.text]), [["A", "one two three four five six seven (reported by A)"]]);
});

test.run();
