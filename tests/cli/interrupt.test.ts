import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { TEMP_PREFIX, WRITTEN_RECORD } from "../../src/render/output-dir";
import { seededRandom } from "../../src/stats/random";
import { REPO, manifest, tempCorpus } from "../helpers";

// Kills `framelens analyze` at random moments while it writes, then checks that the next run, without
// --force, succeeds and leaves a complete folder that its record describes. The CLI runs from src/ through
// tsx, as bin/framelens.js runs it from dist/ (which may be older than src/).
const ENTRY = `require(${JSON.stringify(path.join(REPO, "src/cli/main.ts"))}).main(process.argv.slice(1)).then((code) => process.exit(code))`;
const SEED = 20240110;
// Even kills are timed into the writing; SIGINT and SIGTERM are caught, the write finished, then exit 130/143.
const SIGNALS: readonly NodeJS.Signals[] = ["SIGKILL", "SIGKILL", "SIGINT", "SIGKILL", "SIGTERM", "SIGINT", "SIGKILL", "SIGKILL", "SIGINT", "SIGKILL"];
const KILLS = SIGNALS.length;

const CORPUS = {
  "manifest.json": manifest([{ id: "a", outlet: "Outlet A", file: "a.txt" }, { id: "b", outlet: "Outlet B", file: "b.txt" }, { id: "c", outlet: "Outlet C", file: "c.txt" }]),
  "a.txt": "Talks in Geneva\n\nMr Blinken said the talks were useful. Mr Lavrov said Russia had no plans to invade.\n\nDiplomats met for two hours.\n",
  "b.txt": 'Fears grow\n\nRussia warned Nato. "We will respond," Mr Lavrov said.\n\nThe talks ended without agreement.\n',
  "c.txt": "Diplomacy continues\n\nThe foreign ministers agreed to keep talking. Mr Blinken warned of a severe response.\n",
};

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from spawn until a staging folder was first seen in the output folder, and until the end. */
  stagingSeen?: number;
  ended: number;
}

interface Kill {
  signal: NodeJS.Signals;
  /** Milliseconds after `from`: the spawn, or the moment a staging folder appears (writing has begun). */
  after: number;
  from: "spawn" | "staging";
}

/** True for a staging folder that files are being written to (checkOutputDir's write test makes an empty one). */
function isFilling(folder: string): boolean {
  try {
    return fs.readdirSync(folder).length > 0;
  } catch {
    return false;
  }
}

/** True when `out` holds a staging folder being filled (false while `out` does not exist yet). */
function stagingFilling(out: string): boolean {
  try {
    return fs.readdirSync(out).some((n) => n.startsWith(TEMP_PREFIX) && isFilling(path.join(out, n)));
  } catch {
    return false;
  }
}

/** Runs the CLI writing to `out`, watching `out` for framelens' staging folder; sends `kill` if given. */
function cli(args: readonly string[], out: string, kill?: Kill): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", ENTRY, ...args], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let stagingSeen: number | undefined;
    const timers: NodeJS.Timeout[] = [];
    const send = () => timers.push(setTimeout(() => child.kill(kill!.signal), kill!.after));
    child.stderr.on("data", (d) => (stderr += d));
    if (kill?.from === "spawn") send();
    const poll = setInterval(() => {
      if (stagingSeen !== undefined || !stagingFilling(out)) return;
      stagingSeen = Date.now() - started;
      if (kill?.from === "staging") send();
    }, 2);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      timers.forEach(clearTimeout);
      clearInterval(poll);
      resolve({ code, signal, stderr, stagingSeen, ended: Date.now() - started });
    });
  });
}

const sha = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");

/** Every file under `dir` (relative, `/`-separated), temporary ones included. */
function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** What an interrupted run left: a staging folder, a swap in progress (pending record). */
function leftState(out: string): string {
  if (!fs.existsSync(path.join(out, WRITTEN_RECORD))) return "nothing recorded";
  const pending = JSON.parse(fs.readFileSync(path.join(out, WRITTEN_RECORD), "utf8")).pending !== undefined;
  const staging = fs.readdirSync(out).some((n) => n.startsWith(TEMP_PREFIX));
  return pending ? "mid-swap" : staging ? "staging" : "clean";
}

