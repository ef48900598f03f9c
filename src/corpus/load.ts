import * as fs from "fs";
import * as path from "path";
import { COMPARE_UNITS, CompareUnit, entriesByGroup, isCompareUnit } from "./compare-groups";
import { decodeUtf8 } from "./decode";
import { CorpusError } from "./errors";
import { FieldMap, checkFieldMap } from "./import-fields";
import { ROW_FILE_FORMATS, RowFileFormat, readRowFile, rowFileFormat } from "./import-read";
import { RowText, rowLabel } from "./import-rows";
import { MANIFEST_FILE, validateManifest } from "./manifest";
import { ParseOptions, parseArticle } from "./parse";
import { Corpus, CorpusWarning, ManifestEntry, ParsedArticle } from "./types";

/**
 * Default size limit per article file: 2 MiB (2,097,152 bytes). A news article is well under 100 kB; a
 * file twenty times that is several articles joined or a data dump, and parsing costs about 30 MB of
 * memory and 1-2 s per MB of text, so one stray 50 MB file would otherwise exhaust the process.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface LoadOptions {
  /**
   * What to do with an article that cannot be read (missing, binary, not UTF-8, empty): "warn"
   * (default) skips it with a warning so the rest of the corpus goes on; "throw" stops at the first.
   */
  onBadArticle?: "warn" | "throw";
  /** Called after each article is parsed: (done, total, id). */
  onProgress?: (done: number, total: number, id: string) => void;
  /**
   * Largest article file read, in bytes; default MAX_ARTICLE_BYTES (2 MiB). A larger file is skipped with
   * a warning naming it and its size (or stops the load with onBadArticle "throw"); Infinity reads any size.
   */
  maxArticleBytes?: number;
  /** Passed to parseArticle (cleaning rules, tokenizer). */
  parse?: Pick<ParseOptions, "rules" | "tokenizer">;
  /**
   * For a JSONL or CSV corpus: which column gives each field (framelens field -> column), e.g.
   * `{ text: "body", outlet: "source" }`; default DEFAULT_COLUMNS. Not allowed for a folder.
   */
  map?: FieldMap;
  /**
   * "outlets" (default) compares outlets; "groups" compares the manifest's outlet groups, each article
   * counted under its group's name (see entriesByGroup).
   */
  compare?: CompareUnit;
}

/** What a corpus path holds: a folder (manifest.json and .txt files), or a JSONL or CSV file of rows. */
export type CorpusFormat = "folder" | RowFileFormat;

/**
 * A corpus whose list of articles has been read and checked, before any article is parsed: a folder's
 * manifest (article texts stay in their files), or a JSONL/CSV file's rows (texts held in `rows`).
 */
export interface CorpusSource {
  format: CorpusFormat;
  /** The folder or file as given. */
  path: string;
  /** The folder (for a JSONL/CSV file: the folder holding it). */
  dir: string;
  /** The folder's real path: article files must resolve inside it. */
  root: string;
  title?: string;
  entries: ManifestEntry[];
  /** The manifest's outlet groups (group name -> outlets), when it gives any; none for a JSONL/CSV file. */
  groups?: Record<string, string[]>;
  /**
   * For a JSONL or CSV corpus, each entry's row and text, in entry order (an entry's `file` is then the
   * name `framelens import` writes it to); absent for a folder.
   */
  rows?: RowText[];
  /** Size in bytes of each entry's text (0 when its file is missing), in entry order, for progress and planning. */
  bytes: number[];
  /** `.txt` files in the folder that the manifest does not list. */
  unlisted: CorpusWarning[];
  /** Bad rows of a JSONL or CSV file (skipped), and rows with a field left out or replaced, in row order. */
  warnings: CorpusWarning[];
}

/** Where to find one article's text: the corpus folder, and the row holding the text when it is a row of a JSONL/CSV file. */
export interface ArticleLocation {
  dir: string;
  root: string;
  row?: RowText;
}

