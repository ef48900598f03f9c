import { createHash, randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { assertFileSlot, assertFolderPath, assertFolderSlot, stat } from "./output-slots";

/** Where framelens records the files it wrote in an output folder, with their hashes. */
export const WRITTEN_RECORD = ".framelens-written.json";
/** Every temporary entry framelens makes in an output folder is named `.framelens-tmp-<pid>-<8 hex>`. */
export const TEMP_PREFIX = ".framelens-tmp-";
export const TEMP_NAME = /^\.framelens-tmp-(\d+)-[0-9a-f]{8}$/;
// framelens 0.1 wrote each file as `.NAME.PID.tmp` beside it; only such names of recorded files are ours.
const OLD_TEMP_NAME = /^\.(.+)\.(\d+)\.tmp$/;
const NOTE = "files written by framelens, with their sha256; framelens overwrites only these, and only while unchanged";

export interface PendingFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  /**
   * The file's content, or a function that makes it: writeOutputs calls it when it writes the file and
   * lets the result go right after, so a run never holds more than one made file (a chart page embeds
   * plotly, a CSV of every sentence is the size of the corpus). The function may also return the content
   * in pieces (an iterable of strings, or of Buffers holding UTF-8), written and hashed one by one, so not
   * even one file is held whole.
   */
  content: string | Buffer | (() => string | Buffer | Iterable<string | Buffer>);
}

/** `.framelens-written.json`: `files` maps path -> sha256; `pending` exists only while a write is swapped in. */
export interface WrittenRecord {
  files: Record<string, string>;
  pending?: { staging: string; files: Record<string, { from: string | null; to: string }> };
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

// Hashes of files read in this process, by path, with the stat fields any change to a file alters: a run
// checks the same files up to three times (before the analysis, before and after staging).
const hashed = new Map<string, { key: string; hash: string }>();

/** The sha256 of the file at `p`; null when no file is there. */
function fileHash(p: string): string | null {
  if (!stat(p)?.isFile()) return null;
  const s = fs.statSync(p, { bigint: true });
  const key = `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  const abs = path.resolve(p);
  const known = hashed.get(abs);
  if (known?.key === key) return known.hash;
  const hash = sha256(fs.readFileSync(p));
  hashed.set(abs, { key, hash });
  return hash;
}

/** A relative path inside the output folder that framelens may write: no `..`, not absolute, not its own names. */
function isOutputPath(p: unknown): p is string {
  if (typeof p !== "string" || p === "" || p === "." || p.includes("\\") || path.posix.normalize(p) !== p || path.posix.isAbsolute(p)) return false;
  const parts = p.split("/");
  return !parts.includes("..") && p !== WRITTEN_RECORD && !parts[0].startsWith(TEMP_PREFIX);
}

/** The record, keeping only well-formed entries: a damaged or hand-edited record never sends a file outside `dir`. */
export function readRecord(dir: string): WrittenRecord {
  const file = path.join(dir, WRITTEN_RECORD);
  if (!fs.existsSync(file)) return { files: {} };
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new Error(`${file}: is not valid JSON; delete it only if every file in ${dir} may be overwritten`);
  }
  const entries = (o: unknown) => (o && typeof o === "object" ? Object.entries(o).filter(([p]) => isOutputPath(p)) : []);
  const files = Object.fromEntries(entries(json?.files).filter(([, hash]) => typeof hash === "string")) as Record<string, string>;
  const pending = json?.pending;
  if (typeof pending?.staging !== "string" || !TEMP_NAME.test(pending.staging)) return { files };
  const swaps = entries(pending.files).filter(([, v]) => typeof v?.to === "string" && (v.from === null || typeof v.from === "string"));
  return { files, pending: { staging: pending.staging, files: Object.fromEntries(swaps) } };
}

/** Replaces the record in one rename, writing it first inside `staging` (a temporary folder in `dir`). */
function saveRecord(dir: string, staging: string, record: WrittenRecord): void {
  const tmp = path.join(staging, WRITTEN_RECORD);
  fs.writeFileSync(tmp, JSON.stringify({ note: NOTE, ...record }, null, 2) + "\n");
  fs.renameSync(tmp, path.join(dir, WRITTEN_RECORD));
}

export function newStaging(dir: string): string {
  const staging = path.join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}`);
  fs.mkdirSync(staging);
  return staging;
}

