import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { cueStanceHeatmap, shareOfVoiceChart } from "../../src/quotes/charts";
import { QuoteRecord } from "../../src/quotes/types";
import { cueStances, firstWordSummary, quotePositions, quoteVoice, quoteWords, unresolvedSpeakers, voicesBySide, voicesBySpeaker } from "../../src/quotes/voices";
import { quotesFigures } from "../../src/comparison/quotes-figures";
import { StringPool } from "../../src/pipeline/string-pool";

const r = (outlet: string, kind: QuoteRecord["kind"], text: string, speaker: string | null, side: QuoteRecord["side"], cue: string | null, start = 0): QuoteRecord => ({
  articleId: outlet.toLowerCase(), outlet, kind, text, start, end: start + text.length, cue, speaker, speakerText: speaker, speakerId: null, side, sentence: 0,
});
const quotes = [
  r("A", "direct", "one two three four", "Blinken", "us", "say", 10),
  r("A", "indirect", "five six", "Lavrov", "russia", "claim", 30),
  r("A", "partial", "seven eight", "Blinken", "us", "warn", 50),
  r("B", "direct", "nine", null, "unknown", null, 5),
];

test("quoteWords counts words, keeping contractions and hyphens whole", () => {
  assert.is(quoteWords("We don\u2019t expect a break-through, today."), 6);
  assert.is(quoteWords(""), 0);
  assert.is(quoteWords("a--b -c d- 'e' f'g'h \u{1D400}x \u00e9t\u00e9 42-7"), 9);
});

test("quoteWords counts what the regular expression of letter and digit runs matches, on random text", () => {
  const regex = (t: string) => (t.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? []).length;
  const alphabet = ["a", "Z", "7", " ", "-", "'", "\u2019", ".", "\u00e9", "\u0416", "\u4e2d", "\u{1D400}", "\u{1F600}", "\ud800", "\n", "\u0663"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let k = 0; k < 3000; k++) {
    let t = "";
    for (let i = next() % 14; i > 0; i--) t += alphabet[next() % alphabet.length];
    assert.is(quoteWords(t), regex(t), JSON.stringify(t));
  }
});

test("voicesBySide gives quotes, words, share of voice and direct share per outlet and side", () => {
  const v = voicesBySide(quotes);
  const us = v.find((x) => x.outlet === "A" && x.side === "us")!;
  assert.equal([us.quotes, us.words, us.shareOfVoice, us.direct, us.partial, us.indirect, us.directShare], [2, 6, 6 / 8, 1, 1, 0, 1]);
  const ru = v.find((x) => x.outlet === "A" && x.side === "russia")!;
  assert.equal([ru.shareOfVoice, ru.directShare], [2 / 8, 0]);
  assert.equal(voicesBySide([]), []);
});

test("voicesBySpeaker, cueStances and unresolvedSpeakers", () => {
  assert.equal(voicesBySpeaker(quotes).map((s) => [s.outlet, s.speaker, s.words]), [["A", "Blinken", 6], ["A", "Lavrov", 2], ["B", "(unattributed)", 1]]);
  assert.equal(cueStances(quotes).map((c) => [c.outlet, c.side, c.stance, c.count, c.cues]), [
    ["A", "us", "neutral", 1, "say×1"], ["A", "russia", "doubting", 1, "claim×1"], ["A", "us", "warning", 1, "warn×1"], ["B", "unknown", "none", 1, "(colon)×1"],
  ]);
  assert.equal(unresolvedSpeakers(quotes).map((u) => [u.outlet, u.speaker]), [["B", "(none)"]]);
});