/**
 * Opens a corpus: a folder (checks it, reads and validates `manifest.json`, lists the `.txt` files the
 * manifest leaves out, reads no article), or a `.jsonl`/`.ndjson`/`.csv` file with one article per row
 * (reads it whole and keeps each row's text; see readRowFile, and `map` for other column names). Throws a
 * CorpusError for problems with the corpus as a whole (not found, missing or invalid manifest, duplicate
 * ids, a file of another kind, no usable row); a bad row is a warning in `warnings`.
 */
export function openCorpus(corpus: string, options: Pick<LoadOptions, "map" | "compare"> = {}): CorpusSource {
  const { compare = "outlets" } = options;
  if (!isCompareUnit(compare)) throw new Error(`unknown compare ${JSON.stringify(compare)}; expected ${COMPARE_UNITS.map((c) => `"${c}"`).join(" or ")}`);
  const source = openSource(corpus, options);
  if (compare === "outlets") return source;
  const file = source.format === "folder" ? path.join(source.dir, MANIFEST_FILE) : source.path;
  const { entries, warnings } = entriesByGroup(source.entries, source.groups, file);
  // The groups are now the units compared; they are no longer groups of them.
  const { groups: _units, ...rest } = source;
  return { ...rest, entries, warnings: [...source.warnings, ...warnings] };
}

function openSource(corpus: string, options: Pick<LoadOptions, "map">): CorpusSource {
  const map = checkFieldMap(options.map);
  const stat = fs.existsSync(corpus) ? fs.statSync(corpus) : undefined;
  if (stat && !stat.isDirectory()) {
    const format = rowFileFormat(corpus);
    if (!format) {
      const hint = path.basename(corpus) === MANIFEST_FILE ? ` (for a corpus folder, give the folder holding ${MANIFEST_FILE})` : "";
      throw new CorpusError(corpus, `is a file but not ${ROW_FILE_FORMATS.map((f) => (f === "jsonl" ? ".jsonl (.ndjson)" : `.${f}`)).join(" or ")}${hint}; give a corpus folder, or a JSONL or CSV file with one article per row`);
    }
    const rows = readRowFile(corpus, format, { map });
    const dir = path.dirname(corpus);
    const title = path.basename(corpus, path.extname(corpus));
    const bytes = rows.texts.map((t) => Buffer.byteLength(t.text, "utf8"));
    return { format, path: corpus, dir, root: fs.realpathSync(dir), title, entries: rows.entries, rows: rows.texts, bytes, unlisted: [], warnings: rows.warnings };
  }
  return openFolder(corpus, map);
}

function openFolder(dir: string, map: FieldMap): CorpusSource {
  if (!fs.existsSync(dir)) throw new CorpusError(dir, "is not a folder, nor a JSONL or CSV file: nothing is there. Give the folder that holds manifest.json and the .txt articles, or a .jsonl or .csv file with one article per row");
  if (Object.keys(map).length > 0) throw new CorpusError(dir, `is a corpus folder, whose manifest.json names each field; a field map (--map) applies only to a JSONL or CSV file`);
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(manifestPath)) {
    throw new CorpusError(manifestPath, `missing. A corpus folder needs a manifest.json listing its articles; write one by hand (see README) or run \`npx framelens manifest ${dir}\` for a starter`);
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(fs.readFileSync(manifestPath), manifestPath));
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    throw new CorpusError(manifestPath, `is not valid JSON: ${(e as Error).message}`);
  }
  const manifest = validateManifest(json, manifestPath);
  const listed = new Set(manifest.articles.map((entry) => path.resolve(dir, entry.file)));
  const unlisted: CorpusWarning[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.toLowerCase().endsWith(".txt") && !listed.has(path.resolve(dir, name))) {
      unlisted.push({ file: path.join(dir, name), message: `not listed in ${MANIFEST_FILE}; ignored (add it to the manifest to include it)` });
    }
  }
  const bytes = manifest.articles.map((entry) => {
    try {
      return fs.statSync(path.join(dir, entry.file)).size;
    } catch {
      return 0;
    }
  });
  return { format: "folder", path: dir, dir, root: fs.realpathSync(dir), title: manifest.title, entries: manifest.articles, ...(manifest.groups ? { groups: manifest.groups } : {}), bytes, unlisted, warnings: [] };
}

