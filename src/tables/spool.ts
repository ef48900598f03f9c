import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import { CsvOptions, Table, csvLine } from "./csv";

// Long tables (a row per sentence, quote or term of the corpus) kept on disk as they fill: RowSpool, its
// temporary folder, and spooledTable. Written as CSV by tables/csv.ts (tableCsv, tableCsvChunks).

/** Rows a spooled table keeps as objects in `rows` (the report shows at most 40). */
export const SPOOL_HEAD = 200;

/**
 * The rows of a long table (one per sentence, quote or term of the corpus), kept on disk rather than in
 * memory: each row's cells in column order as one line of JSON, appended to a file in a private
 * temporary folder (SPOOL_FLUSH_CHARS at a time) and read back in order when the table is written or
 * shown. So a table of every sentence costs a few hundred KB of memory whatever the corpus size. JSON
 * keeps each cell's type (numbers stay numbers; undefined and non-finite numbers come back as null,
 * which the CSV writes as an empty cell either way).
 *
 * The files are removed when the spool is garbage-collected, and the folder when the process exits; the
 * folder of a process killed outright is removed by the next process that spools (see spoolFolder).
 */
export class RowSpool {
  private count = 0;
  private buffer = "";
  private file: string | null = null;
  /** Per followed column (by index): each value's first rows and count, or null once there were too many values. */
  private readonly groups = new Map<number, Map<string, SpoolGroup> | null>();

  /** Follows the groups (see groupHeads) of the columns "outlet" and "group" when the table has them. */
  constructor(readonly columns: readonly string[]) {
    for (const c of DEFAULT_GROUP_COLUMNS) if (columns.includes(c)) this.groups.set(columns.indexOf(c), new Map());
  }

  /** Also follows the groups of `column` (see groupHeads); only before the first row. */
  followGroups(column: string): void {
    const i = this.columns.indexOf(column);
    if (i < 0) throw new Error(`RowSpool: "${column}" is not one of its columns (${this.columns.join(", ")})`);
    if (this.count > 0) throw new Error(`RowSpool: followGroups("${column}") must come before the first row`);
    if (!this.groups.has(i)) this.groups.set(i, new Map());
  }

  /** Adds one row (values not in `columns` are left out, as toCsv does). */
  push(row: Record<string, unknown>): void {
    // One stringify per row (an array writes undefined, NaN and Infinity as null, as a cell alone would).
    const cells = new Array<unknown>(this.columns.length);
    for (let i = 0; i < this.columns.length; i++) cells[i] = row[this.columns[i]];
    const line = JSON.stringify(cells);
    for (const [i, byKey] of this.groups) {
      if (!byKey) continue;
      const key = groupKey(cells[i]);
      let g = byKey.get(key);
      if (!g) {
        if (byKey.size >= SPOOL_GROUPS_MAX) {
          this.groups.set(i, null);
          continue;
        }
        byKey.set(key, (g = { key, total: 0, lines: [] }));
      }
      g.total++;
      if (g.lines.length < SPOOL_GROUP_HEAD) g.lines.push({ at: this.count, line });
    }
    this.buffer += line + "\n";
    this.count++;
    if (this.buffer.length >= SPOOL_FLUSH_CHARS) this.flush();
  }

  /**
   * The groups of a followed column without reading the spool back: each value (as the cell reads back,
   * null and undefined as ""), in order of first appearance, with its number of rows and its first
   * SPOOL_GROUP_HEAD rows' cells (as read back) and positions. Null for a column not followed, or one
   * with more than SPOOL_GROUPS_MAX values. What a shortened table in the report shows (see tableHtml).
   */
  groupHeads(column: string): Array<{ key: string; total: number; rows: Array<{ at: number; cells: unknown[] }> }> | null {
    const byKey = this.groups.get(this.columns.indexOf(column));
    if (!byKey) return null;
    return Array.from(byKey.values(), (g) => ({ key: g.key, total: g.total, rows: g.lines.map((l) => ({ at: l.at, cells: JSON.parse(l.line) as unknown[] })) }));
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
    if (this.file) {
      const fd = fs.openSync(this.file, "r");
      try {
        const piece = Buffer.alloc(SPOOL_READ_BYTES);
        const decoder = new StringDecoder("utf8");
        let rest = "";
        for (;;) {
          const got = fs.readSync(fd, piece, 0, piece.length, null);
          if (got === 0) break;
          const text = rest + decoder.write(piece.subarray(0, got));
          const last = text.lastIndexOf("\n");
          rest = text.slice(last + 1);
          if (last < 0) continue;
          // The piece's lines parsed as one array: one parse per megabyte instead of one per row.
          for (const row of JSON.parse(`[${text.slice(0, last).replace(/\n/g, ",")}]`) as unknown[][]) yield row;
        }
        rest += decoder.end();
        if (rest) yield JSON.parse(rest) as unknown[];
      } finally {
        fs.closeSync(fd);
      }
    }
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
    let chunk = "";
    let rows = 0;
    for (const v of this.cellRows()) {
      chunk += csvLine(v, raw) + "\n";
      if (++rows === CSV_CHUNK_ROWS) {
        yield chunk;
        chunk = "";
        rows = 0;
      }
    }
    if (rows) yield chunk;
  }

  /** Appends the buffered rows to the spool's file, making the file on first use. */
  private flush(): void {
    if (!this.buffer) return;
    if (!this.file) {
      this.file = path.join(spoolFolder(), `${++spoolFiles}.jsonl`);
      const file = this.file;
      spoolCleanup.register(this, file);
    }
    try {
      fs.appendFileSync(this.file, this.buffer);
    } catch (e) {
      throw new Error(`framelens: cannot keep the rows of a long table in ${this.file}: ${(e as Error).message} (free space in the system's temporary folder, or set TMPDIR to a folder with room)`);
    }
    this.buffer = "";
  }
}

/** Rows per group a RowSpool keeps in memory (see groupHeads): the most a shortened table shows of one group. */
export const SPOOL_GROUP_HEAD = 40;
/** Values of a column a RowSpool follows at most; past that, groupHeads gives null and readers read the spool. */
export const SPOOL_GROUPS_MAX = 1000;
/** The columns a RowSpool follows by default: the ones tableHtml shortens by. */
const DEFAULT_GROUP_COLUMNS = ["outlet", "group"];

type SpoolGroup = { key: string; total: number; lines: Array<{ at: number; line: string }> };

/** A cell's group as it reads back from the spool: JSON's null (undefined, NaN, Infinity, null) is "". */
function groupKey(v: unknown): string {
  if (v === undefined || v === null || (typeof v === "number" && !Number.isFinite(v))) return "";
  if (typeof v === "object" || typeof v === "function" || typeof v === "symbol") return String(JSON.parse(JSON.stringify([v]))[0] ?? "");
  return String(v);
}

/** Characters of rows a RowSpool gathers before appending them to its file. */
const SPOOL_FLUSH_CHARS = 256 * 1024;
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
