import { Table } from "./csv";

// danfojs-node is heavy to load (TensorFlow.js); load it on first use only.
let dfd: typeof import("danfojs-node") | null = null;

/** The danfojs module, loaded once, with TensorFlow.js's console banner silenced. */
export function danfo(): typeof import("danfojs-node") {
  if (!dfd) {
    dfd = require("danfojs-node") as typeof import("danfojs-node");
    (dfd as unknown as { tensorflow?: { enableProdMode?: () => void } }).tensorflow?.enableProdMode?.();
  }
  return dfd;
}

/**
 * A table as a danfojs DataFrame with its columns in order, for notebooks and users to filter, group
 * and display. Note danfojs stores numbers as float32; the CSV files are written from the records.
 * An empty table gives a DataFrame with the columns and no rows.
 */
export function toDataFrame(table: Pick<Table, "columns" | "rows">): import("danfojs-node").DataFrame {
  const d = danfo();
  if (table.rows.length === 0) return new d.DataFrame([], { columns: table.columns });
  const data = table.rows.map((r) => table.columns.map((c) => (r[c] === undefined ? null : r[c])));
  return new d.DataFrame(data, { columns: table.columns });
}

/**
 * Any rows as a danfojs DataFrame, one call from a notebook: an array of plain records (columns in order
 * of first appearance over all rows, or `columns` when given) or a Table. A missing value is null.
 * No rows gives a DataFrame with the columns and no rows.
 */
export function frame(rows: ReadonlyArray<Record<string, unknown>> | Pick<Table, "columns" | "rows">, columns?: readonly string[]): import("danfojs-node").DataFrame {
  if (!Array.isArray(rows)) return toDataFrame(rows as Pick<Table, "columns" | "rows">);
  const list = rows as ReadonlyArray<Record<string, unknown>>;
  const cols = columns ? [...columns] : [];
  if (!columns) {
    const seen = new Set<string>();
    for (const r of list) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  }
  return toDataFrame({ columns: cols, rows: list as Array<Record<string, unknown>> });
}
