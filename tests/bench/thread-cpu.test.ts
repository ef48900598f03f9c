import { test } from "uvu";
import * as assert from "uvu/assert";
import { END_READINGS, ThreadSampler, splitReadings, statCpuSeconds, threadsAtEnd } from "../../scripts/thread-cpu";

test("statCpuSeconds adds utime and stime (fields 14 and 15) in ticks of 1/100 s, counting after the name", () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
  const plain = "1234 (node) R 1 1234 1234 0 -1 4194304 100 0 0 0 250 37 0 0 20 0 9 0";
  assert.is(statCpuSeconds(plain), 2.87);
  // A name with spaces and a parenthesis must not shift the fields.
  const odd = "77 (V8 Default) Worker)) S 1 1234 1234 0 -1 4194368 5 0 0 0 1200 300 0 0 20 0 9 0";
  assert.is(statCpuSeconds(odd), 15);
  assert.is(statCpuSeconds("no parentheses here"), null);
  assert.is(statCpuSeconds("1 (x) R 1 2"), null);
});

test("splitReadings: the main thread, threads there at the end (helpers), and threads that ended earlier and used CPU (workers)", () => {
  const split = splitReadings(100, new Set([100, 101, 102, 150]), [
    { tid: 100, cpu: 9.5 },
    { tid: 101, cpu: 2.25 },
    { tid: 102, cpu: 1.5 },
    { tid: 140, cpu: 7 },
    { tid: 141, cpu: 6.5 },
    { tid: 150, cpu: 0 }, // an idle thread-pool thread, still there
    { tid: 160, cpu: 0 }, // a thread that ended without using CPU
  ]);
  assert.equal(split, { main: 9.5, workers: 13.5, workerThreads: 2, helpers: 3.75 });
});

test("threadsAtEnd: the threads of any of the last three readings, so one taken while the process exits loses none", () => {
  assert.is(END_READINGS, 3);
  const readings = [
    new Set([1, 2, 3, 9]), // 9: a worker thread, ended four readings before the end
    new Set([1, 2, 3]),
    new Set([1, 2, 3]),
    new Set([1, 3]),
    new Set([1]), // the process exiting: its helper threads already gone
  ];
  assert.equal([...threadsAtEnd(readings)].sort(), [1, 2, 3]);
  assert.equal([...threadsAtEnd(readings.slice(0, 2))].sort(), [1, 2, 3, 9]);
  assert.equal([...threadsAtEnd([])], []);
});

test("ThreadSampler reads this process's own threads: the main thread's CPU time grows by the work done between two readings", () => {
  const before = new ThreadSampler(process.pid, 1000).start().stop();
  // 0.2 s of this thread's CPU (user + system), whatever else the machine is doing.
  const c0 = process.cpuUsage();
  let x = 0;
  for (let u = process.cpuUsage(c0); u.user + u.system < 200_000; u = process.cpuUsage(c0)) x += Math.sqrt(x + 1);
  const after = new ThreadSampler(process.pid, 1000).start().stop();
  if (process.platform !== "linux") {
    assert.is(after, null);
    return;
  }
  assert.ok(before && after);
  const grew = after.main - before.main;
  // The kernel counts in ticks of 0.01 s; other threads of this process add nothing to the main thread's.
  assert.ok(grew >= 0.15 && grew < 2, `main thread CPU grew by ${grew} s over 0.2 s of work`);
  assert.ok(x > 0);
});

test.run();
