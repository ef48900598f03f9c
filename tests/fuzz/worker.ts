/**
 * A fuzz worker thread: builds the inputs it is sent by index (or takes a given text), checks them and
 * posts the outcome. Runs in its own thread so the pool (run.ts) can stop an input that hangs, and so
 * two cores check two inputs at once. Messages are described by WorkerRequest and WorkerReply.
 */
import { parentPort, workerData } from "worker_threads";
import { defaultActorRegistry } from "../../src/actors/registry";
import { Stage } from "./check";
import { Profile, generateInput } from "./generate";
import { InputOutcome, checkTimed } from "./outcome";
import { readSeeds } from "./seeds";
import { Calibration, TimeBounds, calibrate, referenceSeed } from "./timing";

export interface WorkerSetup {
  seedDir: string;
  runSeed: number;
  profile: Profile;
  /** Measure the seeds' per-stage speed before reporting ready. */
  calibrate: boolean;
}

export type WorkerRequest = { type: "run"; index: number; bounds: TimeBounds } | { type: "text"; text: string; bounds: TimeBounds };

export type WorkerReply =
  | { type: "ready"; calibration: Calibration | null }
  | { type: "start"; index: number; chars: number }
  | { type: "stage"; index: number; stage: Stage }
  | { type: "result"; outcome: InputOutcome };

function main(): void {
  const port = parentPort;
  if (!port) throw new Error("tests/fuzz/worker.ts runs only as a worker thread (see run.ts)");
  const setup = workerData as WorkerSetup;
  const seeds = readSeeds(setup.seedDir);
  const registry = defaultActorRegistry();
  const post = (m: WorkerReply) => port.postMessage(m);
  const reference = referenceSeed(seeds);
  post({ type: "ready", calibration: setup.calibrate ? calibrate(seeds, registry) : null });
  port.on("message", (req: WorkerRequest) => {
    const input = req.type === "run" ? generateInput(seeds, setup.runSeed, req.index, setup.profile) : { index: -1, text: req.text, recipe: ["given text"] };
    post({ type: "start", index: input.index, chars: input.text.length });
    post({ type: "result", outcome: checkTimed(input.text, input.index, input.recipe, req.bounds, registry, reference, (stage) => post({ type: "stage", index: input.index, stage })) });
  });
}

main();
