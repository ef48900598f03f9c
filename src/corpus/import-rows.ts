import { CorpusError } from "./errors";
import { DEFAULT_COLUMNS, FieldMap, ROW_FIELDS, RowField, resolveColumns } from "./import-fields";
import { CorpusWarning, ManifestEntry } from "./types";

/** A value read from a JSONL line (a CSV cell is always a string). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One row as read from a JSONL or CSV file, before its fields are checked, or why it could not be read. */
export type RawRow =
  | { kind: "values"; row: number; line: number; values: Record<string, JsonValue> }
  | { kind: "bad"; row: number; line: number; problem: string };

/**
 * The text of an article that is one row of a JSONL or CSV file, held in memory. Plain data: it crosses
 * to a worker thread with the article's entry.
 */
export interface RowText {
  /** The JSONL or CSV file, as given: named in every warning about the row. */
  file: string;
  /** 1-based row number as a spreadsheet shows it (CSV: the header is row 1; JSONL: the line). */
  row: number;
  /** 1-based line where the row starts in the file. */
  line: number;
  /** The headline (if any) on the first line, a blank line, then the text: the shape of a `.txt` article. */
  text: string;
}

/** The articles of a JSONL or CSV file: manifest entries, their texts (same order) and the warnings. */
export interface RowCorpus {
  entries: ManifestEntry[];
  texts: RowText[];
  warnings: CorpusWarning[];
}

/** The manifest's own entry keys: a column of that name left for `extra` is renamed `original_<name>`. */
const ENTRY_KEYS = new Set(["id", "outlet", "file", "headline", "date", "country", "story", "storyTitle"]);
const ID = /^[a-z0-9][a-z0-9_-]*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\S.*)?$/;

/** "row 4", or "row 4 (line 6)" when a quoted cell spanned lines before it. */
export function rowLabel(row: number, line: number): string {
  return row === line ? `row ${row}` : `row ${row} (line ${line})`;
}

/**
 * Turns the rows of a JSONL or CSV file into manifest entries and article texts. Each field comes from the
 * column `resolveColumns` picks (see DEFAULT_COLUMNS; `map` overrides). Per row:
 * - text: required; a row without one is skipped with a warning.
 * - id: the id column when it is a valid id (lower-case letters, digits, `-`, `_`), else a slug of it plus
 *   the row number (with a warning); without an id column `row-<n>`; a taken id gets `-<n>` (warning).
 * - outlet: default the id (a warning per row, or one for the file when no row has an outlet column).
 * - date: `YYYY-MM-DD`, any time after it dropped ("2019-03-02 10:20:00" -> "2019-03-02"); another form
 *   is left out with a warning (the article is kept).
 * - headline: made one line (a line break and the spaces around it become one space); an empty cell
 *   means no headline (null); no headline column at all leaves it to be guessed from the first line, as
 *   in a folder manifest.
 * - storyTitle: kept per row, as in a folder manifest (where titles of one story differ, the story is
 *   shown with the first).
 * - every other non-empty column goes to `extra` (renamed `original_<name>` if it is a manifest key).
 * Warnings name `file` and the row, in row order. Throws a CorpusError when a mapped column is in no row,
 * when no row has a text column, or when no row is usable (an empty file too).
 */
