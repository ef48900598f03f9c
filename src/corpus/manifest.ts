import * as path from "path";
import { CorpusError } from "./errors";
import { Manifest, ManifestEntry } from "./types";

/**
 * The manifest format, `manifest.json` in the corpus folder, kept simple enough to write by hand:
 *
 *     { "title": "optional corpus name",
 *       "articles": [ { "id": "bbc", "outlet": "BBC", "file": "bbc.txt",
 *                       "headline": "...", "date": "2022-01-21", "country": "UK" } ] }
 *
 * Only `file` is required. `id` defaults to the file name without `.txt`, `outlet` to the id.
 * `headline` is the published headline (checked against the first line), `null` when the file has no
 * headline line, or absent (guessed from the first line). Any other field is kept in `extra`.
 * A bare array of entries is accepted too.
 */
export const MANIFEST_FILE = "manifest.json";

const KNOWN = new Set(["id", "outlet", "file", "headline", "date", "country"]);
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Validates parsed manifest JSON; `file` is the manifest's path, used in every message. */
export function validateManifest(json: unknown, file: string): Manifest {
  const obj = Array.isArray(json) ? { articles: json } : json;
  if (!obj || typeof obj !== "object" || !Array.isArray((obj as { articles?: unknown }).articles)) {
    throw new CorpusError(file, 'expected an object with an "articles" array (or a bare array of articles)');
  }
  const { title, articles } = obj as { title?: unknown; articles: unknown[] };
  if (title !== undefined && typeof title !== "string") throw new CorpusError(file, '"title" must be a string');
  if (articles.length === 0) throw new CorpusError(file, '"articles" is empty: list at least one article');
  const seenIds = new Map<string, number>();
  const seenFiles = new Map<string, number>();
  const entries = articles.map((raw, i) => {
    const where = `articles[${i}]`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new CorpusError(file, `${where} must be an object`);
    const r = raw as Record<string, unknown>;
    const str = (key: string, required: boolean): string | undefined => {
      const v = r[key];
      if (v === undefined && !required) return undefined;
      if (typeof v !== "string" || v.trim() === "") throw new CorpusError(file, `${where}.${key} must be a non-empty string${required ? " (required)" : ""}`);
      return v;
    };
    const fileName = str("file", true) as string;
    const rel = path.normalize(fileName);
    if (path.isAbsolute(fileName) || rel === ".." || rel.startsWith(`..${path.sep}`)) {
      throw new CorpusError(file, `${where}.file "${fileName}" points outside the corpus folder; give a path inside it`);
    }
    const id = str("id", false) ?? path.basename(fileName).replace(/\.txt$/i, "").toLowerCase();
    if (!ID.test(id)) throw new CorpusError(file, `${where}.id "${id}" must be lower-case letters, digits, "-" or "_"`);
    if (seenIds.has(id)) throw new CorpusError(file, `duplicate id "${id}" in articles[${seenIds.get(id)}] and ${where}; ids must be unique`);
    seenIds.set(id, i);
    if (seenFiles.has(rel)) throw new CorpusError(file, `articles[${seenFiles.get(rel)}] and ${where} both use file "${fileName}"`);
    seenFiles.set(rel, i);
    const date = str("date", false);
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CorpusError(file, `${where}.date "${date}" must be YYYY-MM-DD`);
    const headline = r.headline;
    if (headline !== undefined && headline !== null && typeof headline !== "string") throw new CorpusError(file, `${where}.headline must be a string or null`);
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (!KNOWN.has(k)) extra[k] = v;
    const entry: ManifestEntry = { id, outlet: str("outlet", false) ?? id, file: fileName, headline: headline as string | null | undefined, date, country: str("country", false), extra };
    return entry;
  });
  return { title: title as string | undefined, articles: entries };
}
