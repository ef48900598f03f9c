import { CsvOptions, Table, csvField, csvLine, csvLineChunks, isFormulaLike } from "./csv";
import { GroupHead, SpoolGroups } from "./spool-groups";
import { LineBytes, SPOOL_FLUSH_BYTES, bytePieces, decodedPieces, textPieces } from "./spool-bytes";
import { newSpoolFiles } from "./spool-folder";

export { removeOrphanSpools } from "./spool-folder";

// Long tables (a row per sentence, quote or term of the corpus) kept on disk as they fill: RowSpool and
// spooledTable (their bytes in spool-bytes.ts, their folder in spool-folder.ts). Written as CSV by
// tables/csv.ts (tableCsv, tableCsvChunks, tableCsvBytes).

/** Rows a spooled table keeps as objects in `rows` (the report shows at most 40). */
export const SPOOL_HEAD = 200;

/**
 * The rows of a long table (one per sentence, quote or term of the corpus), kept on disk rather than in
 * memory: each row's cells in column order as one line of JSON, appended to a file in a private
 * temporary folder (SPOOL_FLUSH_BYTES at a time) and read back in order when the table is written or
 * shown. So a table of every sentence costs a few hundred KB of memory whatever the corpus size. JSON
 * keeps each cell's type (numbers stay numbers; undefined and non-finite numbers come back as null,
 * which the CSV writes as an empty cell either way).
 *
 * The files are removed when the spool is garbage-collected, and the folder when the process exits; the
 * folder of a process killed outright is removed by the next process that spools (see spoolFolder).
 */
export class RowSpool {
  private count = 0;
  // The rows not yet in the files, as UTF-8 bytes (see LineBytes).
  private readonly jsonLines = new LineBytes();
  private file: string | null = null;
  // The same rows as CSV lines (formula-like text neutralised, see toCsv), so the CSV file is a copy.
  private readonly csvLines = new LineBytes();
  private csvFile: string | null = null;
  /** Whether a text cell would read as a formula: then raw CSV differs from the kept lines and is made from the JSON. */
  private formulaCells = false;
  /** The first rows and the count of each value of the followed columns (see groupHeads). */
  private readonly groups: SpoolGroups;

  /** Follows the groups (see groupHeads) of the columns "outlet" and "group" when the table has them. */
  constructor(readonly columns: readonly string[]) {
    this.groups = new SpoolGroups(columns);
  }

  /** Also follows the groups of `column` (see groupHeads); only before the first row. */
  followGroups(column: string): void {
    if (this.count > 0) throw new Error(`RowSpool: followGroups("${column}") must come before the first row`);
    this.groups.follow(column);
  }

  /** Adds one row (values not in `columns` are left out, as toCsv does). */
  push(row: Record<string, unknown>): void {
    // The row goes straight into the two lines' bytes, cell by cell, as JSON.stringify of its cells and
    // as csvLine would write them: no line is built as a string first (the strings grown cell by cell
    // were most of what the folds allocated). A number is turned into text once for both.
    const cells = new Array<unknown>(this.columns.length);
    if (this.jsonLines.used >= SPOOL_FLUSH_BYTES || this.csvLines.used >= SPOOL_FLUSH_BYTES) this.flush();
    const json = this.jsonLines;
    const csv = this.csvLines;
    json.startLine();
    csv.startLine();
    json.byte(OPEN_BRACKET);
    let formula = false;
    try {
      for (let i = 0; i < this.columns.length; i++) {
        const c = (cells[i] = row[this.columns[i]]);
        if (i > 0) json.byte(COMMA), csv.byte(COMMA);
        if (typeof c === "number" && Number.isFinite(c)) {
          const text = String(c);
          json.text(text);
          csv.text(text);
        } else if (typeof c === "string") {
          if (NEEDS_JSON_ESCAPE.test(c)) json.text(JSON.stringify(c));
          else json.byte(QUOTE), json.text(c), json.byte(QUOTE);
          csv.text(csvField(c, false));
          formula ||= isFormulaLike(c);
        } else {
          json.text(jsonCell(c));
          csv.text(csvField(c, false));
        }
      }
    } catch (e) {
      // A cell JSON cannot write (a BigInt, a cycle) fails the row as JSON.stringify would, and leaves
      // no part of it behind.
      json.dropLine();
      csv.dropLine();
      throw e;
    }
    if (formula) this.formulaCells = true;
    json.byte(CLOSE_BRACKET);
    json.byte(NEWLINE);
    csv.byte(NEWLINE);
    this.groups.add(cells, this.count, this.lastJsonLine);
    this.count++;
  }

