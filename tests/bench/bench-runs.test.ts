import { test } from "uvu";
import * as assert from "uvu/assert";
import { alternateHalves, ceilingLine, fastestRun, growthLine } from "../../scripts/bench-runs";

test("fastestRun takes the run with the fewest seconds, the first of equals, and refuses no runs", () => {
  const runs = [
    { seconds: 10.4, cpu: 17.1, id: "a" },
    { seconds: 9.7, cpu: 16.9, id: "b" },
    { seconds: 9.7, cpu: 15.0, id: "c" },
    { seconds: 11.0, cpu: 14.0, id: "d" },
  ];
  assert.is(fastestRun(runs).id, "b");
  assert.is(fastestRun(runs.slice(2)).id, "c");
  assert.throws(() => fastestRun([]), /no runs/);
});

test("growthLine compares the growth of the peak with the corpus's, and the cost of each added MB", () => {
  // 2.5 -> 5 MB is 2x; 300 -> 360 MiB is 1.2x; 60 MiB over 2.5 MB is 24 MiB per MB.
  assert.is(growthLine({ mb: 2.5, peakMiB: 300 }, { mb: 5, peakMiB: 360 }), "memory: 2.50 MB of text 300 MiB peak, 5.00 MB 360 MiB: the corpus 2.00x, the peak 1.20x (24 MiB per added MB of text)");
  assert.throws(() => growthLine({ mb: 5, peakMiB: 360 }, { mb: 2.5, peakMiB: 300 }), /must grow/);
  assert.throws(() => growthLine({ mb: 0, peakMiB: 100 }, { mb: 1, peakMiB: 120 }), /must grow/);
});

test.run();

test("alternateHalves splits by position: even items, then odd ones", () => {
  assert.equal(alternateHalves(["a", "b", "c", "d", "e"]), [["a", "c", "e"], ["b", "d"]]);
  assert.equal(alternateHalves([]), [[], []]);
});

test("ceilingLine bounds a split by the slower half, and says how much of that gain --jobs 2 has", () => {
  // --jobs 1 8.00 s; halves 5.00 and 6.40 s: the bound is 8 / 6.4 = 1.25x; --jobs 2 7.00 s is 8 / 7 = 1.14x,
  // (1.142857 - 1) / (1.25 - 1) = 57% of the gain.
  assert.is(
    ceilingLine({ seconds: 8 }, { seconds: 7 }, [{ seconds: 5 }, { seconds: 6.4 }]),
    "ceiling: --jobs 1 on two halves of the corpus at once (no merge) took 5.00 and 6.40 s: no split of this work over these cores can be more than 1.25x as fast as --jobs 1; --jobs 2, at 1.14x, has 57% of that gain",
  );
  assert.is(ceilingLine({ seconds: 6 }, { seconds: 6.5 }, [{ seconds: 6 }, { seconds: 5 }]), "ceiling: --jobs 1 on two halves of the corpus at once (no merge) took 6.00 and 5.00 s: on these cores no split of this work is faster than --jobs 1 (--jobs 2 is 0.92x)");
  assert.throws(() => ceilingLine({ seconds: 8 }, { seconds: 7 }, [{ seconds: 5 }]), /two halves/);
});
