import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const madeHere: string[] = [];
let cleanupHooked = false;

/**
 * A fresh temporary folder (under the system's temp folder) that is removed when the test process exits,
 * so `npm test` leaves nothing behind even when a test fails half way.
 */
export function tempDir(prefix = "framelens-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeHere.push(dir);
  if (!cleanupHooked) {
    cleanupHooked = true;
    process.on("exit", () => {
      for (const d of madeHere) fs.rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/** A fresh temporary folder holding the given files (string = UTF-8 text, Buffer = raw bytes); removed at exit. */
export function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A manifest.json body listing the given entries. */
export function manifest(entries: Array<Record<string, unknown>>, title = "test corpus"): string {
  return JSON.stringify({ title, articles: entries });
}

export const REPO = path.resolve(__dirname, "..");
export const SEEDS = path.join(REPO, "seeds");

/** Every line of the seed articles' text files (for checks that compare two implementations line by line). */
export function seedLines(): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => fs.readFileSync(path.join(SEEDS, f), "utf8").split("\n"));
}

/** Runs `fn` with console.log and console.error captured. */
export function capture(fn: () => Promise<number>): Promise<{ code: number; err: string; out: string }> {
  const err: string[] = [];
  const out: string[] = [];
  const e = console.error;
  const l = console.log;
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  return fn().then(
    (code) => ((console.error = e), (console.log = l), { code, err: err.join("\n"), out: out.join("\n") }),
    (x) => ((console.error = e), (console.log = l), Promise.reject(x)),
  );
}