  /** The JSON line of the row just pushed (for SpoolGroups, which keeps the first rows of each group). */
  private readonly lastJsonLine = (): string => this.jsonLines.lastLine();

  /**
   * The groups of a followed column without reading the spool back: each value (as the cell reads back,
   * null and undefined as ""), in order of first appearance, with its number of rows and its first
   * SPOOL_GROUP_HEAD rows' cells (as read back) and positions. Null for a column not followed, or one
   * with more than SPOOL_GROUPS_MAX values. What a shortened table in the report shows (see tableHtml).
   */
  groupHeads(column: string): GroupHead[] | null {
    return this.groups.heads(column);
  }

  get length(): number {
    return this.count;
  }

  /** The first `n` rows as objects. */
  head(n: number): Array<Record<string, unknown>> {
    const out: Array<Record<string, unknown>> = [];
    if (n <= 0) return out;
    for (const v of this.cellRows()) {
      out.push(Object.fromEntries(this.columns.map((c, i) => [c, v[i]])));
      if (out.length >= n) break;
    }
    return out;
  }

  /** Every row's cells in column order, read back from the spool in order, a piece at a time. */
  *cellRows(): Generator<unknown[]> {
    this.flush();
    if (!this.file) return;
    let rest = "";
    for (const piece of textPieces(this.file)) {
      const text = rest + piece;
      const last = text.lastIndexOf("\n");
      rest = text.slice(last + 1);
      if (last < 0) continue;
      // The piece's lines parsed as one array: one parse per megabyte instead of one per row.
      for (const row of JSON.parse(`[${text.slice(0, last).replace(/\n/g, ",")}]`) as unknown[][]) yield row;
    }
    if (rest) yield JSON.parse(rest) as unknown[];
  }

  /** The whole table as CSV text, exactly as toCsv would write the same rows. */
  toCsv(options: CsvOptions = {}): string {
    return Array.from(this.csvChunks(options)).join("");
  }

  /**
   * The same CSV text in pieces (the header, then at most a megabyte of rows each (see bytePieces)), made as they
   * are asked for, so a table of every sentence is never held as one string (see PendingFile:
   * writeOutputs writes them one by one): csvBytes decoded.
   */
  csvChunks(options: CsvOptions = {}): Generator<string> {
    return decodedPieces(this.csvBytes(options));
  }

  /**
   * The CSV for writing a file: the header, then the rows' CSV lines as they were made when the rows came
   * in, read back as the bytes of the spool's CSV file (never decoded to text and encoded again: for the
   * 42 MB of tables of the bench corpus that was about 90 ms). Only raw CSV of a table with formula-like
   * text is made again, as text, from the JSON.
   */
  *csvBytes(options: CsvOptions = {}): Generator<string | Buffer> {
    const { raw = false } = options;
    yield csvLine(this.columns, raw) + "\n";
    this.flush();
    if (raw && this.formulaCells) yield* csvLineChunks(this.cellRows(), raw);
    else if (this.csvFile) yield* bytePieces(this.csvFile);
  }

  /** Appends the buffered rows to the spool's file, making the file on first use. */
  private flush(): void {
    if (this.jsonLines.used === 0) return;
    if (!this.file || !this.csvFile) ({ json: this.file, csv: this.csvFile } = newSpoolFiles(this));
    for (const [file, lines] of [[this.file, this.jsonLines], [this.csvFile, this.csvLines]] as const) {
      try {
        lines.appendTo(file);
      } catch (e) {
        throw new Error(`framelens: cannot keep the rows of a long table in ${file}: ${(e as Error).message} (free space in the system's temporary folder, or set TMPDIR to a folder with room)`);
      }
    }
  }
}

/** A cell as JSON.stringify writes it inside an array: undefined, a function, a symbol, NaN and Infinity as null. */
function jsonCell(c: unknown): string {
  return JSON.stringify([c]).slice(1, -1);
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
/**
 * Text JSON.stringify may write otherwise than as itself between two quote marks: with a quote mark, a
 * backslash, a control character or a surrogate (it escapes a lone one; a pair goes through it unchanged).
 */
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;


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
