import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// Where RowSpools keep their files: a private folder of this process in the system's temporary folder,
// removed when the process exits, and the folders of processes killed outright removed by the next one.

let spoolDir: string | null = null;
let spoolFiles = 0;
// A spool's file goes with the spool (a finished table no longer referenced); the folder with the process.
const spoolCleanup = new FinalizationRegistry<string>((file) => fs.rmSync(file, { force: true }));

/**
 * Two new file names in this process's spool folder, `<n>.jsonl` and `<n>.csv`, removed once `owner` is
 * garbage-collected (and with the folder when the process exits).
 */
export function newSpoolFiles(owner: object): { json: string; csv: string } {
  const n = ++spoolFiles;
  const dir = spoolFolder();
  const json = path.join(dir, `${n}.jsonl`);
  const csv = path.join(dir, `${n}.csv`);
  spoolCleanup.register(owner, json);
  spoolCleanup.register(owner, csv);
  return { json, csv };
}

/**
 * This process's spool folder, `framelens-spool-<pid>-<random>` in the system's temporary folder, made on
 * first use and removed when the process exits. A process killed outright (kill -9, a signal before
 * framelens writes) cannot remove its folder, so making one first removes the folders of processes that
 * no longer run.
 */
function spoolFolder(): string {
  if (spoolDir && fs.existsSync(spoolDir)) return spoolDir;
  removeOrphanSpools(os.tmpdir());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
  if (spoolDir === null) process.on("exit", () => spoolDir && fs.rmSync(spoolDir, { recursive: true, force: true }));
  spoolDir = dir;
  return dir;
}

const SPOOL_PREFIX = "framelens-spool-";

/** Removes the spool folders in `tmp` whose process (the pid in the name) no longer runs; returns their names. */
export function removeOrphanSpools(tmp: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = new RegExp(`^${SPOOL_PREFIX}(\\d+)-`).exec(name);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    try {
      fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // another user's folder, or gone already: leave it
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // running, as another user
  }
}
