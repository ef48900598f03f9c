import { test } from "uvu";
import * as assert from "uvu/assert";
import { STAGES, Stage } from "./check";
import { TimeBounds, boundUse, stageBound, timeFindings } from "./timing";

const rates = Object.fromEntries(STAGES.map((s) => [s, 1])) as Record<Stage, number>;
const bounds: TimeBounds = { allowanceMs: 500, headroom: 20, msPerKchar: { ...rates, parse: 2 }, referenceMs: 50 };
const zero = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

test("stageBound is the allowance plus headroom times the seeds' ms per 1,000 chars times the length", () => {
  assert.is(stageBound(bounds, "parse", 10_000), 500 + 20 * 2 * 10);
  assert.is(stageBound(bounds, "quotes", 0), 500);
});

test("timeFindings names each stage over its bound, and only those", () => {
  const f = timeFindings(bounds, { chars: 10_000, stageMs: { ...zero, parse: 800, quotes: 800 } });
  assert.equal(f.map((x) => x.kind), ["time: quotes over its linear bound"]);
  assert.ok(f[0].message.includes("quotes took 800 ms on 10000 chars"));
  assert.equal(boundUse(bounds, { chars: 10_000, stageMs: { ...zero, quotes: 350 } }), { stage: "quotes", use: 0.5 });
});

test("timeFindings grows every bound by the machine's slowdown factor", () => {
  assert.equal(timeFindings(bounds, { chars: 10_000, stageMs: { ...zero, quotes: 800 } }, 2), []);
  assert.ok(timeFindings(bounds, { chars: 10_000, stageMs: { ...zero, quotes: 1500 } }, 2)[0].message.includes("the bound is 1400 ms (2.00 x (500 + 20"));
});

test.run();