/** Checks a maxArticleBytes value, naming it when it is not a positive number. */
export function checkMaxArticleBytes(maxArticleBytes: unknown): number {
  if (typeof maxArticleBytes !== "number" || !(maxArticleBytes > 0)) {
    throw new Error(`maxArticleBytes must be a positive number of bytes (or Infinity for no limit); got ${typeof maxArticleBytes === "string" ? JSON.stringify(maxArticleBytes) : String(maxArticleBytes)}`);
  }
  return maxArticleBytes;
}

/**
 * Reads and decodes one listed article file, or throws a CorpusError naming the file and the problem:
 * missing, a link leading outside the corpus folder, not a regular file, over `maxArticleBytes` (checked
 * before reading), not UTF-8 (or UTF-16), binary, or empty. The one place that reads article files.
 * For a row of a JSONL/CSV file (`source.row`), the same checks on the row's text (over
 * `maxArticleBytes`, a NUL character, empty), naming the file and the row.
 */
export function readArticleText(source: ArticleLocation, entry: ManifestEntry, maxArticleBytes: number = MAX_ARTICLE_BYTES): string {
  if (source.row) return checkRowText(source.row, maxArticleBytes);
  const file = path.join(source.dir, entry.file);
  if (!fs.existsSync(file)) throw new CorpusError(file, `listed in ${MANIFEST_FILE} (id "${entry.id}") but not found`);
  const real = fs.realpathSync(file);
  if (real !== source.root && !real.startsWith(source.root + path.sep)) throw new CorpusError(file, "resolves (through a link) to a file outside the corpus folder");
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw new CorpusError(file, "is not a regular file");
  if (stat.size > maxArticleBytes) throw new CorpusError(file, tooBig(stat.size, maxArticleBytes));
  const text = decodeUtf8(fs.readFileSync(real), file);
  if (text.trim() === "") throw new CorpusError(file, "is empty or whitespace-only; nothing to analyse");
  return text;
}

function checkRowText(row: RowText, maxArticleBytes: number): string {
  const where = rowLabel(row.row, row.line);
  const size = Buffer.byteLength(row.text, "utf8");
  if (size > maxArticleBytes) throw new CorpusError(row.file, `${where}: its text ${tooBig(size, maxArticleBytes, "row")}`);
  const nul = row.text.indexOf("\u0000");
  if (nul !== -1) throw new CorpusError(row.file, `${where}: its text holds a NUL character (at ${nul}), so it looks binary; framelens reads plain text`);
  if (row.text.trim() === "") throw new CorpusError(row.file, `${where}: its text is empty or whitespace-only; nothing to analyse`);
  return row.text;
}

/**
 * Reads, decodes, cleans and parses one listed article (see readArticleText for the CorpusErrors it
 * throws). The one place a manifest entry becomes a ParsedArticle, for loadCorpus and the pipeline's map.
 * The parser's warnings about a row of a JSONL/CSV file name that file and the row.
 */
export function parseEntry(source: ArticleLocation, entry: ManifestEntry, maxArticleBytes: number = MAX_ARTICLE_BYTES, parse: LoadOptions["parse"] = {}): ParsedArticle {
  const text = readArticleText(source, entry, maxArticleBytes);
  const article = parseArticle(text, { ...parse, id: entry.id, outlet: entry.outlet, headline: entry.headline, meta: entry });
  const row = source.row;
  if (!row || article.warnings.length === 0) return article;
  const where = `${rowLabel(row.row, row.line)} (id "${entry.id}")`;
  return { ...article, warnings: article.warnings.map((w) => (w.file === entry.file ? { file: row.file, message: `${where}: ${w.message}` } : w)) };
}

