/**
 * The fields framelens reads from a row of a JSONL or CSV corpus, and which column gives each: by
 * default the plain names and the names news-please (Hamborg et al. 2017) writes, or the columns a field
 * map names (`--map text=body,outlet=source`).
 */
export const ROW_FIELDS = ["id", "headline", "text", "outlet", "date", "story", "storyTitle", "country"] as const;
export type RowField = (typeof ROW_FIELDS)[number];

export function isRowField(x: string): x is RowField {
  return (ROW_FIELDS as readonly string[]).includes(x);
}

/** framelens field -> the column (CSV header name or JSON key) that gives it. */
export type FieldMap = Partial<Record<RowField, string>>;

/**
 * The columns tried for each field when the field map names none, first found wins: the plain name, then
 * news-please's (`title`, `maintext`, `source_domain`, `date_publish`). Matched exactly, else ignoring
 * case and surrounding spaces (`Headline`, ` Text `).
 */
export const DEFAULT_COLUMNS: Readonly<Record<RowField, readonly string[]>> = {
  id: ["id"],
  headline: ["headline", "title"],
  text: ["text", "maintext"],
  outlet: ["outlet", "source_domain"],
  date: ["date", "date_publish"],
  story: ["story"],
  storyTitle: ["storyTitle"],
  country: ["country"],
};

/**
 * Parses a field map written as on the command line: `text=body,outlet=source` (framelens field =
 * column). Throws naming the bad part: a pair without `=`, an unknown field (listing the known ones), an
 * empty column, or a field given twice. An empty string gives an empty map.
 */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const part of spec.split(",")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq === -1) throw new Error(`--map: "${part}" is not field=column; write e.g. --map text=body,outlet=source`);
    const field = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (!isRowField(field)) throw new Error(`--map: unknown field "${field}" in "${part}"; the fields are ${ROW_FIELDS.join(", ")}`);
    if (column === "") throw new Error(`--map: "${part}" names no column; write ${field}=COLUMN`);
    if (map[field] !== undefined) throw new Error(`--map: ${field} is mapped twice ("${map[field]}" and "${column}"); give one column per field`);
    map[field] = column;
  }
  return map;
}

/** Checks a field map given through the API (`{ map: { text: "body" } }`); throws naming a bad key or value. */
export function checkFieldMap(map: unknown): FieldMap {
  if (map === undefined) return {};
  if (!map || typeof map !== "object" || Array.isArray(map)) throw new Error(`map must be an object of field: column, e.g. { text: "body" }; got ${JSON.stringify(map)}`);
  for (const [field, column] of Object.entries(map)) {
    if (!isRowField(field)) throw new Error(`map: unknown field "${field}"; the fields are ${ROW_FIELDS.join(", ")}`);
    if (typeof column !== "string" || column.trim() === "") throw new Error(`map.${field} must name a column (a non-empty string); got ${JSON.stringify(column)}`);
  }
  return map as FieldMap;
}

/** The column giving each field among `columns` (absent: no column gives it). */
export type ResolvedColumns = Partial<Record<RowField, string>>;

/**
 * Picks, among a row's columns, the one that gives each field: the mapped column when the map names one
 * (exactly as written), else the first of DEFAULT_COLUMNS present (exact, then ignoring case and spaces),
 * never a column the map gives to another field. Empty columns or map: an empty result.
 */
export function resolveColumns(columns: readonly string[], map: FieldMap): ResolvedColumns {
  const present = new Set(columns);
  const claimed = new Set(Object.values(map));
  const loose = new Map<string, string>();
  for (const c of columns) {
    const key = c.trim().toLowerCase();
    if (!loose.has(key) && !claimed.has(c)) loose.set(key, c);
  }
  const out: ResolvedColumns = {};
  for (const field of ROW_FIELDS) {
    const mapped = map[field];
    if (mapped !== undefined) {
      if (present.has(mapped)) out[field] = mapped;
      continue;
    }
    for (const name of DEFAULT_COLUMNS[field]) {
      const hit = present.has(name) && !claimed.has(name) ? name : loose.get(name.toLowerCase());
      if (hit !== undefined) {
        out[field] = hit;
        break;
      }
    }
  }
  return out;
}
