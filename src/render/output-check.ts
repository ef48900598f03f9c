import * as fs from "fs";
import * as path from "path";
import { TEMP_NAME, WRITTEN_RECORD, WrittenRecord, inspect, newStaging, readRecord, recoverOutputDir, refusal } from "./output-dir";
import { assertFileSlot, assertFolderPath, assertFolderSlot, stat, writeProblem } from "./output-slots";

/*
 * The checks `framelens analyze` makes on its output folder before the analysis runs, so that a run does
 * not fail only at its end (output-dir.ts writes the folder all or nothing).
 */

export interface OutputDirCheckOptions {
  /** Sub-folders the output needs (e.g. ["charts"]). Default none. */
  folders?: readonly string[];
  /** Paths this run will certainly write (e.g. ["report.html"]). Default none. */
  expected?: readonly string[];
  /** Which of the files the folder's record lists this run will write again. Default: none. */
  rewrites?: (recordedPath: string) => boolean;
  /** Allow overwriting files framelens did not write. Default false. */
  force?: boolean;
}

export interface OutputDirCheck {
  /** What was done about an earlier interrupted run (completed, temporary files removed). */
  notes: string[];
  /** Reasons to think `dir` is not meant for output (a project or source folder, many other files). */
  warnings: string[];
}

/**
 * Throws naming the folder unless files can be created in `dir`. Tries for real (access() says yes to
 * root even where a write fails): makes and removes a temporary folder in it, or, when `dir` does not
 * exist yet, creates it and removes it again.
 */
function assertWritable(dir: string): void {
  assertFolderPath(dir);
  let where = dir;
  try {
    if (stat(dir)) {
      fs.rmdirSync(newStaging(dir));
      return;
    }
    where = path.dirname(path.resolve(dir));
    while (!stat(where)) where = path.dirname(where);
    const first = fs.mkdirSync(dir, { recursive: true });
    for (let p = path.resolve(dir); first; p = path.dirname(p)) {
      fs.rmdirSync(p);
      if (p === first) break;
    }
  } catch (e) {
    throw (e as NodeJS.ErrnoException).code ? writeProblem(where, e) : e;
  }
}

const PROJECT_MARKERS = new Set([".git", "package.json", "node_modules", "src", "tsconfig.json", "pyproject.toml", "setup.py", "Cargo.toml", "go.mod", "pom.xml", "manifest.json"]);
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|ipynb|java|go|rs|rb|c|cc|cpp|h|sh)$/;
/** More entries than this that framelens did not write make a folder look like something else's. */
const MANY_OTHER_ENTRIES = 10;

/** A warning when `dir` holds source code, a project or a corpus, or many entries framelens did not write. */
function foreignContent(dir: string, record: WrittenRecord): string | undefined {
  const ours = new Set([WRITTEN_RECORD, ...Object.keys(record.files).map((p) => p.split("/")[0])]);
  const others = fs.readdirSync(dir).filter((n) => !ours.has(n) && !TEMP_NAME.test(n));
  const markers = others.filter((n) => PROJECT_MARKERS.has(n) || SOURCE_FILE.test(n)).map((n) => (stat(path.join(dir, n))?.isDirectory() ? `${n}/` : n));
  if (markers.length === 0 && others.length <= MANY_OTHER_ENTRIES) return undefined;
  const what = markers.length > 0 ? `${markers.slice(0, 6).join(", ")}${markers.length > 6 ? ", ..." : ""} (a project, source or corpus folder?)` : `${others.length} files or folders framelens did not write`;
  return (
    `${dir} does not look like an output folder: it holds ${what}. framelens adds its files beside them ` +
    `(it overwrites none of them without --force and deletes nothing), but a folder of its own is easier to tidy: e.g. --out ${path.join(dir, "framelens-output")}`
  );
}

/**
 * What can be checked before an analysis runs, so that a run does not fail only at its end: throws
 * naming the path when a file stands where `dir` or one of `folders` must be, when framelens cannot write
 * in them, when the record is damaged, or (unless `force`) when `expected` paths or recorded paths that
 * `rewrites` selects hold a file framelens did not write or that changed since. Completes or removes what
 * an interrupted run left (`recoverOutputDir`). `writeOutputs` checks again, precisely, before writing.
 */
export function checkOutputDir(dir: string, options: OutputDirCheckOptions = {}): OutputDirCheck {
  const { folders = [], expected = [], rewrites = () => false, force = false } = options;
  assertWritable(dir);
  for (const f of folders) {
    const folder = path.join(dir, f);
    assertFolderSlot(folder, `(for its ${f}/ files)`);
    if (stat(folder)) assertWritable(folder);
  }
  if (!stat(dir)) return { notes: [], warnings: [] };
  const notes = recoverOutputDir(dir);
  const record = readRecord(dir);
  const paths = [...new Set([...expected, ...Object.keys(record.files).filter(rewrites)])];
  for (const p of paths) assertFileSlot(path.join(dir, p));
  const { clash } = inspect(dir, paths, record);
  if (clash.length > 0 && !force) throw refusal(clash);
  const warning = foreignContent(dir, record);
  return { notes, warnings: warning ? [warning] : [] };
}
