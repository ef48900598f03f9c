import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";

/**
 * A function that a worker thread can run: the module that exports it (an absolute path to a `.js` file,
 * or to a `.ts` file when framelens runs from source under tsx) and the export's name. The type
 * parameters carry what goes in and what comes out, so callers stay typed across the thread boundary;
 * both must survive the structured clone (plain data: no functions, no class instances).
 */
export interface WorkerTask<I, O> {
  module: string;
  exportName: string;
  /** Phantom fields: never set, they only carry the types. */
  readonly __in?: I;
  readonly __out?: O;
}

/** Declares a worker task; `module` is usually `require.resolve("./my-module")` from the caller. */
export function workerTask<I, O>(module: string, exportName: string): WorkerTask<I, O> {
  return { module, exportName };
}

/** How far a map has come, for a progress line. */
export interface MapProgress {
  done: number;
  total: number;
  /** Sum of `size` of the finished inputs (e.g. bytes of text). */
  doneSize: number;
  totalSize: number;
  elapsedS: number;
  /** Estimated seconds left from the size rate so far; NaN before the first result. */
  etaS: number;
}

export interface MapOptions<I> {
  /** Worker threads; default the number of cores. 1 runs in this thread (no worker). */
  jobs?: number;
  /** The size of one input, for progress rates (default 1 per input). */
  size?: (input: I) => number;
  /** Called after every finished input, in completion order. */
  onProgress?: (p: MapProgress) => void;
  /** Inputs in flight per worker (default 2: one running, one queued so the worker never waits). */
  perWorker?: number;
  /**
   * Empty each slot of `inputs` (set it to undefined) once the input has been handed to its worker, so
   * that a caller that keeps no other reference holds one copy of a large input, the worker's, not two.
   * The array given must then be the caller's to change. Default false.
   */
  release?: boolean;
  /**
   * Run in worker threads even with `jobs` 1 or a single input (which otherwise run in this thread): for
   * a caller that keeps this thread busy with other work meanwhile. Default false.
   */
  inWorkers?: boolean;
  /**
   * With `jobs` N of 2 or more, start N - 1 worker threads and let this thread run inputs too while it
   * waits for the next result in order (see mapInOrder). For a caller whose own work on each result is
   * light next to the task's: N threads then do the work of N, with one result in N never copied
   * between threads. Default false (N worker threads, this thread only waits).
   */
  thisThreadToo?: boolean;
}

/**
 * How many inputs past the next one to yield this thread may run (with thisThreadToo) while that one is
 * still in a worker: it bounds the finished results held back when a worker has a long input.
 */
export const THIS_THREAD_LOOKAHEAD = 32;

/**
 * Results finished but not yet taken in order that mapInOrder lets pile up, on top of those in flight,
 * before it hands the workers no more inputs. Why: with many cores the workers can make results faster
 * than the caller takes them (the analysis folds every record on the main thread), and without a bound
 * every result of the corpus would wait in memory (about 40 KB per article record). The price: a very long
 * input holds the others back once this many are done after it.
 */
export const READY_LIMIT = 256;

/**
 * Each worker's young generation (where V8 puts new objects until they survive a collection), in MB.
 * V8's default lets it grow to tens of MB per thread, most of it dead articles' tokens; a smaller one is
 * scavenged more often, which on the benchmark corpus lowered the map's peak memory with two workers from
 * 357 to 313 MB at no cost in CPU time (each article's objects die young either way).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/** The default number of jobs: the machine's cores (at least 1). */
export function defaultJobs(): number {
  const n = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, n);
}

type Outcome<O> = { ok: true; value: O } | { ok: false; message: string };

/** The code each worker thread starts with: registers tsx for `.ts` modules, then runs the worker loop. */
function bootstrap(task: WorkerTask<unknown, unknown>): string {
  const entry = path.join(__dirname, `worker-entry${path.extname(__filename)}`);
  const lines: string[] = [];
  if (/\.ts$/.test(entry) || /\.ts$/.test(task.module)) {
    lines.push(`require(${JSON.stringify(require.resolve("tsx/cjs", { paths: [__dirname] }))});`);
  }
  lines.push(`require(${JSON.stringify(entry)}).runWorker(${JSON.stringify(task.module)}, ${JSON.stringify(task.exportName)});`);
  return lines.join("\n");
}

/** The task's function, loaded from its module; throws naming the module when it has no such export. */
export function loadTask<I, O>(task: WorkerTask<I, O>): (input: I) => O | Promise<O> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(task.module) as Record<string, unknown>;
  const fn = mod[task.exportName];
  if (typeof fn !== "function") throw new Error(`${task.module} has no exported function "${task.exportName}"`);
  return fn as (input: I) => O | Promise<O>;
}

