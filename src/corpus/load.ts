import * as fs from "fs";
import * as path from "path";
import { decodeUtf8 } from "./decode";
import { CorpusError } from "./errors";
import { MANIFEST_FILE, validateManifest } from "./manifest";
import { ParseOptions, parseArticle } from "./parse";
import { Corpus, CorpusWarning, ParsedArticle } from "./types";

export interface LoadOptions {
  /**
   * What to do with an article that cannot be read (missing, binary, not UTF-8, empty): "warn"
   * (default) skips it with a warning so the rest of the corpus goes on; "throw" stops at the first.
   */
  onBadArticle?: "warn" | "throw";
  /** Called after each article is parsed: (done, total, id). */
  onProgress?: (done: number, total: number, id: string) => void;
  /** Passed to parseArticle (cleaning rules, tokenizer). */
  parse?: Pick<ParseOptions, "rules" | "tokenizer">;
}

/**
 * Loads a corpus folder: validates `manifest.json`, reads each listed `.txt` file, decodes, cleans and
 * parses it. The only function in framelens that reads article files. Work is linear in corpus size:
 * one read and one parse per article. Throws a CorpusError for problems with the corpus as a whole
 * (missing or invalid manifest, duplicate ids, a path escaping the folder); problems with one article
 * are warnings by default (see `onBadArticle`). Articles come back in manifest order.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const { onBadArticle = "warn", onProgress, parse = {} } = options;
  if (!["warn", "throw"].includes(onBadArticle)) throw new Error(`unknown onBadArticle "${onBadArticle}"; expected "warn" or "throw"`);
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
  const root = fs.realpathSync(dir);
  const warnings: CorpusWarning[] = [];
  const articles: ParsedArticle[] = [];
  const listed = new Set<string>();
  const total = manifest.articles.length;
  manifest.articles.forEach((entry, i) => {
    const file = path.join(dir, entry.file);
    listed.add(path.resolve(file));
    try {
      if (!fs.existsSync(file)) throw new CorpusError(file, `listed in ${MANIFEST_FILE} (id "${entry.id}") but not found`);
      const real = fs.realpathSync(file);
      if (real !== root && !real.startsWith(root + path.sep)) throw new CorpusError(file, "resolves (through a link) to a file outside the corpus folder");
      if (!fs.statSync(real).isFile()) throw new CorpusError(file, "is not a regular file");
      const text = decodeUtf8(fs.readFileSync(real), file);
      if (text.trim() === "") throw new CorpusError(file, "is empty or whitespace-only; nothing to analyse");
      const article = parseArticle(text, { ...parse, id: entry.id, outlet: entry.outlet, headline: entry.headline, meta: entry });
      warnings.push(...article.warnings);
      articles.push(article);
    } catch (e) {
      if (!(e instanceof CorpusError) || onBadArticle === "throw") throw e;
      warnings.push({ file: e.file, message: `${e.problem}; skipped` });
    }
    onProgress?.(i + 1, total, entry.id);
  });
  for (const name of fs.readdirSync(dir)) {
    if (name.toLowerCase().endsWith(".txt") && !listed.has(path.resolve(dir, name))) {
      warnings.push({ file: path.join(dir, name), message: `not listed in ${MANIFEST_FILE}; ignored (add it to the manifest to include it)` });
    }
  }
  if (articles.length === 0) throw new CorpusError(dir, `no readable article: ${warnings.map((w) => `${w.file}: ${w.message}`).join("; ")}`);
  return { dir, title: manifest.title, articles, warnings };
}
