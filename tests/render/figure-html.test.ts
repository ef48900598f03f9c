import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXPORT_WIDTH } from "../../src/charts/theme";
import { figureConfig, figureDiv } from "../../src/render/figure-html";

test("figureConfig is responsive and downloads a chart without a layout width at EXPORT_WIDTH; the figure's own config wins", () => {
  const free = figureConfig({ data: [], layout: { height: 300 } }, "voices-share");
  assert.is(free.responsive, true);
  assert.equal(free.toImageButtonOptions, { filename: "voices-share", width: EXPORT_WIDTH, height: 300 });
  assert.equal(figureConfig({ data: [], layout: { width: 300, height: 200 } }).toImageButtonOptions, { filename: "framelens-chart", width: 300, height: 200 });
  const own = figureConfig({ data: [], layout: {}, config: { responsive: false, toImageButtonOptions: { scale: 3 } } }, "x");
  assert.equal([own.responsive, own.toImageButtonOptions], [false, { filename: "x", width: EXPORT_WIDTH, scale: 3 }]);
});

test("figureDiv fills its container; a layout width only caps it", () => {
  assert.match(figureDiv({ data: [], layout: {} }, { id: "a" }), /<div id="a" class="framelens-chart" style="width:100%;">/);
  assert.match(figureDiv({ data: [], layout: { width: 500 } }, { id: "b" }), /style="width:100%;max-width:500px;"/);
});

test.run();
