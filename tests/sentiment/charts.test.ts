import { test } from "uvu";
import * as assert from "uvu/assert";
import { PALETTE, chartNote } from "../../src/charts/theme";
import { OutletSentiment, WordContribution } from "../../src/sentiment/aggregate";
import { outletMeansChart, sentimentArcChart, sideToneHeatmap, topWordsChart } from "../../src/sentiment/charts";
import { SentenceSentiment } from "../../src/sentiment/sentences";

const LONG = "The Very Long Name Evening Chronicle and Gazette";
const round = (r: unknown) => (r as number[]).map((x) => Math.round(x * 1e9) / 1e9);

test("topWordsChart puts every outlet's panel on one shared axis range", () => {
  // A: -15..5, B: -5..5 -> one range for both: -15..5 padded by 8% of 20 = 1.6 each side.
  const rows: WordContribution[] = [
    { outlet: "A", word: "loss", total: -15, count: 5 },
    { outlet: "A", word: "ally", total: 5, count: 2 },
    { outlet: "B", word: "fear", total: -5, count: 2 },
    { outlet: "B", word: "hope", total: 5, count: 3 },
  ];
  const fig = topWordsChart(rows);
  assert.equal(round((fig.layout.xaxis as { range: number[] }).range), [-16.6, 6.6]);
  assert.equal(round((fig.layout.xaxis2 as { range: number[] }).range), [-16.6, 6.6]);
  assert.equal(fig.data.map((t) => t.x), [[5, -15], [5, -5]]);
  assert.equal((fig.data[0].marker as { color: string[] }).color, ["#2166ac", "#b2182b"]); // positive blue, negative red
  assert.match(chartNote(fig.layout), /^12 occurrences of these 4 lexicon words/);
});

test("sentimentArcChart shares one score range across the outlets' panels and colours each outlet's sentences", () => {
  const s = (outlet: string, index: number, score: number, voice: "narration" | "quote" = "narration") => ({ articleId: outlet.toLowerCase(), outlet, index, position: index / 2, role: "body", lead: false, voice, score, text: "x" }) as unknown as SentenceSentiment;
  const fig = sentimentArcChart([s("A", 0, -10), s("A", 1, 2), s("B", 0, 1, "quote"), s("B", 1, 3)], { outlets: ["B", "A"] });
  // -10..3 with 0, padded by 12% of 13 = 1.56
  assert.equal(round((fig.layout.yaxis as { range: number[] }).range), [-11.56, 4.56]);
  assert.equal(round((fig.layout.yaxis2 as { range: number[] }).range), [-11.56, 4.56]);
  assert.equal(fig.data.slice(0, 2).map((t) => [t.name, (t.marker as { color: string }).color]), [["B", PALETTE[0]], ["A", PALETTE[1]]]);
  assert.equal((fig.data[0].marker as { symbol: string[] }).symbol, ["circle-open", "circle"]);
  assert.match(chartNote(fig.layout), /^4 sentences of 2 article\(s\)/);
});

test("outletMeansChart gives each outlet's dot its colour and wraps a long name in the label with n", () => {
  const o = (outlet: string, mean: number) => ({ outlet, sentences: 10, mean, low: mean - 1, high: mean + 1 }) as OutletSentiment;
  const fig = outletMeansChart([o(LONG, -1), o("B", 0.5)], { outlets: ["B", LONG] });
  assert.equal(fig.data[0].y, ["B (n=10)", "The Very Long Name<br>Evening Chronicle<br>and Gazette (n=10)"]);
  assert.equal((fig.data[0].marker as { color: string[] }).color, [PALETTE[0], PALETTE[1]]);
  assert.match(chartNote(fig.layout), /^20 sentences/);
});

test("sideToneHeatmap writes its cells at 12 px or more", () => {
  const heat = sideToneHeatmap([{ outlet: "A", side: "us", n: 3, mean: -1, low: -2, high: 0 }], [{ id: "us", label: "US" }]);
  assert.is((heat.data[0].textfont as { size: number }).size, 12);
  assert.equal(heat.data[0].text, [["-1.00<br>n=3 (few)"]]);
});

test.run();