/** Where each of an opened corpus's articles is, in entry order (see ArticleLocation). */
export function articleLocations(source: CorpusSource): ArticleLocation[] {
  return source.entries.map((_, i) => ({ dir: source.dir, root: source.root, ...(source.rows ? { row: source.rows[i] } : {}) }));
}

/** The warning for an article skipped because of a problem with its file. */
export function skippedWarning(e: CorpusError): CorpusWarning {
  return { file: e.file, message: `${e.problem}; skipped` };
}

/**
 * Loads a corpus (a folder, or a JSONL or CSV file with one article per row; see openCorpus): reads each
 * article, decodes, cleans and parses it. Work is linear in corpus size: one read and one parse per
 * article. Throws a CorpusError for problems with the corpus as a whole (missing or invalid manifest,
 * duplicate ids, a path escaping the folder, no usable row); problems with one article or row are
 * warnings by default (see `onBadArticle`; a bad row of a JSONL/CSV file is always a warning). Articles
 * come back in manifest (row) order. Holds every parsed article in memory (about 30 MB per MB of text):
 * for large corpora, `framelens analyze` and `loadRecords` keep compact per-article records instead.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const { onBadArticle = "warn", onProgress, parse = {}, maxArticleBytes = MAX_ARTICLE_BYTES } = options;
  if (!["warn", "throw"].includes(onBadArticle)) throw new Error(`unknown onBadArticle "${onBadArticle}"; expected "warn" or "throw"`);
  checkMaxArticleBytes(maxArticleBytes);
  const source = openCorpus(dir, { map: options.map, compare: options.compare });
  const warnings: CorpusWarning[] = [...source.warnings];
  const articles: ParsedArticle[] = [];
  const total = source.entries.length;
  const locations = articleLocations(source);
  source.entries.forEach((entry, i) => {
    try {
      const article = parseEntry(locations[i], entry, maxArticleBytes, parse);
      for (const w of article.warnings) warnings.push(w);
      articles.push(article);
    } catch (e) {
      if (!(e instanceof CorpusError) || onBadArticle === "throw") throw e;
      warnings.push(skippedWarning(e));
    }
    onProgress?.(i + 1, total, entry.id);
  });
  warnings.push(...source.unlisted);
  if (articles.length === 0) throw noReadableArticle(dir, warnings);
  return { dir, title: source.title, articles, warnings, ...(source.groups ? { groups: source.groups } : {}) };
}

/** Warnings named in the "no readable article" error at most; the rest are counted. */
const NAMED_WARNINGS = 5;

/**
 * The error for a corpus none of whose articles could be read: the first few reasons in full and how many
 * more there are (a corpus of thousands of unreadable files would otherwise make an error of megabytes).
 */
export function noReadableArticle(dir: string, warnings: readonly CorpusWarning[]): CorpusError {
  const named = warnings.slice(0, NAMED_WARNINGS).map((w) => `${w.file}: ${w.message}`);
  const more = warnings.length - named.length;
  return new CorpusError(dir, `no readable article: ${named.join("; ")}${more > 0 ? `; and ${more} more like these` : ""}`);
}

/** "1.5 MB" / "120 kB" / "900 bytes", in binary units as `ls -lh` and file managers mostly show. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}

function tooBig(size: number, limit: number, unit: "file" | "row" = "file"): string {
  return (
    `is ${formatBytes(size)} (${size.toLocaleString("en-US")} bytes), over the limit of ${formatBytes(limit)} per article (maxArticleBytes); ` +
    `a news article is under 100 kB, so this is probably several articles in one ${unit} or not an article. ` +
    (unit === "file" ? "Split it into one file per article, or raise the limit with loadCorpus(dir, { maxArticleBytes })" : "Split it into one row per article, or raise the limit with --max-article-bytes or loadCorpus(file, { maxArticleBytes })")
  );
}
