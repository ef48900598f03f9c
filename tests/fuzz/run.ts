/**
 * The fuzz run: a pool of worker threads (worker.ts) checks inputs 0..count-1 of a seed and profile.
 * The workers first time the unmutated seeds to set each stage's linear time bound (timing.ts). An
 * input still running after three times the sum of its bounds is stopped (its worker is replaced) and counted
 * as a time failure of the stage it was in. Shared by `npm run fuzz` (scripts/fuzz.ts) and the slice
 * inside `npm test` (fuzz.test.ts).
 */
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { STAGES, Stage } from "./check";
import { Profile, generateInput } from "./generate";
import { InputOutcome, excerpt } from "./outcome";
import { SEED_DIR, readSeeds } from "./seeds";
import { DEFAULT_ALLOWANCE_MS, DEFAULT_HEADROOM, TimeBounds, boundUse, timeKind, totalBound } from "./timing";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker";

/** The run seed when none is given: the date of the talks the seeds report. */
export const DEFAULT_SEED = 20220121;

export interface FuzzOptions {
  /** Run seed; default DEFAULT_SEED. */
  seed?: number;
  /** Inputs 0..count-1; default 10,000. Ignored when `only` or `texts` is given. */
  count?: number;
  /** Check only these input indices. */
  only?: readonly number[];
  /** Check these texts instead of generated inputs (`--input FILE`). */
  texts?: readonly string[];
  /** Default "full". */
  profile?: Profile;
  /** Worker threads; default the number of cores, at most 4. */
  workers?: number;
  /** Time-bound headroom over the seeds' speed; default 20. */
  headroom?: number;
  /** Fixed time allowance per stage in ms; default 1,000. */
  allowanceMs?: number;
  seedDir?: string;
  /** Called after each input with the number done so far. */
  onOutcome?: (outcome: InputOutcome, done: number, total: number) => void;
}

export interface KindSummary {
  kind: string;
  /** Inputs that broke this promise, and the first (lowest index) of them. */
  inputs: number;
  first: InputOutcome;
}

export interface FuzzReport {
  seed: number;
  profile: Profile;
  ran: number;
  elapsedMs: number;
  bounds: TimeBounds;
  /** Inputs with at least one finding, by index. */
  failing: InputOutcome[];
  kinds: KindSummary[];
  /** The five inputs that came closest to a time bound (use 1 = at the bound). */
  closest: Array<{ index: number; chars: number; stage: Stage; use: number }>;
}

const WORKER_FILE = path.join(__dirname, "worker.ts");

function spawn(setup: WorkerSetup): Worker {
  // The worker is TypeScript: load tsx's require hook in the thread first, whatever started this one.
  const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(WORKER_FILE)});`;
  return new Worker(code, { eval: true, workerData: setup });
}

/** Runs the fuzz test; resolves with the report (never rejects for an input's sake). */
export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzReport> {
  const { seed = DEFAULT_SEED, count = 10_000, profile = "full", headroom = DEFAULT_HEADROOM, allowanceMs = DEFAULT_ALLOWANCE_MS, seedDir = SEED_DIR, onOutcome } = options;
  const t0 = Date.now();
  const seeds = readSeeds(seedDir);
  const jobs: WorkerRequest[] = [];
  const bounds: TimeBounds = { allowanceMs, headroom, msPerKchar: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>, referenceMs: 0 };
  if (options.texts) for (const text of options.texts) jobs.push({ type: "text", text, bounds });
  else for (const index of options.only ?? Array.from({ length: count }, (_, i) => i)) jobs.push({ type: "run", index, bounds });
  const poolSize = Math.max(1, Math.min(options.workers ?? Math.min(4, os.cpus().length), jobs.length));
  const setup = (calibrate: boolean): WorkerSetup => ({ seedDir, runSeed: seed, profile, calibrate });
  const outcomes: InputOutcome[] = [];

  // Calibrate on every worker at once (so the timing sees the same load as the run); keep the fastest
  // worker's rate per stage, the one least disturbed by whatever else the machine was doing.
  const workers = Array.from({ length: poolSize }, () => spawn(setup(true)));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once("error", reject);
          w.once("message", (m: WorkerReply) => {
            w.off("error", reject);
            const c = m.type === "ready" ? m.calibration : null;
            if (c) {
              for (const s of STAGES) bounds.msPerKchar[s] = bounds.msPerKchar[s] > 0 ? Math.min(bounds.msPerKchar[s], c.msPerKchar[s]) : c.msPerKchar[s];
              bounds.referenceMs = bounds.referenceMs > 0 ? Math.min(bounds.referenceMs, c.referenceMs) : c.referenceMs;
            }
            resolve();
          });
        }),
    ),
  );

  await new Promise<void>((resolve) => {
    let next = 0;
    let active = 0;
    const finish = (o: InputOutcome) => {
      outcomes.push(o);
      onOutcome?.(o, outcomes.length, jobs.length);
    };
    const drive = (w: Worker) => {
      let current: { job: WorkerRequest; chars: number; stage: Stage; started: number; timer?: NodeJS.Timeout } | null = null;
      const replace = (finding: { kind: string; message: string }) => {
        if (!current) return;
        clearTimeout(current.timer);
        const job = current.job;
        const input = job.type === "text" ? { index: -1, text: job.text, recipe: ["given text"] } : generateInput(seeds, seed, job.index, profile);
        const stageMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
        finish({ index: input.index, chars: input.text.length, ms: Date.now() - current.started, stageMs, recipe: input.recipe, findings: [{ ...finding, at: null, count: 1, excerpt: excerpt(input.text, 0) }] });
        current = null;
        w.removeAllListeners();
        void w.terminate();
        const fresh = spawn(setup(false));
        const failed = (err: Error) => {
          // A worker that cannot even start leaves the rest of the jobs to the others.
          console.error(`fuzz: a replacement worker failed to start: ${err.message}`);
          if (--active === 0) resolve();
        };
        fresh.once("error", failed);
        fresh.once("message", () => {
          fresh.off("error", failed);
          drive(fresh);
        });
      };
      const take = () => {
        if (next >= jobs.length) {
          void w.terminate();
          active--;
          if (active === 0) resolve();
          return;
        }
        const job = jobs[next++];
        current = { job, chars: 0, stage: "parse", started: Date.now() };
        w.postMessage(job);
      };
      w.on("message", (m: WorkerReply) => {
        if (!current) return;
        if (m.type === "start") {
          const limit = 3 * totalBound(bounds, m.chars) + 2000;
          current.chars = m.chars;
          current.timer = setTimeout(() => replace({ kind: timeKind(current?.stage ?? "parse"), message: `stopped after ${limit.toFixed(0)} ms in ${current?.stage}: three times the sum of the stages' linear bounds for ${m.chars} chars` }), limit);
        } else if (m.type === "stage") current.stage = m.stage;
        else if (m.type === "result") {
          clearTimeout(current.timer);
          current = null;
          finish(m.outcome);
          take();
        }
      });
      w.on("error", (err) => replace({ kind: `worker crashed: ${err.name}: ${err.message.replace(/\d+/g, "N").slice(0, 100)}`, message: err.stack ?? String(err) }));
      // Something in the analyses ended the thread (process.exit, a fatal error): count it, go on.
      w.on("exit", (code) => replace({ kind: `worker exited with code ${code}`, message: `the worker thread exited with code ${code} while checking this input` }));
      take();
    };
    active = workers.length;
    workers.forEach(drive);
  });
  return summarise(seed, profile, bounds, outcomes, Date.now() - t0);
}

