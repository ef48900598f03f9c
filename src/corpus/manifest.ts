import * as path from "path";
import { CorpusError } from "./errors";
import { Manifest, ManifestEntry } from "./types";

/**
 * The manifest format, `manifest.json` in the corpus folder, kept simple enough to write by hand:
 *
 *     { "title": "optional corpus name",
 *       "articles": [ { "id": "bbc", "outlet": "BBC", "file": "bbc.txt",
 *                       "headline": "...", "date": "2022-01-21", "country": "UK",
 *                       "story": "geneva-talks", "storyTitle": "Blinken-Lavrov talks" } ] }
 *
 * Only `file` is required. `id` defaults to the file name without `.txt`, `outlet` to the id, `story` to
 * DEFAULT_STORY (the whole corpus is one story); `storyTitle` names a story (give it on one or all of
 * the story's articles; different titles for one story are an error).
 * `headline` is the published headline (checked against the first line), `null` when the file has no
 * headline line, or absent (guessed from the first line). Any other field is kept in `extra`.
 * A bare array of entries is accepted too.
 */
export const MANIFEST_FILE = "manifest.json";

const KNOWN = new Set(["id", "outlet", "file", "headline", "date", "country", "story", "storyTitle"]);

/** The story of articles whose manifest entry gives none: the whole corpus is one story. */
export const DEFAULT_STORY = "all";

/** The story an entry belongs to (DEFAULT_STORY when the manifest gives none). */
export function storyOf(entry: Pick<ManifestEntry, "story">): string {
  return entry.story ?? DEFAULT_STORY;
}
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
  const storyTitles = new Map<string, { title: string; at: number }>();
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
    const story = str("story", false);
    const storyTitle = str("storyTitle", false);
    if (storyTitle !== undefined) {
      const key = story ?? DEFAULT_STORY;
      const seen = storyTitles.get(key);
      if (seen && seen.title !== storyTitle) throw new CorpusError(file, `${where}.storyTitle "${storyTitle}" differs from articles[${seen.at}].storyTitle "${seen.title}" for story "${key}"; give one title per story`);
      storyTitles.set(key, { title: storyTitle, at: i });
    }
    const entry: ManifestEntry = { id, outlet: str("outlet", false) ?? id, file: fileName, headline: headline as string | null | undefined, date, country: str("country", false), ...(story !== undefined ? { story } : {}), ...(storyTitle !== undefined ? { storyTitle } : {}), extra };
    return entry;
  });
  return { title: title as string | undefined, articles: entries };
}
