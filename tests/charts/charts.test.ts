import { test } from "uvu";
import * as assert from "uvu/assert";
import { shortLabel, uniqueShortLabels, wrapLabel, wrapText, rowsHeight } from "../../src/charts/labels";
import { panelGrid } from "../../src/charts/panels";
import { formatPercent, logTicks, offDiagonalRange, sharedRange } from "../../src/charts/scale";
import { PALETTE, baseLayout, chartLayout, chartNote, colorAt, outletScale, titleText } from "../../src/charts/theme";

const LONG = "The Very Long Name Evening Chronicle and Gazette";

test("wrapText breaks at word boundaries within the width, keeps <br> and never cuts a word", () => {
  assert.is(wrapText(LONG, 18), "The Very Long Name<br>Evening Chronicle<br>and Gazette");
  assert.is(wrapLabel(LONG), "The Very Long Name<br>Evening Chronicle<br>and Gazette");
  assert.is(wrapText("one<br>two three", 5), "one<br>two<br>three");
  assert.is(wrapText("Antidisestablishmentarianism is long", 10), "Antidisestablishmentarianism<br>is long");
  assert.is(wrapText("", 10), "");
  assert.throws(() => wrapText("x", 0), /width must be a whole number of characters, at least 1; got 0/);
});

test("shortLabel cuts at a word boundary with an ellipsis; uniqueShortLabels keeps labels that would collide whole", () => {
  assert.is(shortLabel(LONG, 20), "The Very Long Name…");
  assert.is(shortLabel("short", 20), "short");
  assert.is(shortLabel("abcdefghijklmnop", 6), "abcde…");
  assert.equal(uniqueShortLabels(["alpha beta gamma one", "alpha beta gamma two", "x"], 12), ["alpha beta gamma one", "alpha beta gamma two", "x"]);
  assert.equal(uniqueShortLabels(["alpha beta gamma one", "zeta"], 12), ["alpha beta…", "zeta"]);
  assert.throws(() => shortLabel("x", 1), /max must be a whole number of characters, at least 2; got 1/);
});

test("rowsHeight gives every row what the tallest wrapped label needs", () => {
  assert.is(rowsHeight(["a", "b"]), 52);
  // three lines: 17 * 3 + 8 = 59 px for each of the two rows
  assert.is(rowsHeight([wrapLabel(LONG), "b"]), 118);
  assert.is(rowsHeight([]), 0);
});

test("outletScale colours an outlet by its place in the corpus order, whatever subset a chart shows", () => {
  const all = outletScale(["B", "A", "C"], ["A", "B", "C"]);
  assert.equal(all.outlets, ["A", "B", "C"]);
  const some = outletScale(["C"], ["A", "B", "C"]);
  assert.equal(some.outlets, ["C"]);
  assert.is(some.color("C"), PALETTE[2]);
  assert.is(some.color("C"), all.color("C"));
  // An outlet missing from the order comes after it, as seen.
  const extra = outletScale(["Z", "A"], ["A", "B", "C"]);
  assert.equal(extra.outlets, ["A", "Z"]);
  assert.is(extra.color("Z"), PALETTE[3]);
  // No order: the order seen.
  assert.equal(outletScale(["Y", "X", "Y"]).outlets, ["Y", "X"]);
  assert.is(outletScale(["Y", "X"]).color("X"), colorAt(1));
});

test("sharedRange spans every panel's values (with 0, padded); symmetric when asked; [-1, 1] for nothing", () => {
  // Panels of -15..5 and -5..5 share one range: span 20, 5% padding = 1 each side.
  assert.equal(sharedRange([-15, 5, -5, 5]), [-16, 6]);
  assert.equal(sharedRange([1, 2], { includeZero: false, pad: 0 }), [1, 2]);
  assert.equal(sharedRange([-1, 3], { symmetric: true, pad: 0 }), [-3, 3]);
  assert.equal(sharedRange([2, NaN, Infinity], { pad: 0 }), [0, 2]);
  assert.equal(sharedRange([]), [-1, 1]);
  assert.throws(() => sharedRange([1], { pad: -1 }), /pad must be a number, 0 or more; got -1/);
});

test("offDiagonalRange takes the colour limits from the cells off the diagonal", () => {
  const m = [
    [1, 0.12, 0.2],
    [0.12, 1, 0.24],
    [0.2, 0.24, 1],
  ];
  assert.equal(offDiagonalRange(m), { zmin: 0.12, zmax: 0.24 });
  assert.equal(offDiagonalRange([[1, 0.5], [0.5, 1]]), { zmin: 0.5, zmax: 0.51 });
  assert.is(offDiagonalRange([[1]]), null);
  assert.is(offDiagonalRange([]), null);
});

test("logTicks labels a log axis 1, 2, 5, 10, ... up to the first tick at or above the maximum; formatPercent reads a share as %", () => {
  assert.equal(logTicks(7), [1, 2, 5, 10]);
  assert.equal(logTicks(50), [1, 2, 5, 10, 20, 50]);
  assert.equal(logTicks(1), [1]);
  assert.is(formatPercent(0.25), "25%");
  assert.is(formatPercent(0.125, 1), "12.5%");
});

test("panelGrid flows panels into rows of at most `columns`, each row a fixed height", () => {
  const g = panelGrid(5, { columns: 3, rowHeight: 100, rowGap: 50, xgap: 0.1 });
  assert.equal([g.rows, g.columns, g.plotHeight], [2, 3, 250]);
  assert.equal(g.panels.map((p) => [p.x, p.yaxis, p.row, p.column]), [["x", "yaxis", 0, 0], ["x2", "yaxis2", 0, 1], ["x3", "yaxis3", 0, 2], ["x4", "yaxis4", 1, 0], ["x5", "yaxis5", 1, 1]]);
  // width of a column: (1 - 2 * 0.1) / 3 = 0.2667; rows: 0..100 px and 150..250 px of 250
  assert.equal(g.panels[0].xDomain, [0, 0.2667]);
  assert.equal(g.panels[2].xDomain, [0.7333, 1]);
  assert.equal(g.panels[0].yDomain, [0.6, 1]);
  assert.equal(g.panels[3].yDomain, [0, 0.4]);
  assert.equal(panelGrid(1, { rowHeight: 80 }).panels[0].xDomain, [0, 1]);
  assert.throws(() => panelGrid(2, { rowHeight: 80, columns: 0 }), /columns must be a whole number, at least 1; got 0/);
});

test("baseLayout and chartLayout set no width (the chart takes its container's) and give the note its own 12-px lines under the title", () => {
  assert.is(baseLayout("T").width, undefined);
  assert.is(baseLayout("T").autosize, true);
  const l = chartLayout("T", "12 articles.", { height: 300, margin: { l: 90 } });
  assert.is(l.width, undefined);
  assert.is(l.height, 300);
  const title = l.title as { text: string; yref: string; y: number };
  assert.is(title.text, 'T<br><span style="font-size:12px;color:#555">12 articles.</span>');
  assert.equal([title.yref, title.y], ["container", 1]);
  // 28 + 24 a line (title and note) + 16 above the plot
  assert.equal(l.margin, { l: 90, r: 30, b: 70, t: 92 });
  assert.is(titleText("T"), "T");
  assert.is(chartNote(chartLayout("T", "a ".repeat(80))), ("a ".repeat(80)).trim());
  assert.is(chartNote(baseLayout("T")), "");
});

test.run();
