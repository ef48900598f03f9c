import { test } from "uvu";
import * as assert from "uvu/assert";
import { frequencyVsZChart, frequencyVsZPoints } from "../../src/emphasis/charts";
import { TermEmphasis } from "../../src/emphasis/distinctive";

const term = (outlet: string, t: string, count: number, z: number) => ({ outlet, term: t, count, z }) as TermEmphasis;

test("frequencyVsZPoints keeps every used term up to the limit, then significant terms by |z|, then the most frequent", () => {
  const rows = [term("A", "a", 9, 0.1), term("A", "b", 1, 2.5), term("A", "c", 5, -3), term("A", "d", 7, 1), term("A", "unused", 0, 0), term("B", "e", 3, 0)];
  assert.equal(frequencyVsZPoints(rows, "A", 4).map((r) => r.term), ["a", "b", "c", "d"]);
  // Limit 3: c (|z| 3) and b (2.5) are significant, then the most frequent other, a (9), not d (7).
  assert.equal(frequencyVsZPoints(rows, "A", 3).map((r) => r.term), ["c", "b", "a"]);
  const fig = frequencyVsZChart(rows, 2);
  assert.equal((fig.data[0] as { text: string[] }).text, ["c", "b"]);
  assert.equal((fig.data[1] as { text: string[] }).text, ["e"]);
});

test.run();
