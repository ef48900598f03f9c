import * as fs from "fs";

// CPU time by thread of another process, read from Linux's /proc while it runs: for `npm run bench`,
// which shows how `analyze`'s CPU splits between its main thread, its worker threads and the threads
// Node and V8 start for themselves (V8's optimizing compiler and garbage collector).

/** One reading of one thread: its id and CPU seconds so far (user + system). */
export interface ThreadReading {
  tid: number;
  cpu: number;
}

/** Kernel clock ticks per second for /proc's utime and stime (USER_HZ; 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (utime + stime) from the text of /proc/PID/task/TID/stat. The thread's name (field 2)
 * is in parentheses and may itself hold spaces or parentheses, so the fields are counted from the last
 * ")". Null when the text is not of that shape.
 */
export function statCpuSeconds(stat: string): number | null {
  const close = stat.lastIndexOf(")");
  if (close < 0) return null;
  // After the name: state (field 3), ..., utime (field 14), stime (field 15).
  const fields = stat.slice(close + 1).trim().split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return (utime + stime) / TICKS_PER_SECOND;
}

/** CPU seconds split by kind of thread (see splitReadings). */
export interface ThreadSplit {
  main: number;
  /** Threads that ended before the process did and used any CPU: the analysis' worker threads. */
  workers: number;
  workerThreads: number;
  /** Threads still running at the last reading, but the main one: V8's compiler and garbage-collector helpers, Node's own. */
  helpers: number;
}

/**
 * Reads /proc/PID/task every `intervalMs` while a process runs and keeps each thread's last reading (a
 * thread's CPU time is gone from /proc once it ends, so up to one interval of a thread's last work can be
 * missed). Not on Linux, or once the process is gone, readings just stop.
 */
export class ThreadSampler {
  private readonly last = new Map<number, number>();
  /** The threads of the latest END_READINGS readings, oldest first (see threadsAtEnd). */
  private readonly recent: Array<Set<number>> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly pid: number,
    readonly intervalMs = 100,
  ) {}

  start(): this {
    this.read();
    this.timer = setInterval(() => this.read(), this.intervalMs);
    return this;
  }

  stop(): ThreadSplit | null {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.recent.length ? splitReadings(this.pid, threadsAtEnd(this.recent), Array.from(this.last, ([tid, cpu]) => ({ tid, cpu }))) : null;
  }

  /** One reading of every thread of the process (a thread that ends meanwhile is skipped). */
  read(): void {
    let tids: string[];
    try {
      tids = fs.readdirSync(`/proc/${this.pid}/task`);
    } catch {
      return;
    }
    const seen: number[] = [];
    for (const t of tids) {
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${this.pid}/task/${t}/stat`, "utf8");
      } catch {
        continue;
      }
      const cpu = statCpuSeconds(stat);
      if (cpu === null) continue;
      this.last.set(Number(t), cpu);
      seen.push(Number(t));
    }
    if (seen.length) {
      this.recent.push(new Set(seen));
      if (this.recent.length > END_READINGS) this.recent.shift();
    }
  }
}

/** How many of the last readings decide which threads lived until the end (see threadsAtEnd). */
export const END_READINGS = 3;

/**
 * The threads that lived until the end: those of any of the last readings (`recent`, the last
 * END_READINGS). One reading is not enough: the last one may catch the process while it exits, with V8's
 * and Node's threads already gone (a bench run once counted them all as worker threads). The analysis'
 * worker threads end long before that (after the map, or after coverage's alignment).
 */
export function threadsAtEnd(recent: ReadonlyArray<ReadonlySet<number>>): Set<number> {
  const out = new Set<number>();
  for (const reading of recent.slice(-END_READINGS)) for (const tid of reading) out.add(tid);
  return out;
}

/**
 * Splits each thread's last reading: the main thread (tid = pid), threads still there at the end (`atEnd`:
 * Node's and V8's own, which live as long as the process), and threads that ended earlier and used CPU
 * (worker threads, which `analyze` ends before it exits).
 */
export function splitReadings(pid: number, atEnd: ReadonlySet<number>, readings: readonly ThreadReading[]): ThreadSplit {
  const out: ThreadSplit = { main: 0, workers: 0, workerThreads: 0, helpers: 0 };
  for (const r of readings) {
    if (r.tid === pid) out.main += r.cpu;
    else if (atEnd.has(r.tid)) out.helpers += r.cpu;
    else if (r.cpu > 0) {
      out.workers += r.cpu;
      out.workerThreads++;
    }
  }
  return out;
}
