import * as fs from "fs";
import * as path from "path";
import { CorpusError } from "./errors";
import { FieldMap } from "./import-fields";
import { MAX_ARTICLE_BYTES, articleLocations, checkMaxArticleBytes, openCorpus, readArticleText, skippedWarning } from "./load";
import { MANIFEST_FILE, validateManifest } from "./manifest";
import { CorpusWarning, ManifestEntry } from "./types";

export interface ImportOptions {
  /** Which column gives each field, e.g. `{ text: "body", outlet: "source" }`; default DEFAULT_COLUMNS. */
  map?: FieldMap;
  /** Replace `out` when it is a folder that holds anything (its files are deleted). Default false: refuse. */
  force?: boolean;
  /** Rows whose text is larger are skipped with a warning; default MAX_ARTICLE_BYTES (2 MiB). */
  maxArticleBytes?: number;
}

export interface ImportResult {
  /** The corpus folder written. */
  out: string;
  /** Files written, relative to `out`: manifest.json, then one `<id>.txt` per article in row order. */
  files: string[];
  articles: number;
  /** Every bad or skipped row, and every row with a field left out or replaced. */
  warnings: CorpusWarning[];
  /** `out` held files that were replaced (only with `force`). */
  replaced: boolean;
}

/**
 * Converts a JSONL or CSV file with one article per row (see openCorpus and rowsToCorpus) into a corpus
 * folder: `manifest.json` plus one `<id>.txt` per article, holding exactly the text the file gives the
 * parser, so analysing the folder or the file gives the same records. Rows failing the per-article checks
 * (over `maxArticleBytes`, binary) are skipped with a warning, as when analysing the file.
 * Whole or nothing: everything is written into a temporary sibling folder that is then renamed to `out`.
 * Refuses (CorpusError) a non-empty `out` unless `force`, and even with `force` an `out` that holds the
 * input file or the working folder. Throws a CorpusError for a file with no usable row.
 */
export function importCorpus(file: string, out: string, options: ImportOptions = {}): ImportResult {
  const { map, force = false, maxArticleBytes = MAX_ARTICLE_BYTES } = options;
  checkMaxArticleBytes(maxArticleBytes);
  const existing = checkTarget(file, out, force);
  const source = openCorpus(file, { map });
  if (!source.rows) throw new CorpusError(file, "is a corpus folder already; `framelens import` converts a JSONL or CSV file into one");
  const warnings: CorpusWarning[] = [...source.warnings];
  const locations = articleLocations(source);
  const kept: Array<{ entry: ManifestEntry; text: string }> = [];
  source.entries.forEach((entry, i) => {
    try {
      kept.push({ entry, text: readArticleText(locations[i], entry, maxArticleBytes) });
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      warnings.push(skippedWarning(e));
    }
  });
  if (kept.length === 0) throw new CorpusError(file, `no row can be imported: ${warnings.map((w) => w.message).slice(0, 5).join("; ")}`);
  const manifest = { title: source.title, articles: kept.map(({ entry }) => manifestEntry(entry)) };
  const json = JSON.stringify(manifest, null, 2) + "\n";
  validateManifest(JSON.parse(json), path.join(out, MANIFEST_FILE)); // what is written must load back

  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${path.join(path.dirname(target), `.${path.basename(target)}`)}.framelens-import-${process.pid}-${Date.now()}`;
  const files = [MANIFEST_FILE, ...kept.map(({ entry }) => entry.file)];
  fs.mkdirSync(temp);
  try {
    for (const { entry, text } of kept) fs.writeFileSync(path.join(temp, entry.file), text, { flag: "wx" });
    fs.writeFileSync(path.join(temp, MANIFEST_FILE), json, { flag: "wx" });
    swapIn(temp, target, existing);
  } catch (e) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  return { out, files, articles: kept.length, warnings, replaced: existing === "non-empty" };
}

/** The manifest.json entry of an article: its fields, then its extra fields at the top level. */
function manifestEntry(entry: ManifestEntry): Record<string, unknown> {
  const { extra = {}, ...fields } = entry;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return { ...out, ...extra };
}

/**
 * Checks that `out` may receive the corpus: absent, an empty folder, or (with force) a non-empty folder
 * that holds neither the input file nor the working folder. Returns what is there.
 */
function checkTarget(file: string, out: string, force: boolean): "absent" | "empty" | "non-empty" {
  if (!fs.existsSync(out)) return "absent";
  if (!fs.statSync(out).isDirectory()) throw new CorpusError(out, "is a file; give --out a folder to create (or an empty one)");
  const names = fs.readdirSync(out);
  if (names.length === 0) return "empty";
  if (!force) {
    const shown = names.slice(0, 5).join(", ") + (names.length > 5 ? `, ... (${names.length} in all)` : "");
    throw new CorpusError(out, `holds files already (${shown}); framelens import writes only into a new or empty folder. Choose another --out, or pass --force to replace this folder and delete what it holds`);
  }
  const real = fs.realpathSync(out);
  const inside = (p: string) => p === real || p.startsWith(real + path.sep);
  if (fs.existsSync(file) && inside(fs.realpathSync(file))) throw new CorpusError(out, `holds the file being imported (${file}); even with --force, choose another --out`);
  if (inside(fs.realpathSync(process.cwd()))) throw new CorpusError(out, "holds the working folder; even with --force, choose another --out");
  return "non-empty";
}

/** Renames the finished `temp` folder to `target`, moving a non-empty target aside until that has worked. */
function swapIn(temp: string, target: string, existing: "absent" | "empty" | "non-empty"): void {
  if (existing === "empty") fs.rmdirSync(target);
  if (existing !== "non-empty") {
    fs.renameSync(temp, target);
    return;
  }
  const old = `${temp}.old`;
  fs.renameSync(target, old);
  try {
    fs.renameSync(temp, target);
  } catch (e) {
    fs.renameSync(old, target);
    throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
}
