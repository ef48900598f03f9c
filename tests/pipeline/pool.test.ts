import { test } from "uvu";
import * as assert from "uvu/assert";
import * as path from "path";
import { mapAll, mapInOrder, MapProgress, READY_LIMIT, THIS_THREAD_LOOKAHEAD, workerTask } from "../../src/pipeline/pool";

const TASKS = path.join(__dirname, "../fixtures/pipeline/tasks.ts");
const square = workerTask<{ n: number; delayMs: number }, { n: number; square: number; thread: number }>(TASKS, "square");
// later inputs finish first: the first input waits longest
const inputs = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ n, delayMs: (8 - n) * 15 }));

test("mapAll with two workers returns results in input order although they finish out of order", async () => {
  const out = await mapAll(square, inputs, { jobs: 2 });
  assert.equal(out.map((o) => o.n), [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.equal(out.map((o) => o.square), [0, 1, 4, 9, 16, 25, 36, 49]);
  assert.ok(out.every((o) => o.thread !== 0), "every input ran in a worker thread");
  assert.is(new Set(out.map((o) => o.thread)).size, 2);
});

test("mapAll with jobs 1 runs in this thread and gives the same values", async () => {
  const out = await mapAll(square, inputs, { jobs: 1 });
  assert.equal(out.map((o) => o.square), [0, 1, 4, 9, 16, 25, 36, 49]);
  assert.ok(out.every((o) => o.thread === 0));
});

test("mapAll with inWorkers runs even jobs 1 and a single input in a worker thread", async () => {
  const one = await mapAll(square, inputs.map((x) => ({ ...x, delayMs: 0 })), { jobs: 1, inWorkers: true });
  assert.equal(one.map((o) => o.square), [0, 1, 4, 9, 16, 25, 36, 49]);
  assert.ok(one.every((o) => o.thread !== 0) && new Set(one.map((o) => o.thread)).size === 1, "one worker thread ran them all");
  const single = await mapAll(square, [{ n: 3, delayMs: 0 }], { jobs: 2, inWorkers: true });
  assert.equal(single.map((o) => [o.square, o.thread !== 0]), [[9, true]]);
});

test("mapAll with thisThreadToo and jobs 2 runs inputs in one worker and in this thread, results in input order", async () => {
  const out = await mapAll(square, inputs, { jobs: 2, thisThreadToo: true });
  assert.equal(out.map((o) => o.square), [0, 1, 4, 9, 16, 25, 36, 49]);
  // The worker is handed inputs 0 and 1 first (two in flight); this thread, waiting for input 0, runs the
  // next one at once; the rest go to whichever thread is free first.
  assert.equal(out.slice(0, 3).map((o) => o.thread === 0), [false, false, true]);
  assert.is(new Set(out.map((o) => o.thread)).size, 2, "one worker thread and this one");
  const one = await mapAll(square, inputs, { jobs: 1, thisThreadToo: true });
  assert.ok(one.every((o) => o.thread === 0), "jobs 1: every input in this thread, as without the option");
});

test("mapAll with thisThreadToo runs at most THIS_THREAD_LOOKAHEAD inputs past one still in a worker", async () => {
  const task = workerTask<{ n: number; delayMs: number }, { n: number; thread: number; start: number; end: number }>(TASKS, "stamped");
  const given = Array.from({ length: 60 }, (_, n) => ({ n, delayMs: n === 0 ? 400 : 0 }));
  const out = await mapAll(task, given, { jobs: 2, thisThreadToo: true });
  assert.equal(out.map((o) => o.n), given.map((g) => g.n));
  const slowEnd = out[0].end;
  // Input 1 went to the worker with input 0; while input 0 waited there, this thread ran inputs 2 to
  // THIS_THREAD_LOOKAHEAD and then no more (the worker, free again, may have run later ones).
  const hereMeanwhile = out.filter((o) => o.thread === 0 && o.start < slowEnd).map((o) => o.n);
  assert.is(Math.min(...hereMeanwhile), 2);
  assert.is(Math.max(...hereMeanwhile), THIS_THREAD_LOOKAHEAD);
});

test("mapInOrder hands out no input more than READY_LIMIT past the results taken (plus those in flight) when the caller is slow", async () => {
  const task = workerTask<{ n: number; delayMs: number }, { n: number; thread: number; start: number; end: number }>(TASKS, "stamped");
  const total = READY_LIMIT + 150;
  const given = Array.from({ length: total }, (_, n) => ({ n, delayMs: 0 }));
  const takenAt: number[] = [];
  const started: number[] = [];
  for await (const o of mapInOrder(task, given, { jobs: 2 })) {
    takenAt.push(Date.now());
    started.push(o.start);
    await new Promise((r) => setTimeout(r, 2)); // a caller slower than the workers
  }
  assert.is(started.length, total);
  const ahead = 2 * 2 + READY_LIMIT; // two workers, two in flight each
  // Input k is handed out only once result k - ahead has been taken (Date.now: whole milliseconds).
  for (let k = ahead; k < total; k++) assert.ok(started[k] >= takenAt[k - ahead], `input ${k} started before result ${k - ahead} was taken`);
});

test("mapAll reports progress once per input with sizes, ending at the totals", async () => {
  const seen: MapProgress[] = [];
  await mapAll(square, inputs.slice(0, 4), { jobs: 2, size: (x) => x.n + 1, onProgress: (p) => seen.push(p) });
  assert.is(seen.length, 4);
  assert.equal(seen.map((p) => p.done), [1, 2, 3, 4]);
  const last = seen[3];
  assert.is(last.totalSize, 1 + 2 + 3 + 4);
  assert.is(last.doneSize, 10);
  assert.is(last.etaS, 0);
});

test("mapAll names the failing input and its error, in workers and in this thread", async () => {
  const fail = workerTask<{ n: number }, number>(TASKS, "failOnThree");
  for (const [jobs, thisThreadToo] of [[1, false], [2, false], [2, true]] as const) {
    try {
      await mapAll(fail, [0, 1, 2, 3, 4].map((n) => ({ n })), { jobs, thisThreadToo });
      assert.unreachable("should have thrown");
    } catch (e) {
      assert.match((e as Error).message, /three is not allowed/);
      assert.match((e as Error).message, /^input 3:/);
    }
  }
});

test("mapAll with release empties each input's slot once it is handed out, in workers and in this thread", async () => {
  for (const jobs of [1, 2]) {
    const given: Array<(typeof inputs)[number] | undefined> = inputs.map((x) => ({ ...x, delayMs: 0 }));
    const out = await mapAll(square, given as typeof inputs, { jobs, release: true });
    assert.equal(out.map((o) => o.square), [0, 1, 4, 9, 16, 25, 36, 49]);
    assert.equal(given, inputs.map(() => undefined));
  }
});

test("mapAll on no inputs returns nothing and rejects a bad jobs value", async () => {
  assert.equal(await mapAll(square, [], { jobs: 2 }), []);
  try {
    await mapAll(square, inputs, { jobs: 0 });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /jobs must be a whole number/);
  }
});

test.run();
