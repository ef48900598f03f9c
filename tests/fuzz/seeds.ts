import * as fs from "fs";
import * as path from "path";

/** The repository's seed articles folder. */
export const SEED_DIR = path.resolve(__dirname, "../../seeds");

/** The texts of `dir/*.txt`, in file-name order (the order fixes which inputs a fuzz seed produces). */
export function readSeeds(dir: string = SEED_DIR): string[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`${dir}: no .txt seed articles; the fuzzer mutates them, so it needs at least one`);
  return files.map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}
