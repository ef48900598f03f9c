import type { RowSpool } from "./spool";

/** A table of plain records with its column order: what analyses hand to the CSV writer and danfojs. */
export interface Table<R = Record<string, unknown>> {
  /** File stem under outputs/ (e.g. "corpus" -> outputs/corpus.csv). */
  name: string;
  title: string;
  columns: string[];
  /** Every row; for a spooled table only the first SPOOL_HEAD rows (see `spool`). */
  rows: R[];
  /**
   * Set for tables with one row per sentence, quote or detection, which grow with the corpus: every row's
   * cells, kept on disk (see RowSpool); `rows` then holds only the first rows, for the report and
   * summaries. Write and count such tables with tableCsv and tableLength.
   */
  spool?: RowSpool;
  /**
   * The columns a reader's table (report, notebook) shows, in this order; the CSV always keeps every column.
   * Unset: every column but character offsets (start, end, *Start, *End, offset, ...) and ids that repeat
   * a named column (speakerId beside speaker); see tableHtml. Each name must be one of `columns`.
   */
  readerColumns?: string[];
  /**
   * The column whose values share out a shortened reader's table (see tableHtml's groupBy): default
   * "outlet" (else "group"); a table ordered by another key names it here (the loaded-words table: "set").
   */
  readerGroupBy?: string | false;
}


/** Number of rows of a table, spooled or not. */
export function tableLength(table: Pick<Table, "rows" | "spool">): number {
  return table.spool ? table.spool.length : table.rows.length;
}

/** A table's CSV text (see toCsv), spooled or not. */
export function tableCsv(table: Pick<Table, "columns" | "rows" | "spool">, options: CsvOptions = {}): string {
  return table.spool ? table.spool.toCsv(options) : toCsv(table.columns, table.rows, options);
}

/**
 * A table's CSV text as tableCsv gives it, in pieces for writing, made one at a time: the header, then
 * CSV_CHUNK_ROWS rows at a time (a spooled table's read back from its spool). So writing never holds a
 * table's CSV whole: the 19,693 facts of the bench corpus's coverage.csv (11 MB) took 34 MB of heap as one string.
 */
export function tableCsvChunks(table: Pick<Table, "columns" | "rows" | "spool">, options: CsvOptions = {}): Iterable<string> {
  return table.spool ? table.spool.csvChunks(options) : csvChunks(table.columns, table.rows, options);
}

/**
 * tableCsvChunks for writing a file: the same bytes, with a spooled table's rows as the Buffers read from
 * its spool file (RowSpool.csvBytes) instead of text, so they are not decoded and encoded again.
 */
export function tableCsvBytes(table: Pick<Table, "columns" | "rows" | "spool">, options: CsvOptions = {}): Iterable<string | Buffer> {
  return table.spool ? table.spool.csvBytes(options) : csvChunks(table.columns, table.rows, options);
}

/** Rows per piece of tableCsvChunks. */
export const CSV_CHUNK_ROWS = 2000;

/** toCsv's text in pieces: the header line, then the lines of CSV_CHUNK_ROWS rows at a time (each line ending "\n"). */
export function* csvChunks(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, options: CsvOptions = {}): Generator<string> {
  const { raw = false } = options;
  yield csvLine(columns, raw) + "\n";
  yield* csvLineChunks(cellsOf(columns, rows), raw);
}

/** Each record's values in column order. */
function* cellsOf(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): Generator<unknown[]> {
  for (const r of rows) yield columns.map((c) => r[c]);
}

/** CSV lines of rows given as cells in column order, CSV_CHUNK_ROWS lines a piece (each line ending "\n"); no rows, no piece. */
export function* csvLineChunks(cellRows: Iterable<readonly unknown[]>, raw: boolean): Generator<string> {
  let chunk = "";
  let rows = 0;
  for (const cells of cellRows) {
    chunk += csvLine(cells, raw) + "\n";
    if (++rows === CSV_CHUNK_ROWS) {
      yield chunk;
      chunk = "";
      rows = 0;
    }
  }
  if (rows) yield chunk;
}

export interface CsvOptions {
  /**
   * Write text cells exactly as they are, even those a spreadsheet would run as a formula (see `toCsv`).
   * Default false: such cells get a leading `'`.
   */
  raw?: boolean;
}

// OWASP's trigger characters (= + - @, tab, carriage return), and = + - @ after leading whitespace,
// which some spreadsheets trim on import (LibreOffice's "trim spaces"; Unicode spaces included).
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;
// A plain decimal number ("-1.5", "+3", "2e-4") opens as that number, never as a formula.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when a spreadsheet opening the text as a cell could evaluate it as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break. */
export function csvField(v: unknown, raw: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  let s = typeof v === "object" ? JSON.stringify(v) : String(v);
  if (PLAIN_FIELD.test(s)) return s; // most cells: one test instead of three (same result, see PLAIN_FIELD)
  const neutralised = !raw && isFormulaLike(s);
  if (neutralised) s = `'${s}`;
  return neutralised || /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Text written as it is: no quote, comma or line break; no white space at either end; and a first
// character that cannot start a formula (not = + - @, not white space), so neither quoting nor the
// formula guard applies.
const PLAIN_FIELD = /^(?:[^\s=+\-@",][^",\r\n]*[^\s",]|[^\s=+\-@",])$/;

/** One CSV line (without its line break): the values as fields, comma-separated. */
export function csvLine(values: readonly unknown[], raw: boolean): string {
  let line = values.length ? csvField(values[0], raw) : "";
  for (let i = 1; i < values.length; i++) line += "," + csvField(values[i], raw);
  return line;
}

/**
 * Writes records as CSV text (RFC 4180) with a header row, columns in the given order; values not in
 * `columns` are left out, missing values are empty. Numbers are written exactly as JavaScript prints
 * them (no float32 rounding, unlike danfojs' toCSV), so -1.5 stays -1.5. Empty rows give the header line
 * alone.
 *
 * Article text reaches these cells, so a text cell a spreadsheet would run as a formula (OWASP "CSV
 * Injection": it starts with = + - @, tab or carriage return, or with = + - @ after leading spaces) is
 * written with a leading `'` and quoted: `=HYPERLINK("http://x")` becomes `"'=HYPERLINK(""http://x"")"`.
 * Text that is a plain decimal number ("-1.5", "+3") is left as it is: a spreadsheet reads it as that
 * number. Options: `raw` (default false) writes text cells unchanged, for programs that need the exact text.
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, options: CsvOptions = {}): string {
  return Array.from(csvChunks(columns, rows, options)).join("");
}