test("quoteVoice keeps the fields the voice metrics read, and the metrics are the same on it as on the whole quotes", () => {
  const pool = new StringPool();
  const kept = quotes.map((q) => quoteVoice(q, pool));
  assert.equal(Object.keys(kept[0]).sort(), ["articleId", "cue", "kind", "outlet", "sentence", "side", "speaker", "start", "text"]);
  assert.equal(kept[1], { articleId: "a", outlet: "A", kind: "indirect", text: "five six", start: 30, sentence: 0, cue: "claim", speaker: "Lavrov", side: "russia" });
  assert.is(kept[3].speaker, null);
  // a, A, direct, say, Blinken, us, indirect, claim, Lavrov, russia, partial, warn, b, B, unknown
  assert.is(pool.size, 15);
  assert.equal(voicesBySide(kept), voicesBySide(quotes));
  assert.equal(voicesBySpeaker(kept), voicesBySpeaker(quotes));
  assert.equal(cueStances(kept), cueStances(quotes));
  assert.equal(unresolvedSpeakers(kept), unresolvedSpeakers(quotes));
  const sides = [{ id: "us", label: "US" }, { id: "russia", label: "Russia" }];
  assert.equal(quotesFigures(kept, [], sides), quotesFigures(quotes, [], sides));
});

test("quotePositions names who speaks first and last, and who in the headline and lead", () => {
  const a = parseArticle("Talks 'fail', says Lavrov\n\nBlinken said talks were hard. Later news.", { id: "a", outlet: "A" });
  const qs = [r("A", "partial", "fail", "Lavrov", "russia", "say", 7), r("A", "indirect", "talks were hard", "Blinken", "us", "say", 40)];
  assert.equal(quotePositions([a], qs), [{ articleId: "a", outlet: "A", firstSpeaker: "Lavrov", firstSide: "russia", lastSpeaker: "Blinken", lastSide: "us", headline: "Lavrov (russia)", lead: "Blinken (us)" }]);
});

test("charts: share of voice stacks sides to 100%, the cue heatmap counts per stance", () => {
  const fig = shareOfVoiceChart(voicesBySide(quotes));
  const total = fig.data.reduce((s, d) => s + (d.x as number[])[0], 0);
  assert.is(Math.round(total), 100);
  const heat = cueStanceHeatmap(cueStances(quotes));
  assert.equal(heat.data[0].y, ["A · us", "A · russia", "B · unknown"]);
});

test("share of voice follows the registry's own sides: their order, labels and colours; a side it lacks comes last", () => {
  const qs = [r("A", "direct", "one two", "Ann", "republicans", "say"), r("A", "direct", "three", "Bob", "democrats", "say", 20), r("A", "direct", "four", "Cy", "greens", "say", 40)];
  const sides = [{ id: "democrats", label: "Democrats", color: "#123456" }, { id: "republicans", label: "Republicans" }, { id: "unknown", label: "Unresolved" }];
  const fig = shareOfVoiceChart(voicesBySide(qs), sides);
  assert.equal(fig.data.map((d) => d.name), ["Democrats", "Republicans", "greens"]);
  assert.equal(fig.data.map((d) => (d.marker as { color: string }).color), ["#123456", "#E69F00", "#CC79A7"]); // given; the palette at the side's place (1), and past the list (3)
  // The older call with labels by side id keeps the default sides' order.
  const old = shareOfVoiceChart(voicesBySide(quotes), { us: "United States", unknown: "Unresolved" });
  assert.equal(old.data.map((d) => d.name), ["United States", "russia", "Unresolved"]);
  assert.equal(old.data.map((d) => (d.marker as { color: string }).color), ["#0072B2", "#D55E00", "#999999"]);
});

test("firstWordSummary: each article's first speaker for one article per outlet, else the side most often first per outlet", () => {
  const pos = (articleId: string, outlet: string, firstSpeaker: string, firstSide: string) => ({ articleId, outlet, firstSpeaker, firstSide, lastSpeaker: "", lastSide: "", headline: "", lead: "" });
  assert.is(firstWordSummary([pos("a", "A", "Ann Cole", "town"), pos("b", "B", "", "")]), "A first: Ann Cole; B first: -");
  assert.is(
    firstWordSummary([pos("a1", "A", "Ann Cole", "town"), pos("a2", "A", "Dan Pike", "port"), pos("a3", "A", "Ann Cole", "town"), pos("b1", "B", "", ""), pos("b2", "B", "", "")]),
    "A first word most often town (2 of 3 articles); B: no quotes",
  );
});

test.run();
