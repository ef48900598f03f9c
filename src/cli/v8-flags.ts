import * as v8 from "v8";

/**
 * V8's interrupt budget for the `framelens` command: how much bytecode a function runs between V8's
 * checks whether to hand it to its optimizing compiler (TurboFan). Node 20's default is 67,584; this is 8
 * times that, so only functions that stay hot through a long run get compiled, and a function thrown
 * out after a deoptimisation waits longer before it is compiled again.
 *
 * Why: on the 2,000-article bench corpus a third of all CPU time was V8's own helper threads, most of it
 * TurboFan compiling, half of it compiling again functions it had already compiled. With this budget
 * `analyze --jobs 1` makes 515 TurboFan compilations instead of 1,070 (compile time 4.9 -> 2.5 s), and
 * `analyze --jobs 2`, where every worker thread compiles its own hot code, 596 instead of 1,380; alternating
 * runs, `--jobs 2` 9.2 s and 15.2 CPU s against 9.7 s and 16.5. Two, four and sixteen times the default
 * measured the same within noise. The seeds and the 1 MB article take the same time or less. The
 * output does not change: tiering decides only how fast code runs. README, Speed, has the figures.
 */
export const INTERRUPT_BUDGET = 8 * 67_584;

/** The V8 flags the `framelens` command sets for itself (and its worker threads: V8's flags are per process). */
export const CLI_V8_FLAGS: readonly string[] = [`--interrupt-budget=${INTERRUPT_BUDGET}`];

/**
 * Sets CLI_V8_FLAGS, before any of framelens' own code has run (bin/framelens.js calls it before loading
 * the command): a function's budget is fixed when V8 first prepares it. Programs that import framelens'
 * modules keep their own V8 settings; this is only for the command. `set`: the setter, for tests.
 */
export function applyCliV8Flags(set: (flag: string) => void = v8.setFlagsFromString): void {
  for (const flag of CLI_V8_FLAGS) set(flag);
}
