import { test } from "uvu";
import * as assert from "uvu/assert";
import { PALETTE, chartNote } from "../../src/charts/theme";
import { StoryMetric } from "../../src/stories/cells";
import { storyEffectsChart, storyHeatmap, storyPickerChart } from "../../src/stories/charts";
import { withinStoryEffects } from "../../src/stories/effects";

const row = (story: string, outlet: string, metric: string, value: number, articles = 1): StoryMetric => ({ story, storyTitle: story === "s1" ? "Budget vote" : "", level: "outlet", outlet, articles, metric, family: metric === "tone" ? "tone" : "frame", label: metric, value, n: 4, unit: "sentences" });
const rows = [row("s1", "X", "tone", 1), row("s1", "Y", "tone", 3), row("s2", "X", "tone", 0, 3), row("s2", "Y", "tone", 2), row("s2", "Z", "tone", 4), row("s1", "X", "frame:conflict", 0.5), row("s1", "Y", "frame:conflict", 0.25)];

test("storyHeatmap: colour is the difference from the story mean, stories by size, one menu entry per metric", () => {
  const fig = storyHeatmap(rows, [{ id: "tone", label: "sentence tone", scale: "score" }, { id: "frame:conflict", label: "conflict", scale: "share" }]);
  const [trace] = fig.data as Array<{ x: string[]; y: string[]; z: Array<Array<number | null>>; text: string[][] }>;
  assert.equal(trace.x, ["X", "Y", "Z"]);
  // s2 has 5 articles, s1 2: s2 first; s1 is shown by its title.
  assert.equal(trace.y, ["s2", "Budget vote"]);
  assert.equal(trace.z, [[-2, 0, 2], [-1, 1, null]]);
  assert.is(trace.text[1][0], "1.00 (n=4)");
  const menu = (fig.layout.updatemenus as Array<{ buttons: Array<{ label: string; args: Array<{ z: Array<Array<Array<number | null>>> }> }> }>)[0];
  assert.equal(menu.buttons.map((b) => b.label), ["sentence tone", "conflict"]);
  // conflict in points: X 50%, Y 25%, mean 37.5%
  assert.equal(menu.buttons[1].args[0].z[0][1], [12.5, -12.5, null]);
});

test("storyEffectsChart: one trace per outlet with its interval, shares in percentage points", () => {
  const fx = withinStoryEffects(rows.filter((r) => r.metric === "tone"));
  const fig = storyEffectsChart(fx, "score", "Tone");
  const traces = fig.data as Array<{ name: string; x: number[]; error_x: { array: number[]; arrayminus: number[] } }>;
  assert.equal(traces.map((t) => [t.name, t.x]), [["X", [-1.5]], ["Y", [0.5]], ["Z", [2]]]);
  assert.equal(traces[2].error_x.array, [0], "one story: no interval drawn");
  const empty = storyEffectsChart([], "share", "Shares");
  assert.equal(empty.data, []);
  assert.match(chartNote(empty.layout), /each story needs two outlets/);
});

test("storyPickerChart: bars of the largest story first, a menu entry per story that swaps in its values", () => {
  const fig = storyPickerChart(rows, [{ id: "tone", label: "sentence tone", scale: "score" }, { id: "frame:conflict", label: "conflict", scale: "share" }]);
  const traces = fig.data as Array<{ name: string; x: string[]; y: Array<number | null>; xaxis: string }>;
  // Two panels per outlet (score left, share right); s2 (5 articles) shown first: X 0, Y 2, Z 4; no conflict values there.
  assert.equal(traces.map((t) => [t.name, t.xaxis, t.y]), [["X", "x", [0]], ["X", "x2", [null]], ["Y", "x", [2]], ["Y", "x2", [null]], ["Z", "x", [4]], ["Z", "x2", [null]]]);
  const menu = (fig.layout.updatemenus as Array<{ buttons: Array<{ label: string; args: Array<{ y?: Array<Array<number | null>> }> }> }>)[0];
  assert.equal(menu.buttons.map((b) => b.label), ["s2", "Budget vote"]);
  // Budget vote (s1): X tone 1, conflict 50%; Y 3, 25%; Z did not cover it.
  assert.equal(menu.buttons[1].args[0].y, [[1], [50], [3], [25], [null], [null]]);
});

test("story charts read shares as percentages and colour outlets from the corpus order", () => {
  const metrics = [{ id: "tone", label: "sentence tone", scale: "score" as const }, { id: "frame:conflict", label: "conflict", scale: "share" as const }];
  const picker = storyPickerChart(rows, metrics, { outlets: ["Z", "Y", "X"] });
  assert.is((picker.layout.yaxis2 as { ticksuffix: string }).ticksuffix, "%");
  assert.equal((picker.data as Array<{ name: string; marker: { color: string } }>).filter((_, i) => i % 2 === 0).map((t) => [t.name, t.marker.color]), [["Z", PALETTE[0]], ["Y", PALETTE[1]], ["X", PALETTE[2]]]);
  // Picking a story changes the title and keeps the note under it.
  const pick = (picker.layout.updatemenus as Array<{ buttons: Array<{ args: Array<Record<string, string>> }> }>)[0].buttons[1].args[1]["title.text"];
  assert.is(chartNote({ title: { text: pick } }), chartNote(picker.layout));
  assert.match(pick, /^One story at a time: Budget vote<br>/);
  const heat = storyHeatmap(rows, metrics);
  const menu = (heat.layout.updatemenus as Array<{ buttons: Array<{ args: Array<{ hovertemplate: string[] }> }> }>)[0];
  assert.match(menu.buttons[1].args[0].hovertemplate[0], /%\{z:\.1f\} percentage points from the story mean/);
  assert.match(chartNote(heat.layout), /^2 of 2 stories, 7 articles\./);
  const shares = storyEffectsChart(withinStoryEffects(rows.filter((r) => r.metric === "frame:conflict")), "share", "Shares", { outlets: ["Y", "X"] });
  assert.equal((shares.data as Array<{ name: string; marker: { color: string } }>).map((t) => [t.name, t.marker.color]), [["Y", PALETTE[0]], ["X", PALETTE[1]]]);
  assert.is((shares.layout.xaxis as { ticksuffix: string }).ticksuffix, " pts");
});

test.run();
