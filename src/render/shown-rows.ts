import { Table, tableLength } from "../tables/csv";
import { SPOOL_GROUP_HEAD } from "../tables/spool-groups";

// Which rows a reader's shortened table shows (tableHtml): all, the first ones, or the first ones of each
// outlet or group, found in the rows in memory, in what a spool kept of each group, or read back from it.

/** The table as row selection reads it. */
type RowSource = Pick<Table, "rows" | "spool">;

export type Row = Record<string, unknown>;
export interface Group {
  key: string;
  rows: Array<{ at: number; row: Row }>;
  total: number;
}
/** The rows a reader sees: all of them, the first ones, or the first ones of each group. */
export type Shown =
  | { kind: "all"; rows: Row[] }
  | { kind: "head"; rows: Row[]; total: number }
  | { kind: "grouped"; column: string; perGroup: number; groups: Group[]; total: number };

/**
 * Calls `visit` with every row of the table in order: the group value at once, the row itself only when
 * asked (`make`). A spooled table longer than its head is read back from its spool a row at a time (see
 * RowSpool.cellRows), never as one array of objects.
 */
function eachRow(table: RowSource, group: string | null, visit: (key: string, make: () => Row) => void): void {
  const spool = table.spool;
  if (!spool || spool.length <= table.rows.length) {
    for (const r of table.rows) visit(group === null ? "" : String(r[group] ?? ""), () => r);
    return;
  }
  const cols = spool.columns;
  const g = group === null ? -1 : cols.indexOf(group);
  for (const cells of spool.cellRows()) {
    visit(g < 0 ? "" : String(cells[g] ?? ""), () => Object.fromEntries(cols.map((c, i) => [c, cells[i]])));
  }
}

/** The rows to show: see TableHtmlOptions.maxRows and groupBy (tableHtml). */
export function shownRows(table: RowSource, maxRows: number, group: string | null): Shown {
  const total = tableLength(table);
  if (total <= maxRows || group === null) {
    if (total <= table.rows.length) return total <= maxRows ? { kind: "all", rows: table.rows } : { kind: "head", rows: table.rows.slice(0, maxRows), total };
    // The first rows of the spool, read back only as far as they go (total > rows.length: it is spooled).
    const rows = table.spool?.head(maxRows) ?? [];
    return total <= maxRows ? { kind: "all", rows } : { kind: "head", rows, total };
  }
  // A spool follows its groups as it fills: the rows to show come from memory, not from a second read.
  const heads = spooledGroups(table, maxRows, group);
  if (heads) return groupedRows(heads, maxRows, group, total);
  // One pass: groups only ever get more numerous, so the rows a group may show only shrink.
  const groups = new Map<string, Group>();
  let at = 0;
  eachRow(table, group, (key, make) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, rows: [], total: 0 }));
    g.total++;
    if (g.rows.length < perGroupRows(maxRows, groups.size)) g.rows.push({ at, row: make() });
    at++;
  });
  return groupedRows([...groups.values()], maxRows, group, total);
}

/** Each group's first rows as many as a group may show (every row when no group has more), as Shown. */
function groupedRows(list: Group[], maxRows: number, group: string, total: number): Shown {
  const perGroup = perGroupRows(maxRows, list.length);
  for (const g of list) g.rows.length = Math.min(g.rows.length, perGroup);
  if (list.every((g) => g.total <= perGroup)) {
    return { kind: "all", rows: list.flatMap((g) => g.rows).sort((a, b) => a.at - b.at).map((x) => x.row) };
  }
  return { kind: "grouped", column: group, perGroup, groups: list, total };
}

/**
 * The groups of a spooled table from what its spool kept of each (RowSpool.groupHeads), when that holds
 * every row a group may show; else null (the rows are read back from the spool).
 */
function spooledGroups(table: RowSource, maxRows: number, group: string): Group[] | null {
  const spool = table.spool;
  if (!spool || spool.length <= table.rows.length || Math.max(3, maxRows) > SPOOL_GROUP_HEAD) return null;
  const heads = spool.groupHeads(group);
  if (!heads) return null;
  const cols = spool.columns;
  return heads.map((g) => ({ key: g.key, total: g.total, rows: g.rows.map(({ at, cells }) => ({ at, row: Object.fromEntries(cols.map((c, i) => [c, cells[i]])) })) }));
}

/** Rows each group shows in a shortened table: max(3, ceil(maxRows / groups)). */
export function perGroupRows(maxRows: number, groups: number): number {
  return Math.max(3, Math.ceil(maxRows / Math.max(1, groups)));
}

