import { test } from "uvu";
import * as assert from "uvu/assert";
import { bootstrapCI, bootstrapMeanCI, bootstrapMeanCIs, mean } from "../../src/stats/bootstrap";
import { seededRandom } from "../../src/stats/random";

const close = (a: number, b: number, tol = 1e-12) => Math.abs(a - b) <= tol;

test("bootstrapMeanCI matches a hand-computed case: [1, 3, 8], 4 resamples, level 0.5, seed 1", () => {
  // seededRandom(1) draws 0.6271 0.0027 0.5274 | 0.9811 0.9684 0.2811 | 0.6128 0.7207 0.4258 | 0.9948 0.4553 0.4888,
  // i.e. indices (floor(3u)) 1 0 1 | 2 2 0 | 1 2 1 | 2 1 1: resamples 3 1 3, 8 8 1, 3 8 3, 8 3 3,
  // means 7/3, 17/3, 14/3, 14/3; sorted 7/3, 14/3, 14/3, 17/3.
  // low = quantile 0.25 at position 0.75: 7/3 + 0.75 (14/3 - 7/3) = 49/12; high = quantile 0.75 at 2.25: 14/3 + 0.25 = 59/12.
  const r = seededRandom(1);
  assert.equal(Array.from({ length: 12 }, () => Math.floor(r() * 3)), [1, 0, 1, 2, 2, 0, 1, 2, 1, 2, 1, 1]);
  const ci = bootstrapMeanCI([1, 3, 8], { iterations: 4, level: 0.5, seed: 1 });
  assert.is(ci.estimate, 4);
  assert.ok(close(ci.low, 49 / 12), String(ci.low));
  assert.ok(close(ci.high, 59 / 12), String(ci.high));
  assert.equal([ci.n, ci.level, ci.kind], [3, 0.5, "percentile-bootstrap"]);
});

test("bootstrapMeanCI gives exactly the numbers of the generic bootstrapCI with the mean", () => {
  const r = seededRandom(9);
  const xs = Array.from({ length: 137 }, () => Math.round((r() - 0.5) * 20) / 4);
  for (const seed of [1, 2, 123456789, 2 ** 32 - 1]) {
    const fast = bootstrapMeanCI(xs, { seed, iterations: 300 });
    const slow = bootstrapCI(xs, mean, { seed, iterations: 300 });
    assert.equal(fast, slow, `seed ${seed}`);
  }
});

test("bootstrapMeanCIs shares draws across columns and equals one call per column", () => {
  const a = [1, -2, 0, 4, 3, -1, 2];
  const b = a.map((x) => x / (1 + Math.abs(x)));
  const c = a.map((x) => x * x);
  const together = bootstrapMeanCIs([a, b, c], { iterations: 500, seed: 5 });
  assert.equal(together, [a, b, c].map((col) => bootstrapMeanCI(col, { iterations: 500, seed: 5 })));
  assert.equal(bootstrapMeanCIs([]), []);
  assert.throws(() => bootstrapMeanCIs([[1, 2], [1]]), /differ in length \(2, 1\)/);
});

test("bootstrapMeanCI switches to the normal approximation above normalAbove: [0, 2] gives 1 +- 1.959964 / sqrt(2)", () => {
  // mean 1, plug-in sd sqrt(((0-1)^2 + (2-1)^2) / 2) = 1, standard error 1 / sqrt(2); z(0.975) = 1.959964
  const ci = bootstrapMeanCI([0, 2], { normalAbove: 1 });
  assert.is(ci.kind, "normal");
  assert.ok(close(ci.low, 1 - 1.959964 / Math.SQRT2, 1e-6), String(ci.low));
  assert.ok(close(ci.high, 1 + 1.959964 / Math.SQRT2, 1e-6), String(ci.high));
  assert.is(bootstrapMeanCI([0, 2], { normalAbove: 2 }).kind, "percentile-bootstrap");
  assert.is(bootstrapMeanCI(new Array(1001).fill(1)).kind, "normal", "default normalAbove is 1,000");
  assert.is(bootstrapMeanCI(new Array(1000).fill(1)).kind, "percentile-bootstrap");
});

test("bootstrap intervals of empty and single samples; unknown option values throw naming them", () => {
  const empty = bootstrapMeanCI([]);
  assert.ok(Number.isNaN(empty.estimate) && Number.isNaN(empty.low) && Number.isNaN(empty.high));
  assert.is(empty.n, 0);
  assert.equal([bootstrapMeanCI([7]).low, bootstrapMeanCI([7]).high], [7, 7]);
  assert.throws(() => bootstrapMeanCI([1], { iterations: 0 }), /iterations must be a whole number >= 1, got 0/);
  assert.throws(() => bootstrapMeanCI([1], { level: 1 }), /level must be between 0 and 1/);
  assert.throws(() => bootstrapCI([1], mean, { iterations: 2.5 }), /got 2.5/);
  assert.throws(() => bootstrapMeanCI([1], { normalAbove: -1 }), /normalAbove/);
});

test.run();
