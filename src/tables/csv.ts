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
   * cells, held compactly (see RowSpool); `rows` then holds only the first rows, for the report and
   * summaries. Write and count such tables with tableCsv and tableLength.
   */
  spool?: RowSpool;
}

/** Rows a spooled table keeps as objects in `rows` (the report shows at most 40). */
export const SPOOL_HEAD = 200;

/**
 * The rows of a long table as arrays of cell values in column order, without per-row objects or keys:
 * a row per sentence of a 2,000-article corpus costs about a third of its object form. Filled as records
 * are folded in (push), written once (toCsv).
 */
export class RowSpool {
  private readonly cells: unknown[][] = [];

  constructor(readonly columns: readonly string[]) {}

  /** Adds one row (values not in `columns` are left out, as toCsv does). */
  push(row: Record<string, unknown>): void {
    this.cells.push(this.columns.map((c) => row[c]));
  }

  get length(): number {
    return this.cells.length;
  }

  /** The first `n` rows as objects. */
  head(n: number): Array<Record<string, unknown>> {
    return this.cells.slice(0, n).map((v) => Object.fromEntries(this.columns.map((c, i) => [c, v[i]])));
  }

  /** The whole table as CSV text, exactly as toCsv would write the same rows. */
  toCsv(options: CsvOptions = {}): string {
    return Array.from(this.csvChunks(options)).join("");
  }

  /**
   * The same CSV text in pieces of at most CSV_CHUNK_ROWS rows, made as they are asked for, so a table of
   * every sentence is never held as one string (see PendingFile: writeOutputs writes them one by one).
   */
  *csvChunks(options: CsvOptions = {}): Generator<string> {
    const { raw = false } = options;
    yield csvLine(this.columns, raw) + "\n";
    for (let i = 0; i < this.cells.length; i += CSV_CHUNK_ROWS) {
      let chunk = "";
      for (const v of this.cells.slice(i, i + CSV_CHUNK_ROWS)) chunk += csvLine(v, raw) + "\n";
      yield chunk;
    }
  }
}

/** Rows per piece of RowSpool.csvChunks. */
const CSV_CHUNK_ROWS = 2000;

/** A table filled row by row into a RowSpool, its first SPOOL_HEAD rows also kept as objects in `rows`. */
export type SpooledTable<R> = Table<R> & { spool: RowSpool; add(row: R): void };

/** An empty spooled table; `add` appends a row. */
export function spooledTable<R extends Record<string, unknown>>(name: string, title: string, columns: string[]): SpooledTable<R> {
  const spool = new RowSpool(columns);
  const rows: R[] = [];
  return {
    name,
    title,
    columns,
    rows,
    spool,
    add(row: R) {
      if (rows.length < SPOOL_HEAD) rows.push(row);
      spool.push(row);
    },
  };
}

/** Number of rows of a table, spooled or not. */
export function tableLength(table: Pick<Table, "rows" | "spool">): number {
  return table.spool ? table.spool.length : table.rows.length;
}

/** A table's CSV text (see toCsv), spooled or not. */
export function tableCsv(table: Pick<Table, "columns" | "rows" | "spool">, options: CsvOptions = {}): string {
  return table.spool ? table.spool.toCsv(options) : toCsv(table.columns, table.rows, options);
}

/** A table's CSV text as tableCsv gives it, in pieces for writing: a spooled table's are made one at a time. */
export function tableCsvChunks(table: Pick<Table, "columns" | "rows" | "spool">, options: CsvOptions = {}): Iterable<string> {
  return table.spool ? table.spool.csvChunks(options) : [toCsv(table.columns, table.rows, options)];
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
function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break. */
function field(v: unknown, raw: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  let s = typeof v === "object" ? JSON.stringify(v) : String(v);
  const neutralised = !raw && isFormulaLike(s);
  if (neutralised) s = `'${s}`;
  return neutralised || /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line break): the values as fields, comma-separated. */
function csvLine(values: readonly unknown[], raw: boolean): string {
  return values.map((v) => field(v, raw)).join(",");
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
  const { raw = false } = options;
  const lines = [csvLine(columns, raw)];
  for (const r of rows) lines.push(csvLine(columns.map((c) => r[c]), raw));
  return lines.join("\n") + "\n";
}
