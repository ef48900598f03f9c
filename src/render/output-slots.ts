import * as fs from "fs";
import * as path from "path";

/** What stands at an output path before framelens writes there, and the errors that name the path. */

/** The entry's stats (following links), or undefined when nothing is there (or a file stands above it). */
export function stat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw e;
  }
}

/** Throws naming the path when something other than a folder stands where `folder` must be. */
export function assertFolderSlot(folder: string, why: string): void {
  const s = stat(folder);
  if (s && !s.isDirectory()) throw new Error(`${folder}: is a file, but framelens needs a folder there ${why}; move or rename it, or choose another --out folder`);
}

/** Throws naming the path when a folder stands where framelens writes the file `file`. */
export function assertFileSlot(file: string): void {
  if (stat(file)?.isDirectory()) throw new Error(`${file}: is a folder, but framelens writes a file there; move or rename it`);
}

/** The error for a folder framelens cannot write in, naming it and what to do. */
export function writeProblem(where: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return new Error(`${where}: framelens cannot write in this folder (${code}); choose another --out folder or make it writable`);
}

/** Throws naming the path when a file stands where `dir` or a folder above it must be. */
export function assertFolderPath(dir: string): void {
  let p = path.resolve(dir);
  try {
    while (!stat(p) && path.dirname(p) !== p) p = path.dirname(p);
  } catch (e) {
    throw writeProblem(p, e);
  }
  assertFolderSlot(p, p === path.resolve(dir) ? "(the output folder)" : `(the output folder ${dir} goes inside it)`);
}
