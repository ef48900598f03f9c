import { test } from "uvu";
import * as assert from "uvu/assert";
import { mainMetrics, overviewChart } from "../../src/comparison/chart";
import { compareOutlets, overviewRows } from "../../src/comparison/compare";
import { outletFigure, shareWording, toneWording } from "../../src/comparison/headline";
import { comparisonHtml, evidenceHtml, findingsHtml, overviewTableHtml } from "../../src/comparison/html";
import { OutletFigure } from "../../src/comparison/types";
import { PALETTE } from "../../src/charts/theme";

const score = (outlet: string, metric: string, value: number | null, n = 30, extra: Partial<OutletFigure> = {}) =>
  outletFigure({ outlet, metric, label: metric, scale: "score", value, low: value === null ? null : value - 1, high: value === null ? null : value + 1, n, unit: "sentences", section: "sentiment", ...extra });
const share = (outlet: string, metric: string, value: number, extra: Partial<OutletFigure> = {}) =>
  outletFigure({ outlet, metric, label: metric, scale: "share", value, low: Math.max(0, value - 0.1), high: value + 0.1, n: 20, unit: "quotes", section: "quotes", ...extra });
const count = (outlet: string, metric: string, value: number) => outletFigure({ outlet, metric, label: metric, scale: "count", value, n: value, unit: "articles", section: "corpus" });

test("overviewRows: a row per outlet in the given order, value, low, high and n columns per metric, null where missing", () => {
  const figs = [count("B", "articles", 2), count("A", "articles", 1), score("A", "tone", -0.51234), outletFigure({ outlet: "A", metric: "frame", label: "dominant frame", scale: "text", value: 0.4, n: 10, unit: "sentences", section: "frames", display: "conflict 40%" })];
  const { columns, rows } = overviewRows(figs, ["A", "B"]);
  assert.equal(columns, ["outlet", "articles", "tone", "tone low", "tone high", "tone n", "frame"]);
  assert.equal(rows, [
    { outlet: "A", articles: 1, tone: -0.5123, "tone low": -1.5123, "tone high": 0.4877, "tone n": 30, frame: "conflict 40%" },
    { outlet: "B", articles: 2, tone: null, "tone low": null, "tone high": null, "tone n": null, frame: null },
  ]);
  assert.equal(overviewRows([], ["A"]), { columns: ["outlet"], rows: [{ outlet: "A" }] });
});

test("compareOutlets gives a within-story figure its pooled counterpart's wording and evidence", () => {
  const ev = [{ outlet: "A", articleId: "a1", text: "s" }];
  const c = compareOutlets([score("A", "tone", 0, 30, { evidence: ev, wording: toneWording("sentence tone") }), score("A", "story:tone", 0.2, 4, { basis: "within-story", section: "stories" })], { outlets: ["A"], stories: 4 });
  const within = c.figures.find((f) => f.metric === "story:tone")!;
  assert.equal(within.evidence, ev);
  assert.equal(within.wording, toneWording("sentence tone"));
  assert.is(c.stories, 4);
});

test("mainMetrics: the three tones, the most-quoted side's voice and the frame most present; within stories when there are several", () => {
  const figs = [score("A", "tone", 0), score("A", "tone:narration", 0), score("A", "tone:quotes", null), share("A", "voice:us", 0.5), share("A", "voice:ru", 0.3), share("A", "frame:conflict", 0.2, { section: "frames" }), share("A", "frame:economic", 0.4, { section: "frames" })];
  // tone:quotes has no value and is left out; economic is the frame most present.
  assert.equal(mainMetrics({ figures: figs, stories: 1 }), ["tone", "tone:narration", "voice:us", "frame:economic"]);
  const within = [...figs, score("A", "story:tone", 0.1, 3, { basis: "within-story" }), share("A", "story:frame:economic", 0.02, { basis: "within-story" })];
  assert.equal(mainMetrics({ figures: within, stories: 3 }), ["story:tone", "story:frame:economic"]);
  assert.equal(mainMetrics({ figures: [], stories: 1 }), []);
});

