import { parentPort } from "worker_threads";
import { collectIfGrown } from "./heap";
import { loadTask } from "./pool";

/**
 * The loop inside each worker thread started by `mapInOrder`: loads the task's module once, then answers
 * every `{ seq, input }` message with `{ seq, ok, value }` or `{ seq, ok: false, message }`. An error in
 * one input is reported for that input and the worker goes on. Between inputs the heap is collected
 * when it has grown (collectIfGrown), which keeps each worker's peak memory near what it holds alive.
 */
export function runWorker(module: string, exportName: string): void {
  const port = parentPort;
  if (!port) throw new Error("runWorker must run inside a worker thread");
  const fn = loadTask<unknown, unknown>({ module, exportName });
  port.on("message", async (m: { seq: number; input: unknown }) => {
    try {
      const value = await fn(m.input);
      port.postMessage({ seq: m.seq, ok: true, value });
    } catch (e) {
      port.postMessage({ seq: m.seq, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
    collectIfGrown(); // an input's garbage (a parsed article) is gone once its result is sent
  });
}
