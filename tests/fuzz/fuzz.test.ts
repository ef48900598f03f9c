import { test } from "uvu";
import * as assert from "uvu/assert";
import { DEFAULT_SEED, formatReport, runFuzz } from "./run";

// The slice of `npm run fuzz` that runs with every `npm test`: 1,000 mostly small inputs (about 15 s on
// two cores). A failure prints each broken promise with its first input and the command that repeats it.
test("1,000 fuzzed articles parse, find quotes and score sentences without exceptions, with true offsets, in linear time", async () => {
  const report = await runFuzz({ seed: DEFAULT_SEED, count: 1000, profile: "quick" });
  assert.is(report.ran, 1000, "every input was checked");
  assert.ok(report.failing.length === 0, `the fuzz test failed:\n${formatReport(report)}`);
});

test.run();
