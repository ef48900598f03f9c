// The groups a RowSpool follows as it fills (each outlet's first rows and count), so a reader's shortened
// table (tableHtml) needs no second read of the spool.

/** Rows per group a RowSpool keeps in memory (see RowSpool.groupHeads): the most a shortened table shows of one group. */
export const SPOOL_GROUP_HEAD = 40;
/** Values of a column a RowSpool follows at most; past that, groupHeads gives null and readers read the spool. */
export const SPOOL_GROUPS_MAX = 1000;
/** The columns a RowSpool follows by default: the ones tableHtml shortens by. */
const DEFAULT_GROUP_COLUMNS = ["outlet", "group"];

/** One value of a followed column: its rows in all and its first SPOOL_GROUP_HEAD rows' cells and positions. */
export type GroupHead = { key: string; total: number; rows: Array<{ at: number; cells: unknown[] }> };

type Group = { key: string; total: number; lines: Array<{ at: number; line: string }> };

/** Per followed column (by index): each value's first rows (as JSON lines) and count; null once it had too many values. */
export class SpoolGroups {
  private readonly byColumn = new Map<number, Map<string, Group> | null>();

  constructor(private readonly columns: readonly string[]) {
    for (const c of DEFAULT_GROUP_COLUMNS) if (columns.includes(c)) this.byColumn.set(columns.indexOf(c), new Map());
  }

  follow(column: string): void {
    const i = this.columns.indexOf(column);
    if (i < 0) throw new Error(`RowSpool: "${column}" is not one of its columns (${this.columns.join(", ")})`);
    if (!this.byColumn.has(i)) this.byColumn.set(i, new Map());
  }

  /**
   * Notes row `at`: its cells, and `lineOf`, which gives its JSON line as the spool keeps it (asked only
   * when a group still keeps its first rows, at most once per row).
   */
  add(cells: readonly unknown[], at: number, lineOf: () => string): void {
    let line: string | null = null;
    for (const [i, byKey] of this.byColumn) {
      if (!byKey) continue;
      const key = groupKey(cells[i]);
      let g = byKey.get(key);
      if (!g) {
        if (byKey.size >= SPOOL_GROUPS_MAX) {
          this.byColumn.set(i, null);
          continue;
        }
        byKey.set(key, (g = { key, total: 0, lines: [] }));
      }
      g.total++;
      if (g.lines.length < SPOOL_GROUP_HEAD) g.lines.push({ at, line: (line ??= lineOf()) });
    }
  }

  /** The groups of a followed column, values in order of first appearance, cells as they read back; null when not followed or too many. */
  heads(column: string): GroupHead[] | null {
    const byKey = this.byColumn.get(this.columns.indexOf(column));
    if (!byKey) return null;
    return Array.from(byKey.values(), (g) => ({ key: g.key, total: g.total, rows: g.lines.map((l) => ({ at: l.at, cells: JSON.parse(l.line) as unknown[] })) }));
  }
}

/** A cell's group as it reads back from the spool: JSON's null (undefined, NaN, Infinity, null) is "". */
function groupKey(v: unknown): string {
  if (v === undefined || v === null || (typeof v === "number" && !Number.isFinite(v))) return "";
  if (typeof v === "object" || typeof v === "function" || typeof v === "symbol") return String(JSON.parse(JSON.stringify([v]))[0] ?? "");
  return String(v);
}
