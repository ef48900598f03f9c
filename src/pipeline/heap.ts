import * as v8 from "v8";
import * as vm from "vm";

/**
 * Full garbage collections, run where little is alive: between the passes of an analysis (after the map,
 * before each step's finish, before writing), and, through `collectIfGrown`, between the articles of the
 * map and between the files written.
 *
 * Why: the passes allocate far more than they keep (the emphasis and coverage merges make hundreds of MB
 * of short-lived arrays and strings; each parsed article is garbage once its record is made), and V8
 * grows its heap rather than collect while the allocation rate is high, so the process's peak memory was
 * about four times what it held alive (593 MB resident with 125 MB live after `analyze --jobs 1` of a
 * 5 MB corpus). A collection costs tens of milliseconds on a heap of this size, so `collectIfGrown` runs
 * one only when the heap has grown by GROWTH_BYTES since the last.
 *
 * V8's `gc` function is not exposed by default: it is switched on for this process once (`--expose-gc`,
 * which only adds the function) and taken from a fresh context. Where that is not allowed, these do
 * nothing and V8 collects as it always does.
 */
export function collectGarbage(): void {
  if (gc === undefined) gc = exposeGc();
  if (!gc) return;
  const t0 = performance.now();
  gc();
  stats.collections++;
  stats.ms += performance.now() - t0;
  baseline = v8.getHeapStatistics().used_heap_size;
}

/** This thread's collections by collectGarbage so far, and their total milliseconds (for the bench). */
export function collectionStats(): { collections: number; ms: number } {
  return { ...stats };
}

const stats = { collections: 0, ms: 0 };

/** Heap growth since the last collection above which `collectIfGrown` collects: 32 MiB. */
export const GROWTH_BYTES = 32 * 2 ** 20;

/**
 * Heap growth above which the map's loop collects (see streamRecords; this thread parses articles with
 * any `--jobs`): 64 MiB. Each collection there marks everything the steps' folds hold (90-120 MB on the
 * benchmark corpus, 0.1-0.2 s a collection), and the parse makes garbage fast, so collecting after every
 * 32 MiB cost about 3 CPU seconds of the map; after every 64 MiB about half that. The process's peak
 * comes later (the steps' merges, collected at GROWTH_BYTES), so it barely moved (334 to 344 MB
 * resident). When this thread only folded (N worker threads for `--jobs N`) it kept GROWTH_BYTES, since
 * 64 MiB raised the peak with `--jobs 2` from 404 to 427 MB then; now that it maps articles too, 64 MiB
 * is 6% faster than 32 with the same peak (341-357 MiB on the bench corpus).
 */
export const MAP_GROWTH_BYTES = 64 * 2 ** 20;

/** Collects (see collectGarbage) when the heap has grown by more than `growth` bytes since the last collection. */
export function collectIfGrown(growth = GROWTH_BYTES): void {
  if (v8.getHeapStatistics().used_heap_size - baseline > growth) collectGarbage();
}

/**
 * Holds the latest `value` of each `kind` until the next one comes (one object per kind, per thread).
 *
 * Why: a forced collection (collectGarbage, collectIfGrown) keeps no hidden class whose objects are all
 * gone, and V8's optimised code is made for the hidden classes it has seen, so the objects an article's
 * analysis builds field by field (the quoted-span lookup of a class, and the indexes kept with it) died
 * with each forced collection between articles, and the functions using them were thrown out and
 * compiled again: on the bench corpus (`--jobs 1`) a quarter of TurboFan's compile time followed such
 * "weak objects" deoptimisations (see the README's Speed section). Holding one object of each keeps its
 * hidden class alive; it costs the memory of the one article's object.
 */
export function keepLatest(kind: string, value: object): void {
  latest.set(kind, value);
}

const latest = new Map<string, object>();

let gc: (() => void) | null | undefined;
let baseline = 0;

function exposeGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return existing;
  try {
    v8.setFlagsFromString("--expose-gc");
    const fn: unknown = vm.runInNewContext("gc");
    return typeof fn === "function" ? (fn as () => void) : null;
  } catch {
    return null;
  }
}
