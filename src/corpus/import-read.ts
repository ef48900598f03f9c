import * as fs from "fs";
import * as path from "path";
import { parseCsv } from "./csv";
import { decodeUtf8 } from "./decode";
import { CorpusError } from "./errors";
import { FieldMap } from "./import-fields";
import { JsonValue, RawRow, RowCorpus, rowsToCorpus } from "./import-rows";

/** The file formats of a corpus with one article per row. */
export const ROW_FILE_FORMATS = ["jsonl", "csv"] as const;
export type RowFileFormat = (typeof ROW_FILE_FORMATS)[number];

/**
 * Largest JSONL or CSV file read: 512 MiB. The file is read whole (V8 cannot hold a longer string); a
 * news article is under 100 kB, so this is thousands of articles. Split a larger export into parts.
 */
export const MAX_ROW_FILE_BYTES = 512 * 1024 * 1024;

/** The row format a file name says (`.jsonl`, `.ndjson` or `.csv`, any case), or null. */
export function rowFileFormat(file: string): RowFileFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".jsonl" || ext === ".ndjson" ? "jsonl" : ext === ".csv" ? "csv" : null;
}

/**
 * Reads a JSONL or CSV file with one article per row into manifest entries, texts and warnings (see
 * rowsToCorpus for the fields). The file is read whole and decoded as UTF-8 (a byte-order mark is
 * dropped); each row is turned into its entry and text as it is read, so the file's text and the
 * articles' texts are the most held at once. Throws a CorpusError naming the file when it cannot be read
 * or decoded, is over MAX_ROW_FILE_BYTES, has an unusable CSV header, or holds no usable row.
 */
export function readRowFile(file: string, format: RowFileFormat, options: { map?: FieldMap } = {}): RowCorpus {
  const size = fs.statSync(file).size;
  if (size > MAX_ROW_FILE_BYTES) throw new CorpusError(file, `is ${(size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_ROW_FILE_BYTES / 1024 / 1024} MB a JSONL or CSV corpus may have (it is read whole); split it into smaller files`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CorpusError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const text = decodeUtf8(bytes, file);
  return rowsToCorpus(format === "jsonl" ? jsonlRows(text) : csvRows(text, file), file, options);
}

/**
 * The lines of JSONL text as rows, numbered by line (1-based); blank lines are skipped (they hold no
 * row). A line that is not valid JSON, or not a JSON object, is a bad row naming the problem.
 */
export function* jsonlRows(text: string): Generator<RawRow> {
  let from = 0;
  for (let line = 1; from <= text.length; line++) {
    let end = text.indexOf("\n", from);
    if (end === -1) end = text.length;
    const body = text.slice(from, end);
    from = end + 1;
    if (body.trim() === "") continue;
    let value: JsonValue;
    try {
      value = JSON.parse(body) as JsonValue;
    } catch (e) {
      yield { kind: "bad", row: line, line, problem: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      yield { kind: "bad", row: line, line, problem: `not a JSON object with the article's fields (found ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value})` };
      continue;
    }
    yield { kind: "values", row: line, line, values: value };
  }
}

/**
 * The data rows of CSV text (see parseCsv), each cell under its header name. Header names are trimmed;
 * an empty one is called `column <k>`. A row with a different number of cells from the header, or whose
 * quoted cell is never closed, is a bad row; an empty line is skipped. Throws a CorpusError for an empty
 * file, a header of one column that looks separated by ";", tabs or "|", a header whose quoted cell is never closed, or a header naming a column twice.
 */
export function* csvRows(text: string, file: string): Generator<RawRow> {
  const records = parseCsv(text);
  const first = records.next();
  if (first.done) throw new CorpusError(file, "is empty; a CSV corpus needs a header row (e.g. headline,text,outlet,date) and one row per article");
  const header = first.value;
  if (header.unterminated) throw new CorpusError(file, "the header row opens a quoted cell that is never closed; fix the quotes in the first row");
  const sep = header.cells.length === 1 ? [";", "\t", "|"].find((c) => header.cells[0].includes(c)) : undefined;
  if (sep) throw new CorpusError(file, `the header is one column, "${header.cells[0].slice(0, 80)}": it looks separated by ${sep === "\t" ? "tabs" : `"${sep}"`}, and framelens reads comma-separated CSV (RFC 4180); save it with commas between cells`);
  const names = header.cells.map((c, k) => c.trim() || `column ${k + 1}`);
  const seen = new Map<string, number>();
  names.forEach((name, k) => {
    if (seen.has(name)) throw new CorpusError(file, `the header names column "${name}" twice (columns ${seen.get(name)! + 1} and ${k + 1}); give each column its own name`);
    seen.set(name, k);
  });
  for (const record of records) {
    const { cells, row, line } = record;
    if (record.unterminated) {
      yield { kind: "bad", row, line, problem: `a quoted cell is never closed (a missing closing quote), so the rest of the file was read into it; fix the quotes in this row` };
      continue;
    }
    if (cells.length === 1 && cells[0] === "") continue;
    if (cells.length !== names.length) {
      yield { kind: "bad", row, line, problem: `has ${cells.length} cell${cells.length === 1 ? "" : "s"} where the header has ${names.length} (a comma outside quotes, or a missing one?)` };
      continue;
    }
    const values: Record<string, JsonValue> = {};
    names.forEach((name, k) => (values[name] = detached(cells[k])));
    yield { kind: "values", row, line, values };
  }
}

/**
 * A copy of `s` that does not keep the file's text alive. V8 makes a cell cut from the file (13 characters
 * or more) a view into the whole file's string, so one short cell kept in an entry would hold the entire
 * file in memory; concatenating, then slicing, gives a string backed by a fresh copy.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}
