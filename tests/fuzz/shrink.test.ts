import { test } from "uvu";
import * as assert from "uvu/assert";
import { shrink } from "./shrink";

test("shrink keeps removing lines, words and characters while the input still fails", () => {
  const input = "The talks began.\nThey said so..then left.\nNothing else happened here.";
  const r = shrink(input, (t) => /\w\.\.\w/.test(t));
  assert.match(r.text, /^\w\.\.\w$/);
});

test("shrink returns an input that does not fail unchanged", () => {
  assert.is(shrink("fine text", () => false).text, "fine text");
});

test("shrink stops at its check budget", () => {
  let calls = 0;
  shrink("x".repeat(1000), () => ++calls > 0, { maxChecks: 50 });
  assert.ok(calls <= 51, `${calls} checks`);
});

test.run();
