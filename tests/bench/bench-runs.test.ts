import { test } from "uvu";
import * as assert from "uvu/assert";
import { fastestRun, growthLine } from "../../scripts/bench-runs";

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