/** The folder holds exactly `expected` plus the record, no temporary file, and the record matches every file. */
function assertComplete(out: string, expected: readonly string[], when: string): void {
  const files = listFiles(out);
  assert.equal(files.filter((f) => f.split("/").some((part) => part.startsWith(TEMP_PREFIX) || part.endsWith(".tmp"))), [], `${when}: no temporary files`);
  const record = JSON.parse(fs.readFileSync(path.join(out, WRITTEN_RECORD), "utf8"));
  assert.is(record.pending, undefined, `${when}: no swap pending`);
  assert.equal(files.filter((f) => f !== WRITTEN_RECORD).sort(), [...expected].sort(), `${when}: every output file, nothing else`);
  assert.equal(Object.keys(record.files).sort(), [...expected].sort(), `${when}: the record lists every file`);
  for (const f of expected) assert.is(sha(path.join(out, f)), record.files[f], `${when}: ${f} matches its record`);
}

/** Kills the runs writing to `out` with `signals`, each followed by a run that must succeed; returns what happened. */
async function killChain(args: readonly string[], out: string, signals: readonly NodeJS.Signals[], seed: number): Promise<string[]> {
  let last = await cli(args, out);
  assert.is(last.code, 0, last.stderr);
  const expected = listFiles(out).filter((f) => f !== WRITTEN_RECORD);
  assert.ok(expected.length > 30 && expected.includes("report.html") && expected.includes("charts/voices-share.html"), expected.join());
  assertComplete(out, expected, "first run");
  const random = seededRandom(seed);
  const outcomes: string[] = [];
  for (const [i, signal] of signals.entries()) {
    // Even kills land while the output is written (timed from the staging folder's appearance, over the
    // last run's writing time); odd ones anywhere in the run.
    const writing = last.stagingSeen === undefined ? last.ended / 3 : last.ended - last.stagingSeen;
    const kill: Kill = i % 2 === 0 ? { signal, from: "staging", after: Math.round(random() * writing) } : { signal, from: "spawn", after: Math.round(random() * last.ended * 1.1) };
    const killed = await cli(args, out, kill);
    const what = `${signal} ${kill.after} ms after ${kill.from}: ${killed.signal ? `killed, ${leftState(out)}` : `exit ${killed.code}, ${leftState(out)}`}`;
    outcomes.push(what);
    if (killed.code === 130 || killed.code === 143) {
      // SIGINT or SIGTERM while writing: the write is finished first, and nothing temporary is left.
      assert.is(killed.code, signal === "SIGINT" ? 130 : 143);
      assert.match(killed.stderr, new RegExp(`interrupted \\(${signal}\\) while writing; .* holds the complete new output`));
      assertComplete(out, expected, `right after ${what}`);
    } else assert.ok(killed.signal === signal || killed.code === 0, `${what}: ${killed.stderr}`);
    last = await cli(args, out);
    assert.is(last.code, 0, `the run after ${what} succeeds without --force: ${last.stderr}`);
    assert.not.match(last.stderr, /refusing/);
    assertComplete(out, expected, `the run after ${what}`);
  }
  return outcomes;
}

test(`analyze killed ${KILLS} times at random moments (SIGKILL, some SIGINT and SIGTERM) is always followed by a run that succeeds without --force`, async () => {
  const dir = tempCorpus(CORPUS);
  try {
    // Two output folders side by side, to use two processors.
    const half = Math.ceil(KILLS / 2);
    const chains = [SIGNALS.slice(0, half), SIGNALS.slice(half)].map((signals, k) => {
      const out = path.join(dir, `out-${k}`);
      return killChain(["analyze", "--corpus", dir, "--out", out, "--no-images"], out, signals, SEED + k);
    });
    // Both chains finish before the folder is removed, so one chain's failure is reported as itself.
    const settled = await Promise.allSettled(chains);
    for (const s of settled) if (s.status === "rejected") throw s.reason;
    const outcomes = settled.flatMap((s) => (s.status === "fulfilled" ? s.value : []));
    console.log(`  ${outcomes.join("\n  ")}`);
    assert.ok(outcomes.some((o) => /staging|mid-swap|exit 13|exit 14/.test(o)), "some kills landed while the output was being written");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
