import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import { CsvOptions, Table, csvField, csvLine, csvLineChunks, isFormulaLike } from "./csv";
import { GroupHead, SpoolGroups } from "./spool-groups";

// Long tables (a row per sentence, quote or term of the corpus) kept on disk as they fill: RowSpool, its
// temporary folder, and spooledTable. Written as CSV by tables/csv.ts (tableCsv, tableCsvChunks).

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
    // Each cell is written once for both lines: a number, the commonest cell of a long table, is turned
    // into text once (JSON and CSV print it alike), the rest as JSON.stringify and csvLine would.
    const cells = new Array<unknown>(this.columns.length);
    let line = "[";
    let csv = "";
    for (let i = 0; i < this.columns.length; i++) {
      const c = (cells[i] = row[this.columns[i]]);
      if (i > 0) (line += ","), (csv += ",");
      if (typeof c === "number" && Number.isFinite(c)) {
        const text = String(c);
        line += text;
        csv += text;
        continue;
      }
      line += typeof c === "string" ? JSON.stringify(c) : jsonCell(c);
      csv += csvField(c, false);
      if (!this.formulaCells && typeof c === "string" && isFormulaLike(c)) this.formulaCells = true;
    }
    line += "]";
    this.groups.add(cells, this.count, line);
    this.count++;
    if (!this.jsonLines.fits(line) || !this.csvLines.fits(csv)) this.flush();
    this.jsonLines.add(line);
    this.csvLines.add(csv);
  }

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
   * The same CSV text in pieces (the header, then at most SPOOL_READ_BYTES of rows each), made as they
   * are asked for, so a table of every sentence is never held as one string (see PendingFile:
   * writeOutputs writes them one by one). The rows' CSV lines were made as they came in, so this reads
   * them back as they are; only raw CSV of a table with formula-like text is made again from the JSON.
   */
  *csvChunks(options: CsvOptions = {}): Generator<string> {
    const { raw = false } = options;
    yield csvLine(this.columns, raw) + "\n";
    this.flush();
    if (!raw || !this.formulaCells) {
      if (this.csvFile) yield* textPieces(this.csvFile);
      return;
    }
    yield* csvLineChunks(this.cellRows(), raw);
  }

  /**
   * csvChunks for writing a file: the same bytes, but the rows as they are in the spool's CSV file,
   * read as bytes and never decoded to text and encoded again (for the 42 MB of tables of the bench
   * corpus that was about 90 ms). Raw CSV of a table with formula-like text is made from the JSON, as text.
   */
  *csvBytes(options: CsvOptions = {}): Generator<string | Buffer> {
    const { raw = false } = options;
    if (raw && this.formulaCells) {
      yield* this.csvChunks(options);
      return;
    }
    yield csvLine(this.columns, raw) + "\n";
    this.flush();
    if (this.csvFile) yield* bytePieces(this.csvFile);
  }

  /** Appends the buffered rows to the spool's file, making the file on first use. */
  private flush(): void {
    if (this.jsonLines.used === 0) return;
    if (!this.file || !this.csvFile) {
      const n = ++spoolFiles;
      this.file = path.join(spoolFolder(), `${n}.jsonl`);
      this.csvFile = path.join(spoolFolder(), `${n}.csv`);
      spoolCleanup.register(this, this.file);
      spoolCleanup.register(this, this.csvFile);
    }
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

/** A file's text in pieces of at most SPOOL_READ_BYTES, decoded as UTF-8 (a character cut by a piece's end goes with the next). */
function* textPieces(file: string): Generator<string> {
  const decoder = new StringDecoder("utf8");
  for (const piece of bytePieces(file)) {
    const text = decoder.write(piece);
    if (text) yield text;
  }
  const end = decoder.end();
  if (end) yield end;
}

/** A file's bytes in pieces of at most SPOOL_READ_BYTES, each a Buffer of its own (a caller may keep it). */
function* bytePieces(file: string): Generator<Buffer> {
  const fd = fs.openSync(file, "r");
  try {
    for (;;) {
      const piece = Buffer.allocUnsafe(SPOOL_READ_BYTES);
      const got = fs.readSync(fd, piece, 0, piece.length, null);
      if (got === 0) break;
      yield piece.subarray(0, got);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Characters of rows a RowSpool gathers before appending them to its file. */
const SPOOL_FLUSH_BYTES = 256 * 1024;

/**
 * Lines of text gathered as UTF-8 bytes in one Buffer until they are appended to a file. Why not a string
 * grown line by line: appending such a string meant flattening a rope of thousands of pieces and encoding
 * it, 0.5 s of the main thread for the bench corpus's 84 MB of spooled lines; each line is encoded into
 * the Buffer as it comes instead.
 */
class LineBytes {
  // Starts small and doubles up to SPOOL_FLUSH_BYTES (more only for one line longer than that), so a
  // short table holds a few KB.
  private bytes = Buffer.allocUnsafe(4096);
  used = 0;

  /** Whether `line` and its line break surely fit in SPOOL_FLUSH_BYTES (a UTF-16 unit takes at most 3 bytes), or nothing is gathered yet. */
  fits(line: string): boolean {
    return this.used === 0 || this.used + 3 * line.length + 1 <= SPOOL_FLUSH_BYTES;
  }

  /** Adds `line` and a line break. */
  add(line: string): void {
    const most = this.used + 3 * line.length + 1;
    if (most > this.bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(most, Math.min(2 * this.bytes.length, SPOOL_FLUSH_BYTES)));
      this.bytes.copy(larger, 0, 0, this.used);
      this.bytes = larger;
    }
    this.used += this.bytes.write(line, this.used, "utf8");
    this.bytes[this.used++] = 10; // "\n"
  }

  /** Appends the gathered bytes to `file` and starts afresh. */
  appendTo(file: string): void {
    fs.appendFileSync(file, this.bytes.subarray(0, this.used));
    this.used = 0;
    if (this.bytes.length > SPOOL_FLUSH_BYTES) this.bytes = Buffer.allocUnsafe(SPOOL_FLUSH_BYTES);
  }
}
/** Bytes a RowSpool reads back at a time. */
const SPOOL_READ_BYTES = 1024 * 1024;

let spoolDir: string | null = null;
let spoolFiles = 0;
// A spool's file goes with the spool (a finished table no longer referenced); the folder with the process.
const spoolCleanup = new FinalizationRegistry<string>((file) => fs.rmSync(file, { force: true }));

/**
 * This process's spool folder, `framelens-spool-<pid>-<random>` in the system's temporary folder, made on
 * first use and removed when the process exits. A process killed outright (kill -9, a signal before
 * framelens writes) cannot remove its folder, so making one first removes the folders of processes that
 * no longer run.
 */
function spoolFolder(): string {
  if (spoolDir && fs.existsSync(spoolDir)) return spoolDir;
  removeOrphanSpools(os.tmpdir());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
  if (spoolDir === null) process.on("exit", () => spoolDir && fs.rmSync(spoolDir, { recursive: true, force: true }));
  spoolDir = dir;
  return dir;
}

const SPOOL_PREFIX = "framelens-spool-";

/** Removes the spool folders in `tmp` whose process (the pid in the name) no longer runs; returns their names. */
export function removeOrphanSpools(tmp: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = new RegExp(`^${SPOOL_PREFIX}(\\d+)-`).exec(name);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    try {
      fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // another user's folder, or gone already: leave it
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // running, as another user
  }
}

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