function summarise(seed: number, profile: Profile, bounds: TimeBounds, outcomes: InputOutcome[], elapsedMs: number): FuzzReport {
  const sorted = outcomes.sort((a, b) => a.index - b.index);
  const failing = sorted.filter((o) => o.findings.length > 0);
  const kinds = new Map<string, KindSummary>();
  for (const o of failing)
    for (const f of o.findings) {
      const k = kinds.get(f.kind);
      if (k) k.inputs++;
      else kinds.set(f.kind, { kind: f.kind, inputs: 1, first: o });
    }
  const closest = sorted
    .filter((o) => o.ms > 0)
    .map((o) => ({ index: o.index, chars: o.chars, ...boundUse(bounds, o) }))
    .sort((a, b) => b.use - a.use)
    .slice(0, 5);
  return { seed, profile, ran: outcomes.length, elapsedMs, bounds, failing, kinds: Array.from(kinds.values()), closest };
}

/** The command that checks one input again. */
export function reproCommand(seed: number, profile: Profile, index: number): string {
  return `npm run fuzz -- --seed ${seed}${profile === "full" ? "" : ` --profile ${profile}`} --only ${index}`;
}

/** The report as text: the bounds, then per failure kind its count, first input, excerpt and how to reproduce. */
export function formatReport(r: FuzzReport): string {
  const out: string[] = [];
  const kchar = STAGES.map((s) => `${s} ${r.bounds.msPerKchar[s].toFixed(2)}`).join(", ");
  out.push(`seed ${r.seed}, profile ${r.profile}: ${r.ran} inputs in ${(r.elapsedMs / 1000).toFixed(1)} s, ${r.failing.length} failing`);
  out.push(`time bound per stage: ${r.bounds.allowanceMs} ms + ${r.bounds.headroom} x seeds' ms per 1,000 chars (${kchar})`);
  out.push(`closest to a time bound: ${r.closest.map((c) => `#${c.index} ${c.stage} ${(c.use * 100).toFixed(0)}% (${c.chars} chars)`).join("; ") || "-"}`);
  for (const k of r.kinds) {
    const f = k.first.findings.find((x) => x.kind === k.kind)!;
    out.push("");
    out.push(`FAIL ${k.kind}`);
    out.push(`  ${k.inputs} input(s); first: #${k.first.index} (${k.first.chars} chars; ${k.first.recipe.join("; ")})`);
    out.push(`  ${f.message.slice(0, 400)}${f.count > 1 ? ` (and ${f.count - 1} more in this input)` : ""}`);
    out.push(`  excerpt: ${f.excerpt}`);
    if (k.first.index >= 0) out.push(`  reproduce: ${reproCommand(r.seed, r.profile, k.first.index)} [--save input.txt] [--shrink]`);
  }
  return out.join("\n");
}
