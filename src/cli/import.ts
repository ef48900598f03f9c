import * as path from "path";
import { ImportOptions, ImportResult, importCorpus } from "../corpus/import-write";

export interface ImportCommandOptions extends ImportOptions {
  /** The corpus folder to write. */
  out: string;
  /** Where the summary goes; default console.log. Warnings go to `warn`, default console.error. */
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

/**
 * `framelens import FILE --out DIR [--map ...] [--force]`: converts a JSONL or CSV file with one article
 * per row into a corpus folder (see importCorpus), then prints every bad or changed row and what it wrote.
 */
export function importCommand(file: string, options: ImportCommandOptions): ImportResult {
  const { out, log = (l: string) => console.log(l), warn = (l: string) => console.error(l), ...rest } = options;
  const result = importCorpus(file, out, rest);
  for (const w of result.warnings) warn(`warning: ${w.file}: ${w.message}`);
  const n = result.articles;
  log(`wrote ${n} article${n === 1 ? "" : "s"} from ${file} to ${path.resolve(out)}: manifest.json and ${n} .txt file${n === 1 ? "" : "s"} (${fileList(result.files.slice(1))})${result.replaced ? `; replaced what ${out} held` : ""}`);
  if (result.warnings.length > 0) log(`${result.warnings.length} warning(s) above: rows skipped or with a field left out; fix them in ${path.basename(file)} and import again, or go on`);
  log(`next: npx framelens analyze --corpus ${out}`);
  return result;
}

function fileList(files: readonly string[]): string {
  return files.length <= 6 ? files.join(", ") : `${files.slice(0, 3).join(", ")}, ..., ${files.slice(-2).join(", ")}`;
}
