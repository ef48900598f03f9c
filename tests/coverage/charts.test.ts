import { test } from "uvu";
import * as assert from "uvu/assert";
import { chartNote } from "../../src/charts/theme";
import { similarityHeatmap } from "../../src/coverage/charts";

test("similarityHeatmap leaves the diagonal blank and out of the colour scale, which spans the off-diagonal cells", () => {
  const fig = similarityHeatmap({
    outlets: ["A", "B", "C"],
    matrix: [
      [1, 0.12, 0.2],
      [0.12, 1, 0.24],
      [0.2, 0.24, 1],
    ],
  });
  const [t] = fig.data as Array<{ z: Array<Array<number | null>>; zmin: number; zmax: number; text: string[][] }>;
  assert.equal([t.zmin, t.zmax], [0.12, 0.24]);
  assert.equal(t.z, [[null, 0.12, 0.2], [0.12, null, 0.24], [0.2, 0.24, null]]);
  assert.equal(t.text[0], ["–", "0.12", "0.20"]);
  assert.match(chartNote(fig.layout), /The diagonal \(an outlet with itself\) is blank; colours span the other cells only, 0\.12 \(lightest\) to 0\.24 \(darkest\)\./);
  assert.is(fig.layout.width, undefined);
});

test("similarityHeatmap of one outlet has nothing to scale: no limits, the note says blank", () => {
  const fig = similarityHeatmap({ outlets: ["A"], matrix: [[1]] });
  assert.is((fig.data[0] as { zmin?: number }).zmin, undefined);
  assert.equal(fig.data[0].z, [[null]]);
});

test.run();
