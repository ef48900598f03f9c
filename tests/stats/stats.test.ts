import { test } from "uvu";
import * as assert from "uvu/assert";
import { bootstrapCI, bootstrapMeanCI, mean } from "../../src/stats/bootstrap";
import { pearson, ranks, spearman } from "../../src/stats/correlation";
import { seededRandom } from "../../src/stats/random";

test("pearson of perfectly linear series is 1 or -1; hand-computed case", () => {
  assert.is(pearson([1, 2, 3], [2, 4, 6]), 1);
  assert.is(pearson([1, 2, 3], [3, 2, 1]), -1);
  // x = 1,2,3,4; y = 1,3,2,4: sxy = 4, sxx = 5, syy = 5 -> r = 0.8
  assert.ok(Math.abs(pearson([1, 2, 3, 4], [1, 3, 2, 4]) - 0.8) < 1e-12);
  assert.ok(Number.isNaN(pearson([1, 1], [1, 2])));
  assert.throws(() => pearson([1], [1, 2]), /differ in length/);
});

test("ranks average ties and spearman uses them", () => {
  assert.equal(ranks([10, 20, 20, 5]), [2, 3.5, 3.5, 1]);
  assert.is(spearman([1, 2, 3], [10, 100, 1000]), 1);
});

test("bootstrapMeanCI is reproducible, brackets the mean, and handles empty and single samples", () => {
  const xs = [-2, -1, 0, 1, 5];
  const a = bootstrapMeanCI(xs, { seed: 7 });
  const b = bootstrapMeanCI(xs, { seed: 7 });
  assert.equal(a, b);
  assert.is(a.estimate, 0.6);
  assert.ok(a.low < 0.6 && a.high > 0.6 && a.low >= -2 && a.high <= 5);
  assert.is(a.n, 5);
  const one = bootstrapMeanCI([3]);
  assert.equal([one.estimate, one.low, one.high], [3, 3, 3]);
  assert.ok(Number.isNaN(bootstrapMeanCI([]).estimate));
  assert.is(bootstrapMeanCI([]).n, 0);
});

test("bootstrapCI of a constant statistic has zero width; mean of nothing is NaN", () => {
  const ci = bootstrapCI([1, 2, 3], () => 4, { iterations: 50 });
  assert.equal([ci.low, ci.high], [4, 4]);
  assert.ok(Number.isNaN(mean([])));
});

test("seededRandom gives the same stream for the same seed, in [0, 1)", () => {
  const r1 = seededRandom(42);
  const r2 = seededRandom(42);
  const a = [r1(), r1(), r1()];
  assert.equal(a, [r2(), r2(), r2()]);
  assert.ok(a.every((x) => x >= 0 && x < 1));
});

test.run();
