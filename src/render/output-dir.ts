import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

/** Where framelens records the files it wrote in an output folder, with their hashes. */
export const WRITTEN_RECORD = ".framelens-written.json";

export interface PendingFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  content: string | Buffer;
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

function readRecord(dir: string): Record<string, string> {
  const file = path.join(dir, WRITTEN_RECORD);
  if (!fs.existsSync(file)) return {};
  try {
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    return json && typeof json.files === "object" ? json.files : {};
  } catch {
    throw new Error(`${file}: is not valid JSON; delete it only if every file in ${dir} may be overwritten`);
  }
}

/**
 * Files in `dir` that writing `files` would overwrite although framelens did not write them, or they
 * changed since it did. Empty when the write is safe.
 */
export function conflicts(dir: string, files: readonly PendingFile[]): string[] {
  const record = readRecord(dir);
  return files
    .filter((f) => {
      const target = path.join(dir, f.path);
      if (!fs.existsSync(target)) return false;
      const known = record[f.path];
      return !known || known !== sha256(fs.readFileSync(target));
    })
    .map((f) => path.join(dir, f.path));
}

function writeAtomic(target: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, target);
}

/**
 * Writes every file whole or not at all: first checks that nothing a user wrote (or changed) would be
 * overwritten (throws naming the files, unless `force`), then writes each file to a temporary name and
 * renames it into place, and records the hashes in `.framelens-written.json`. Never deletes anything.
 */
export function writeOutputs(dir: string, files: readonly PendingFile[], options: { force?: boolean } = {}): string[] {
  const { force = false } = options;
  const clash = conflicts(dir, files);
  if (clash.length > 0 && !force) {
    throw new Error(
      `refusing to overwrite ${clash.length} file(s) that framelens did not write or that changed since it wrote them:\n  ${clash.join("\n  ")}\n` +
        "Choose another --out folder, move those files, or pass --force to overwrite them.",
    );
  }
  const record = readRecord(dir);
  const written: string[] = [];
  for (const f of files) {
    const target = path.join(dir, f.path);
    writeAtomic(target, f.content);
    record[f.path] = sha256(f.content);
    written.push(target);
  }
  writeAtomic(path.join(dir, WRITTEN_RECORD), JSON.stringify({ note: "files written by framelens, with their sha256; framelens overwrites only these, and only while unchanged", files: record }, null, 2) + "\n");
  return written;
}
