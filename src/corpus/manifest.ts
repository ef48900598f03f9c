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
 * the story's articles; where they differ, as when each is the article's own summary of the event, the
 * story is shown with the first one, and each entry keeps its own).
 * `headline` is the published headline (checked against the first line), `null` when the file has no
 * headline line, or absent (guessed from the first line). Any other field is kept in `extra`.
 * A bare array of entries is accepted too. `groups` (optional) maps a group name to outlets, e.g.
 * `"groups": {"UK": ["BBC", "Sky News"], "international": ["DW"]}`; every comparison is then also made
 * between groups (see validateGroups).
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
    // A blank title is no title (exports often carry empty fields); a blank story id stays an error.
    const storyTitle = typeof r.storyTitle === "string" && r.storyTitle.trim() === "" ? undefined : str("storyTitle", false);
    const entry: ManifestEntry = { id, outlet: str("outlet", false) ?? id, file: fileName, headline: headline as string | null | undefined, date, country: str("country", false), ...(story !== undefined ? { story } : {}), ...(storyTitle !== undefined ? { storyTitle } : {}), extra };
    return entry;
  });
  const groups = validateGroups((obj as { groups?: unknown }).groups, entries, file);
  return { title: title as string | undefined, articles: entries, ...(groups ? { groups } : {}) };
}

/**
 * Checks the manifest's `groups`: an object mapping a non-empty group name to a non-empty list of outlet
 * names, each the outlet of at least one article (a misspelt outlet would otherwise leave a group short
 * without a word). Absent gives undefined.
 */
function validateGroups(raw: unknown, entries: readonly ManifestEntry[], file: string): Record<string, string[]> | undefined {
  if (raw === undefined) return undefined;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new CorpusError(file, '"groups" must be an object mapping a group name to a list of outlets, e.g. {"UK": ["BBC", "Sky News"]}');
  const outlets = new Set(entries.map((e) => e.outlet));
  const groups: Record<string, string[]> = {};
  for (const [name, members] of Object.entries(raw as Record<string, unknown>)) {
    if (name.trim() === "") throw new CorpusError(file, '"groups" has an empty group name');
    if (outlets.has(name)) throw new CorpusError(file, `groups["${name}"] has the name of an outlet; give the group another name so rows of groups and outlets cannot be confused`);
    if (!Array.isArray(members) || members.length === 0 || !members.every((m) => typeof m === "string" && m.trim() !== "")) {
      throw new CorpusError(file, `groups["${name}"] must be a non-empty list of outlet names`);
    }
    for (const m of members as string[]) {
      if (!outlets.has(m)) throw new CorpusError(file, `groups["${name}"] names the outlet "${m}", which no article has; outlets are: ${Array.from(outlets).map((o) => `"${o}"`).join(", ")}`);
    }
    const unique = Array.from(new Set(members as string[]));
    if (unique.length !== members.length) throw new CorpusError(file, `groups["${name}"] lists an outlet twice`);
    groups[name] = unique;
  }
  return Object.keys(groups).length ? groups : undefined;
}
