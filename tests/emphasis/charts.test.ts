import { test } from "uvu";
import * as assert from "uvu/assert";
import { PALETTE, chartNote } from "../../src/charts/theme";
import { LoadedTermUse } from "../../src/emphasis/contrast";
import { TermEmphasis } from "../../src/emphasis/distinctive";
import { distinctiveTermsChart, frequencyVsZChart, loadedTermsChart } from "../../src/emphasis/charts";

const LONG = "The Very Long Name Evening Chronicle and Gazette";
const term = (outlet: string, t: string, z: number, count = 3) => ({ outlet, term: t, n: 1, count, rate: 1, otherCount: 1, delta: 0, variance: 1, z, log_ratio: 0, g2: 0, tfidf: 0 }) as TermEmphasis;

test("distinctiveTermsChart: a panel per outlet, at most three a row, on one symmetric z range; long terms shortened, in full on hover", () => {
  const rows = [term("A", "x", 3), term("B", "y", -1), term("C", "z", 0.5), term(LONG, "a very long bigram of words", 2)];
  const fig = distinctiveTermsChart(rows, { outlets: ["A", "B", "C", LONG] });
  const ranges = ["xaxis", "xaxis2", "xaxis3", "xaxis4"].map((k) => (fig.layout[k] as { range: number[] }).range);
  // max |z| 3 -> -3..3, padded by 6% of 6 = 0.36
  for (const r of ranges) assert.equal(r.map((x) => Math.round(x * 1e9) / 1e9), [-3.36, 3.36]);
  assert.equal((fig.layout.xaxis4 as { domain: number[] }).domain[0], 0, "the fourth panel starts a second row");
  // 17 characters, then "…": the last space (at 11) lies before the last third, so the word is cut
  assert.equal(fig.data[3].y, ["a very long bigra…"]);
  assert.match((fig.data[3].customdata as string[])[0], /^a very long bigram of words<br>/);
  // significant bars in the outlet's colour (the fourth outlet: PALETTE[3]), leanings grey
  assert.equal(fig.data.map((t) => (t.marker as { color: string[] }).color[0]), [PALETTE[0], "#bbb", "#bbb", PALETTE[3]]);
  const headings = (fig.layout.annotations as Array<{ text: string }>).map((a) => a.text);
  assert.match(headings[3], /<b>The Very Long Name<br>Evening Chronicle and<br>Gazette<\/b>/); // wrapped at 22 characters
  assert.match(chartNote(fig.layout), /Coloured bars clear \|z\| ≥ 1\.96 \(2 of 4\)/);
  assert.is(fig.layout.width, undefined);
});

test("frequencyVsZChart: every panel on the same count and z ranges, log ticks labelled at full size", () => {
  const fig = frequencyVsZChart([term("A", "a", 2.5, 40), term("A", "b", 0, 1), term("B", "c", -3, 7)]);
  const x1 = fig.layout.xaxis as { range: number[]; tickvals: number[] };
  const x2 = fig.layout.xaxis2 as { range: number[]; tickvals: number[] };
  assert.equal(x1.range, x2.range);
  assert.equal(x1.tickvals, [1, 2, 5, 10, 20, 50]);
  assert.equal((fig.layout.yaxis as { range: number[] }).range, (fig.layout.yaxis2 as { range: number[] }).range);
  assert.equal(frequencyVsZChart([term("A", "a", 2.5, 40), term("A", "b", 0, 1)], { maxPoints: 1 }).data[0].text, ["a"]);
});

test("loadedTermsChart: shares in percent on the axis, long outlet names wrapped with n", () => {
  const use = (outlet: string, t: string, count: number, setTotal: number): LoadedTermUse => ({ set: "move", outlet, term: t, count, setTotal, shareOfSet: setTotal ? count / setTotal : 0, per1000: 1 }) as LoadedTermUse;
  const fig = loadedTermsChart([use(LONG, "invasion", 1, 4), use(LONG, "incursion", 3, 4)]);
  assert.equal(fig.data.map((t) => t.x), [[25], [75]]);
  assert.equal(fig.data[0].y, ["The Very Long Name<br>Evening Chronicle<br>and Gazette (n=4)"]);
  assert.is((fig.layout.xaxis as { ticksuffix: string }).ticksuffix, "%");
  assert.match(String(fig.data[0].hovertemplate), /%\{x:\.0f\}%/);
});

test.run();
