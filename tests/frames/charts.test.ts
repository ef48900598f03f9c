import { test } from "uvu";
import * as assert from "uvu/assert";
import { PALETTE, chartNote } from "../../src/charts/theme";
import { FrameShare } from "../../src/frames/detect";
import { frameSharesChart } from "../../src/frames/charts";

test("frameSharesChart: shares in percent on the axis and the hover, each outlet in its corpus colour, n in the note", () => {
  const share = (outlet: string, frame: FrameShare["frame"], sentences: number, n: number): FrameShare => ({ outlet, frame, sentences, n, share: sentences / n, low: 0, high: 1, topIndicators: "" });
  const fig = frameSharesChart([share("B", "conflict", 2, 8), share("B", "economic", 1, 8)], { outlets: ["A", "B"] });
  assert.is(fig.data.length, 1);
  const [t] = fig.data as Array<{ name: string; x: string[]; y: number[]; marker: { color: string }; hovertemplate: string }>;
  assert.is(t.marker.color, PALETTE[1]); // B is the corpus's second outlet, even drawn alone
  assert.is(t.y[t.x.indexOf("conflict")], 25);
  assert.is(t.y[t.x.indexOf("economic")], 12.5);
  assert.match(t.hovertemplate, /%\{y:\.0f\}%/);
  assert.is((fig.layout.yaxis as { ticksuffix: string }).ticksuffix, "%");
  assert.match(chartNote(fig.layout), /^8 sentences \(B 8\)/);
});

test.run();