export function rowsToCorpus(rows: Iterable<RawRow>, file: string, options: { map?: FieldMap } = {}): RowCorpus {
  const map = options.map ?? {};
  const entries: ManifestEntry[] = [];
  const texts: RowText[] = [];
  const warnings: Array<CorpusWarning & { row: number }> = [];
  const noOutlet: Array<{ row: number; label: string; id: string }> = [];
  const seenColumns = new Set<string>();
  const used = new Set<string>();
  let textColumnSeen = false;
  let outletColumnSeen = false;
  let resolvedFor = "";
  let cols = resolveColumns([], map);
  for (const raw of rows) {
    const label = rowLabel(raw.row, raw.line);
    const warn = (message: string) => warnings.push({ file, row: raw.row, message: `${label}: ${message}` });
    if (raw.kind === "bad") {
      warn(`${raw.problem}; skipped`);
      continue;
    }
    const keys = Object.keys(raw.values);
    const signature = keys.join("\u0000");
    if (signature !== resolvedFor) [cols, resolvedFor] = [resolveColumns(keys, map), signature];
    for (const k of keys) seenColumns.add(k);
    const fields: Partial<Record<RowField, string>> = {};
    for (const field of ROW_FIELDS) {
      const column = cols[field];
      if (column === undefined) continue;
      const v = raw.values[column];
      if (v !== null && typeof v === "object") warn(`column "${column}" (${field}) holds a JSON ${Array.isArray(v) ? "list" : "object"}, not text; ${field === "text" ? "read as no text" : "left out"}`);
      else if (v !== null && String(v).trim() !== "") fields[field] = String(v).trim();
    }
    if (cols.text !== undefined) textColumnSeen = true;
    if (cols.outlet !== undefined) outletColumnSeen = true;
    if (fields.text === undefined) {
      warn(`no text (${cols.text === undefined ? `no column ${columnsFor("text", map)}` : `column "${cols.text}" is empty`}); skipped`);
      continue;
    }
    const id = pickId(fields.id, raw.row, used, warn);
    used.add(id);
    let date: string | undefined;
    if (fields.date !== undefined) {
      date = dateOf(fields.date);
      if (date === undefined) warn(`date "${fields.date}" (column "${cols.date}") is not a date written YYYY-MM-DD (a time after it is fine); the date is left out`);
    }
    if (fields.outlet === undefined) noOutlet.push({ row: raw.row, label, id });
    const headline = cols.headline === undefined ? undefined : fields.headline === undefined ? null : fields.headline.replace(/\s*[\r\n]+\s*/g, " ");
    const extra: Record<string, unknown> = {};
    const usedColumns = new Set(Object.values(cols));
    for (const k of keys) {
      const v = raw.values[k];
      if (usedColumns.has(k) || v === null || v === "") continue;
      let name = ENTRY_KEYS.has(k) || k === "__proto__" ? `original_${k}` : k;
      while (name !== k && name in raw.values) name = `original_${name}`;
      extra[name] = v;
    }
    // The same keys as validateManifest gives, so a row and its imported manifest entry compare equal.
    entries.push({ id, outlet: fields.outlet ?? id, file: `${id}.txt`, headline, date, country: fields.country, ...(fields.story !== undefined ? { story: fields.story } : {}), ...(fields.storyTitle !== undefined ? { storyTitle: fields.storyTitle } : {}), extra });
    texts.push({ file, row: raw.row, line: raw.line, text: articleText(headline ?? undefined, fields.text) });
  }
  for (const [field, column] of Object.entries(map)) {
    if (!seenColumns.has(column)) throw new CorpusError(file, `the field map gives ${field} from column "${column}", which no row has; the columns are ${listColumns(seenColumns)}`);
  }
  if (!textColumnSeen && seenColumns.size > 0) {
    throw new CorpusError(file, `no row has a text column (${columnsFor("text", map)}); the columns are ${listColumns(seenColumns)}. Name the text column with --map text=COLUMN (API: { map: { text: "COLUMN" } })`);
  }
  if (!outletColumnSeen && entries.length > 0) {
    warnings.unshift({ file, row: 0, message: `no outlet column (${columnsFor("outlet", map)}): each article is its own outlet, named by its id; name the column with --map outlet=COLUMN` });
  } else {
    for (const r of noOutlet) warnings.push({ file, row: r.row, message: `${r.label}: no outlet; the article's id "${r.id}" stands for it` });
  }
  if (entries.length === 0) {
    const why = warnings.slice(0, 5).map((w) => w.message);
    throw new CorpusError(file, `holds no usable article row${why.length ? `: ${why.join("; ")}${warnings.length > 5 ? `; and ${warnings.length - 5} more` : ""}` : " (it is empty)"}`);
  }
  warnings.sort((a, b) => a.row - b.row);
  return { entries, texts, warnings: warnings.map(({ file: f, message }) => ({ file: f, message })) };
}

/** The id for a row: a valid id column as is, a slug of another plus the row number, else `row-<n>`; unique. */
function pickId(given: string | undefined, row: number, used: ReadonlySet<string>, warn: (m: string) => void): string {
  let id: string;
  if (given === undefined) id = `row-${row}`;
  else if (ID.test(given)) id = given;
  else {
    const slug = given.toLowerCase().normalize("NFKD").replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|-+$/g, "").slice(0, 60);
    id = slug ? `${slug}-${row}` : `row-${row}`;
    warn(`id "${given}" is not lower-case letters, digits, "-" and "_"; "${id}" is used instead`);
  }
  if (used.has(id)) {
    let fresh = `${id}-${row}`;
    for (let k = 2; used.has(fresh); k++) fresh = `${id}-${row}-${k}`;
    warn(`id "${id}" is already used by an earlier row; "${fresh}" is used instead (if it is the same article twice, remove one row)`);
    id = fresh;
  }
  return id;
}

/** `YYYY-MM-DD` from a date with an optional time after it, or undefined when it is not a real date. */
export function dateOf(value: string): string | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * The article as a `.txt` file would hold it: the headline (if any) on the first line and a blank line,
 * then the text without surrounding white space, ending with a line break. Nothing else is changed: a
 * text that repeats the headline keeps both (the cleaner's rules see it as in a file).
 */
export function articleText(headline: string | undefined, text: string): string {
  const body = text.trim();
  return headline ? `${headline}\n\n${body}\n` : `${body}\n`;
}

function columnsFor(field: RowField, map: FieldMap): string {
  const names = map[field] !== undefined ? [map[field] as string] : DEFAULT_COLUMNS[field];
  return names.map((n) => `"${n}"`).join(" or ");
}

function listColumns(columns: ReadonlySet<string>): string {
  const all = Array.from(columns);
  return all.length === 0 ? "(none)" : `${all.slice(0, 20).map((c) => `"${c}"`).join(", ")}${all.length > 20 ? `, ... (${all.length} in all)` : ""}`;
}