/** True when another live process has this id (it may be a framelens run writing right now). */
function otherProcessAlive(pid: number): boolean {
  if (pid === process.pid) return false; // writes are synchronous: none of this process's is under way
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isOurs(record: WrittenRecord, p: string, hash: string): boolean {
  return hash === record.files[p] || hash === record.pending?.files[p]?.to;
}

/**
 * Finishes or removes what an interrupted framelens write left in `dir`: a write that was being swapped
 * in (the record has `pending`) is completed from its staging folder (a file the user changed since is
 * left alone), then every `.framelens-tmp-*` entry and framelens 0.1's `.NAME.PID.tmp` files of recorded
 * files are removed. Nothing else is touched. Throws when another live process holds a temporary folder
 * here (a run in progress). Returns one line per thing done; none when there was nothing to do.
 */
export function recoverOutputDir(dir: string): string[] {
  if (!stat(dir)?.isDirectory()) return [];
  const temps = fs.readdirSync(dir).filter((n) => TEMP_NAME.test(n));
  const busy = temps.map((n) => ({ n, pid: Number(TEMP_NAME.exec(n)![1]) })).find(({ pid }) => otherProcessAlive(pid));
  if (busy) {
    throw new Error(
      `${path.join(dir, busy.n)}: another framelens process (pid ${busy.pid}) is writing to ${dir}; wait until it ends. ` +
        "If no framelens is running, that folder is left from a crash and may be deleted.",
    );
  }
  const notes: string[] = [];
  const record = readRecord(dir);
  if (record.pending) {
    const staging = path.join(dir, record.pending.staging);
    const files = { ...record.files };
    let moved = 0;
    for (const [p, { from, to }] of Object.entries(record.pending.files)) {
      const target = path.join(dir, p);
      const staged = path.join(staging, p);
      const now = fileHash(target);
      if (stat(staged)?.isFile() && (now === null || now === from || now === to || now === record.files[p]) && !stat(target)?.isDirectory()) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.renameSync(staged, target);
        files[p] = to;
        moved++;
      } else if (now === to) files[p] = to;
    }
    const tmp = newStaging(dir);
    saveRecord(dir, tmp, { files });
    temps.push(path.basename(tmp));
    notes.push(`${dir}: completed an interrupted write (${moved} file(s) moved into place)`);
  }
  for (const n of temps) fs.rmSync(path.join(dir, n), { recursive: true, force: true });
  let old = 0;
  const recorded = new Set([WRITTEN_RECORD, ...Object.keys(record.files)]);
  for (const sub of new Set([...recorded].map((p) => path.posix.dirname(p)))) {
    const folder = path.join(dir, sub);
    if (!stat(folder)?.isDirectory()) continue;
    for (const n of fs.readdirSync(folder)) {
      const probe = sub !== "." && TEMP_NAME.exec(n); // checkOutputDir's write test in a sub-folder
      if (probe && !otherProcessAlive(Number(probe[1]))) {
        fs.rmSync(path.join(folder, n), { recursive: true, force: true });
        old++;
      }
      const m = OLD_TEMP_NAME.exec(n);
      if (!m || !recorded.has(path.posix.join(sub, m[1])) || otherProcessAlive(Number(m[2]))) continue;
      if (fs.lstatSync(path.join(folder, n)).isFile()) {
        fs.unlinkSync(path.join(folder, n));
        old++;
      }
    }
  }
  const removed = temps.length - (record.pending ? 1 : 0) + old;
  if (removed > 0) notes.push(`${dir}: removed ${removed} temporary file(s) or folder(s) left by an interrupted framelens run`);
  return notes;
}

/** Writes `content` (whole, or pieces of text or bytes one by one) to `file` and returns its sha256. */
function writeStaged(file: string, content: string | Buffer | Iterable<string | Buffer>): string {
  if (typeof content === "string" || Buffer.isBuffer(content)) {
    fs.writeFileSync(file, content);
    return sha256(content);
  }
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "w");
  try {
    for (const piece of content) {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at);
      hash.update(bytes);
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest("hex");
}