/**
 * Runs `task` on every input, in worker threads (each loads the task's module once, so each has its own
 * wink-nlp model), and yields the results in input order as soon as they are ready: a slow input holds
 * back only the results after it, never the workers. At most `jobs * perWorker` inputs are in flight,
 * so memory holds a few results at a time, not the whole corpus. With `jobs: 1` the task runs in this
 * thread. With `thisThreadToo`, `jobs - 1` workers run and this thread, whenever the next result in order
 * is not ready, runs the next input not handed out yet (at most THIS_THREAD_LOOKAHEAD ahead of it).
 * An input that throws ends the map with an error carrying the input's index and message.
 * Empty input yields nothing.
 */
export async function* mapInOrder<I, O>(task: WorkerTask<I, O>, inputs: readonly I[], options: MapOptions<I> = {}): AsyncGenerator<O> {
  const { jobs = defaultJobs(), size = () => 1, onProgress, perWorker = 2, release = false, inWorkers = false, thisThreadToo = false } = options;
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`jobs must be a whole number of at least 1; got ${jobs}`);
  const total = inputs.length;
  const sizes = inputs.map(size);
  const totalSize = sizes.reduce((s, x) => s + x, 0);
  const take = (i: number): I => {
    const input = inputs[i];
    if (release) (inputs as Array<I | undefined>)[i] = undefined;
    return input;
  };
  const started = Date.now();
  let done = 0;
  let doneSize = 0;
  const report = (i: number) => {
    done++;
    doneSize += sizes[i];
    if (!onProgress) return;
    const elapsedS = (Date.now() - started) / 1000;
    const rate = doneSize / Math.max(elapsedS, 1e-3);
    onProgress({ done, total, doneSize, totalSize, elapsedS, etaS: doneSize > 0 ? (totalSize - doneSize) / rate : NaN });
  };
  if (total === 0) return;

  const here = !inWorkers && (jobs === 1 || total === 1 || thisThreadToo) ? loadTask(task) : null;
  if (here && (jobs === 1 || total === 1)) {
    for (let i = 0; i < total; i++) {
      let value: O;
      try {
        value = await here(take(i));
      } catch (e) {
        throw new Error(`input ${i}: ${e instanceof Error ? e.message : String(e)}`);
      }
      report(i);
      yield value;
    }
    return;
  }

  const nWorkers = here ? Math.min(jobs - 1, total) : Math.min(jobs, total);
  const ready = new Map<number, Outcome<O>>();
  let wake: (() => void) | null = null;
  let next = 0;
  // The next result to yield: inputs are handed out at most `ahead` past it.
  let taken = 0;
  const ahead = nWorkers * perWorker + READY_LIMIT;
  let failure: Error | null = null;
  const workers: Worker[] = [];
  const pending = new Map<Worker, Set<number>>();

  const feed = (w: Worker) => {
    const set = pending.get(w)!;
    while (set.size < perWorker && next < total && next - taken < ahead && !failure) {
      const i = next++;
      set.add(i);
      w.postMessage({ seq: i, input: take(i) });
    }
  };
  const notify = () => {
    const f = wake;
    wake = null;
    f?.();
  };
  for (let k = 0; k < nWorkers; k++) {
    const w = new Worker(bootstrap(task as WorkerTask<unknown, unknown>), { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    workers.push(w);
    pending.set(w, new Set());
    w.on("message", (m: { seq: number; ok: boolean; value?: O; message?: string }) => {
      pending.get(w)!.delete(m.seq);
      ready.set(m.seq, m.ok ? { ok: true, value: m.value as O } : { ok: false, message: m.message ?? "unknown error" });
      report(m.seq);
      feed(w);
      notify();
    });
    w.on("error", (e) => {
      failure ??= new Error(`a worker thread failed: ${e.message}`);
      notify();
    });
    w.on("exit", (code) => {
      if (code !== 0 && pending.get(w)!.size > 0) failure ??= new Error(`a worker thread stopped (exit code ${code}) while working on input ${Array.from(pending.get(w)!).join(", ")}`);
      notify();
    });
  }
  try {
    for (const w of workers) feed(w);
    for (let i = 0; i < total; i++) {
      while (!ready.has(i) && !failure) {
        if (here && next < total && next - i <= THIS_THREAD_LOOKAHEAD) {
          // This thread runs the next input not handed out, then lets the workers' messages in (they
          // are taken between event-loop turns), so a worker that finished is fed again at once.
          const j = next++;
          try {
            ready.set(j, { ok: true, value: await here(take(j)) });
          } catch (e) {
            ready.set(j, { ok: false, message: e instanceof Error ? e.message : String(e) });
          }
          report(j);
          await new Promise<void>((r) => setImmediate(r));
        } else await new Promise<void>((r) => (wake = r));
      }
      const out = ready.get(i);
      if (!out) throw failure;
      ready.delete(i);
      if (!out.ok) throw new Error(`input ${i}: ${out.message}`);
      yield out.value;
      taken = i + 1;
      for (const w of workers) feed(w); // a worker held back by READY_LIMIT may go on
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** `mapInOrder` collected into an array. */
export async function mapAll<I, O>(task: WorkerTask<I, O>, inputs: readonly I[], options: MapOptions<I> = {}): Promise<O[]> {
  const out: O[] = [];
  for await (const o of mapInOrder(task, inputs, options)) out.push(o);
  return out;
}
