import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** A fresh temporary folder holding the given files (string = UTF-8 text, Buffer = raw bytes). */
export function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-test-"));
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