/** Throws unless every file can go where it is meant to: a relative path, unique, with folders (or nothing) above it. */
function assertPlaceable(dir: string, files: readonly PendingFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    const parts = f.path.split("/");
    if (!isOutputPath(f.path)) {
      throw new Error(`writeOutputs: "${f.path}" is not a file name framelens may write (expected a relative path such as charts/x.html)`);
    }
    if (seen.has(f.path)) throw new Error(`writeOutputs: two files named "${f.path}"; each output file must be written once`);
    seen.add(f.path);
    for (let i = 0; i < parts.length - 1; i++) assertFolderSlot(path.join(dir, ...parts.slice(0, i + 1)), `(for ${f.path})`);
    assertFileSlot(path.join(dir, f.path));
  }
  assertFolderPath(dir);
}

/** The hash of what each path now holds (null: nothing), and the paths holding something not ours. */
export function inspect(dir: string, paths: readonly string[], record: WrittenRecord): { clash: string[]; from: Map<string, string | null> } {
  const from = new Map(paths.map((p) => [p, fileHash(path.join(dir, p))]));
  const clash = paths.filter((p) => from.get(p) !== null && !isOurs(record, p, from.get(p)!)).map((p) => path.join(dir, p));
  return { clash, from };
}

export function refusal(clash: readonly string[]): Error {
  return new Error(
    `refusing to overwrite ${clash.length} file(s) that framelens did not write or that changed since it wrote them:\n  ${clash.join("\n  ")}\n` +
      "Choose another --out folder, move those files, or pass --force to overwrite them.",
  );
}

/**
 * Writes every file into `dir` so that an interruption at any moment (kill, crash, full disk) leaves
 * the previous output or the new one, never framelens files the record does not account for:
 * 1. finishes or removes what an earlier interrupted write left (`recoverOutputDir`);
 * 2. refuses (throws naming the files, unless `force`) to overwrite a file framelens did not write or
 *    that changed since;
 * 3. writes every file into a staging folder `dir/.framelens-tmp-<pid>-<hex>/`; an error removes it;
 * 4. checks again, then records the swap in `.framelens-written.json` (`pending`: old and new hash of
 *    each file) in one rename, renames each staged file into place in the given order, records the new
 *    hashes in one rename, and removes the staging folder.
 * A crash before step 4's first rename leaves the previous output and a staging folder the next run
 * removes; after it, every file is its old or new version, both recorded, and the next run completes the
 * swap. Never deletes anything but its own temporary files. Synchronous: a signal handler runs only
 * after it returns. Returns the paths written.
 */
export function writeOutputs(dir: string, files: readonly PendingFile[], options: { force?: boolean } = {}): string[] {
  const { force = false } = options;
  assertPlaceable(dir, files);
  recoverOutputDir(dir);
  const record = readRecord(dir);
  const paths = files.map((f) => f.path);
  const first = inspect(dir, paths, record);
  if (first.clash.length > 0 && !force) throw refusal(first.clash);
  fs.mkdirSync(dir, { recursive: true });
  const staging = newStaging(dir);
  let swapping = false;
  try {
    const hashes: Record<string, string> = {};
    for (const f of files) {
      const staged = path.join(staging, f.path);
      fs.mkdirSync(path.dirname(staged), { recursive: true });
      hashes[f.path] = writeStaged(staged, typeof f.content === "function" ? f.content() : f.content);
    }
    // Writing can take seconds: check again what the new files replace, just before they do.
    const { clash, from } = inspect(dir, paths, record);
    if (clash.length > 0 && !force) throw refusal(clash);
    const pendingFiles = Object.fromEntries(files.map((f) => [f.path, { from: from.get(f.path) ?? null, to: hashes[f.path] }]));
    saveRecord(dir, staging, { files: record.files, pending: { staging: path.basename(staging), files: pendingFiles } });
    swapping = true;
    for (const f of files) {
      const target = path.join(dir, f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(path.join(staging, f.path), target);
    }
    saveRecord(dir, staging, { files: { ...record.files, ...hashes } });
  } catch (e) {
    if (!swapping) fs.rmSync(staging, { recursive: true, force: true });
    else (e as Error).message += `\n${dir}: the new output is only partly in place (every file is recorded); run framelens again to complete it`;
    throw e;
  }
  fs.rmSync(staging, { recursive: true, force: true });
  return files.map((f) => path.join(dir, f.path));
}
