import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CLI_V8_FLAGS, INTERRUPT_BUDGET, applyCliV8Flags } from "../../src/cli/v8-flags";

const REPO = path.resolve(__dirname, "../..");

test("applyCliV8Flags sets an interrupt budget of 8 x Node 20's default (67,584), and nothing else", () => {
  const set: string[] = [];
  applyCliV8Flags((f) => set.push(f));
  assert.equal(set, ["--interrupt-budget=540672"]);
  assert.is(INTERRUPT_BUDGET, 540_672);
  assert.equal([...CLI_V8_FLAGS], set);
});

// What the flag is for: a function V8 marks for TurboFan within 100 calls at the default budget is not
// marked yet with the CLI's. Counted in a child process with --trace-opt, which prints the marking
// line on the thread that runs the function (the compilation itself finishes on a helper thread, maybe
// after the process has ended).
const HOT = `
  const flags = process.argv[1] === "cli";
  if (flags) require(${JSON.stringify(path.join(REPO, "src/cli/v8-flags.ts"))}).applyCliV8Flags();
  function work(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * (i & 7); return s; }
  const a = Array.from({ length: 100 }, (_, i) => i);
  let t = 0;
  for (let k = 0; k < 100; k++) t += work(a);
  if (t !== 1705400) throw new Error("work() gave " + t);
`;

function turbofanMarkingsOfWork(mode: "default" | "cli"): number {
  const out = execFileSync(process.execPath, ["--trace-opt", "--require", "tsx/cjs", "-e", HOT, mode], { cwd: REPO, encoding: "utf8" });
  return out.split("\n").filter((l) => /^\[marking .*<JSFunction work .*for optimization to TURBOFAN/.test(l)).length;
}

test("with the CLI's flags a function called 100 times is not yet handed to TurboFan; with V8's defaults it is", () => {
  assert.is(turbofanMarkingsOfWork("default"), 1);
  assert.is(turbofanMarkingsOfWork("cli"), 0);
});

test("bin/framelens.js sets the flags before it loads the command", () => {
  const bin = fs.readFileSync(path.join(REPO, "bin/framelens.js"), "utf8");
  const flags = bin.indexOf('require("../dist/cli/v8-flags").applyCliV8Flags()');
  const main = bin.indexOf('require("../dist/cli/main")');
  assert.ok(flags > 0 && main > flags, "applyCliV8Flags() must come before the command is required");
});

test.run();
