import * as fs from "fs";
import * as path from "path";
import { decodeUtf8 } from "./decode";
import { CorpusError } from "./errors";
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
}

/** A corpus folder whose manifest has been read and checked, before any article is read. */
export interface CorpusSource {
  dir: string;
  /** The folder's real path: article files must resolve inside it. */
  root: string;
  title?: string;
  entries: ManifestEntry[];
  /** Size in bytes of each entry's file (0 when missing), in manifest order, for progress and planning. */
  bytes: number[];
  /** `.txt` files in the folder that the manifest does not list. */
  unlisted: CorpusWarning[];
}

/**
 * Opens a corpus folder: checks it, reads and validates `manifest.json`, and lists the `.txt` files the
 * manifest leaves out. Reads no article. Throws a CorpusError for problems with the corpus as a whole
 * (not a folder, missing or invalid manifest, duplicate ids).
 */
export function openCorpus(dir: string): CorpusSource {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CorpusError(dir, "is not a folder; give the folder that holds manifest.json and the .txt articles");
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
  return { dir, root: fs.realpathSync(dir), title: manifest.title, entries: manifest.articles, bytes, unlisted };
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
 */
export function readArticleText(source: Pick<CorpusSource, "dir" | "root">, entry: ManifestEntry, maxArticleBytes: number = MAX_ARTICLE_BYTES): string {
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

/**
 * Reads, decodes, cleans and parses one listed article (see readArticleText for the CorpusErrors it
 * throws). The one place a manifest entry becomes a ParsedArticle, for loadCorpus and the pipeline's map.
 */
export function parseEntry(source: Pick<CorpusSource, "dir" | "root">, entry: ManifestEntry, maxArticleBytes: number = MAX_ARTICLE_BYTES, parse: LoadOptions["parse"] = {}): ParsedArticle {
  const text = readArticleText(source, entry, maxArticleBytes);
  return parseArticle(text, { ...parse, id: entry.id, outlet: entry.outlet, headline: entry.headline, meta: entry });
}

/** The warning for an article skipped because of a problem with its file. */
export function skippedWarning(e: CorpusError): CorpusWarning {
  return { file: e.file, message: `${e.problem}; skipped` };
}

/**
 * Loads a corpus folder: validates `manifest.json`, reads each listed `.txt` file, decodes, cleans and
 * parses it. Work is linear in corpus size: one read and one parse per article. Throws a CorpusError for
 * problems with the corpus as a whole (missing or invalid manifest, duplicate ids, a path escaping the
 * folder); problems with one article are warnings by default (see `onBadArticle`). Articles come back in
 * manifest order. Holds every parsed article in memory (about 30 MB per MB of text): for large corpora,
 * `framelens analyze` and `loadRecords` keep compact per-article records instead.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const { onBadArticle = "warn", onProgress, parse = {}, maxArticleBytes = MAX_ARTICLE_BYTES } = options;
  if (!["warn", "throw"].includes(onBadArticle)) throw new Error(`unknown onBadArticle "${onBadArticle}"; expected "warn" or "throw"`);
  checkMaxArticleBytes(maxArticleBytes);
  const source = openCorpus(dir);
  const warnings: CorpusWarning[] = [];
  const articles: ParsedArticle[] = [];
  const total = source.entries.length;
  source.entries.forEach((entry, i) => {
    try {
      const article = parseEntry(source, entry, maxArticleBytes, parse);
      for (const w of article.warnings) warnings.push(w);
      articles.push(article);
    } catch (e) {
      if (!(e instanceof CorpusError) || onBadArticle === "throw") throw e;
      warnings.push(skippedWarning(e));
    }
    onProgress?.(i + 1, total, entry.id);
  });
  warnings.push(...source.unlisted);
  if (articles.length === 0) throw new CorpusError(dir, `no readable article: ${warnings.map((w) => `${w.file}: ${w.message}`).join("; ")}`);
  return { dir, title: source.title, articles, warnings };
}

/** "1.5 MB" / "120 kB" / "900 bytes", in binary units as `ls -lh` and file managers mostly show. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}

function tooBig(size: number, limit: number): string {
  return (
    `is ${formatBytes(size)} (${size.toLocaleString("en-US")} bytes), over the limit of ${formatBytes(limit)} per article (maxArticleBytes); ` +
    "a news article is under 100 kB, so this is probably several articles in one file or not an article. " +
    "Split it into one file per article, or raise the limit with loadCorpus(dir, { maxArticleBytes })"
  );
}