test("overviewChart: one panel per metric, each outlet in its corpus colour in every panel, hollow under 5 observations", () => {
  const figs = [score("A", "tone", -1), score("B", "tone", 1, 3), share("A", "voice:us", 0.5), share("B", "voice:us", 0.2)];
  const fig = overviewChart({ figures: figs, stories: 1, outlets: ["A", "B"] }, ["tone", "voice:us"]);
  assert.equal(fig.data.map((d) => [d.name, d.xaxis, (d.marker as { color: string }).color, (d.marker as { symbol: string }).symbol]), [
    ["A", "x", PALETTE[0], "circle"], ["B", "x", PALETTE[1], "circle-open"], ["A", "x2", PALETTE[0], "circle"], ["B", "x2", PALETTE[1], "circle"],
  ]);
  // Shares are drawn in percent, with the interval as error bars: 50% [40, 60].
  assert.equal([fig.data[2].x, (fig.data[2].error_x as { array: number[] }).array, (fig.data[2].error_x as { arrayminus: number[] }).arrayminus], [[50], [10], [10]]);
  assert.equal((fig.layout.yaxis as { categoryarray: string[] }).categoryarray, ["A", "B"]);
  assert.equal((fig.layout.xaxis2 as { ticksuffix: string }).ticksuffix, "%");
  const empty = overviewChart({ figures: [], stories: 1, outlets: [] }, []);
  assert.equal(empty.data, []);
});

test("overviewTableHtml: a column per outlet up to eight, a row per outlet beyond; cells link to section and evidence; text escaped", () => {
  const ev = [{ outlet: "<A>", articleId: "a1", sentence: 2, text: "He said <b>no</b>." }];
  const c = compareOutlets([score("<A>", "tone", -1, 30, { evidence: ev }), score("B", "tone", 1)], { outlets: ["<A>", "B"] });
  const html = overviewTableHtml(c);
  assert.match(html, /<tr><th><\/th><th>&lt;A&gt;<\/th><th>B<\/th><\/tr>/);
  assert.match(html, /<td><a href="#sentiment">-1\.00 \[-2\.00, 0\.00\]<\/a><a class="ev" href="#ev-0-0" title="the sentences behind it">¶<\/a><span class="n">n = 30 sentences<\/span><\/td>/);
  assert.match(evidenceHtml(c), /<details class="evidence" id="ev-0-0"><summary>&lt;A&gt; · tone: -1\.00 \[-2\.00, 0\.00\]<\/summary><ul class="evidence"><li>“He said &lt;b&gt;no&lt;\/b&gt;\.” <span class="note">\(a1, sentence 2\)<\/span><\/li><\/ul><\/details>/);
  const nine = Array.from({ length: 9 }, (_, i) => `O${i}`);
  const wide = overviewTableHtml(compareOutlets(nine.map((o) => score(o, "tone", 0)), { outlets: nine }));
  assert.match(wide, /<tr><th>outlet<\/th><th>tone<\/th><\/tr>/);
  assert.is((wide.match(/<tr><th class="metric">O\d<\/th>/g) ?? []).length, 9);
});

test("findingsHtml lists supported differences first and the not-told-apart after, each opening to its sentences", () => {
  const ev = (o: string) => [{ outlet: o, articleId: `${o}1`, text: `${o} said` }];
  const figs = [share("A", "voice:us", 0.9, { evidence: ev("A"), wording: shareWording("share for US") }), share("B", "voice:us", 0.1, { evidence: ev("B") }), score("A", "tone", 0), score("B", "tone", 0.1)];
  const html = findingsHtml(compareOutlets(figs, { outlets: ["A", "B"] }));
  assert.match(html, /^<p>1 difference between outlets that the intervals support; 1 metric on which the articles cannot tell the outlets apart\.<\/p><ol class="findings"><li><details><summary>A&#39;s share for US is larger than B&#39;s: 90% \[80, 100\] vs 10% \[0, 20\]/);
  assert.match(html, /<\/ol><p><strong>Not told apart\.<\/strong><\/p><ul class="findings"><li>The articles cannot tell the outlets apart on tone:/);
  assert.match(html, /<ul class="evidence"><li><strong>A<\/strong>: “A said”/);
  assert.match(findingsHtml({ findings: [] }), /No findings/);
  assert.throws(() => comparisonHtml(compareOutlets([]), "chart" as "table"), /comparisonHtml: unknown part "chart"; use one of table, findings, evidence/);
});

test.run();
