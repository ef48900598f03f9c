import { test } from "uvu";
import * as assert from "uvu/assert";
import { fastestRun } from "../../scripts/bench-runs";

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

test.run();
