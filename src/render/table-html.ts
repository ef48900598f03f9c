import { Table, tableLength } from "../tables/csv";
import { escapeHtml } from "./escape";

export interface TableHtmlOptions {
  /** Rows shown; the rest are counted in a note. Default 50. */
  maxRows?: number;
  /** Digits after the point for non-integer numbers. Default 3. */
  digits?: number;
}

function cell(v: unknown, digits: number): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : Number.isFinite(v) ? v.toFixed(digits) : "";
  if (typeof v === "object") return escapeHtml(JSON.stringify(v));
  return escapeHtml(String(v));
}

/**
 * An HTML table of the first `maxRows` rows with every value escaped, and a note giving the total when
 * rows were left out. An empty table shows its header and "no rows".
 */
export function tableHtml(table: Pick<Table, "columns" | "rows" | "spool"> & { title?: string; name?: string }, options: TableHtmlOptions = {}): string {
  const { maxRows = 50, digits = 3 } = options;
  const total = tableLength(table);
  const shown = table.rows.slice(0, maxRows);
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = shown.map((r) => `<tr>${table.columns.map((c) => `<td${typeof r[c] === "number" ? ' class="num"' : ""}>${cell(r[c], digits)}</td>`).join("")}</tr>`).join("\n");
  const empty = total === 0 ? `<tr><td colspan="${table.columns.length}"><em>no rows</em></td></tr>` : "";
  const more = total > shown.length ? `<p class="note">Showing ${shown.length} of ${total} rows${table.name ? `; all rows in <code>${escapeHtml(table.name)}.csv</code>` : ""}.</p>` : "";
  return `<div class="framelens-table"><table><thead><tr>${head}</tr></thead><tbody>\n${body}${empty}\n</tbody></table>${more}</div>`;
}

/** CSS for tables and notes, shared by notebooks and the report. */
export const TABLE_CSS =
  ".framelens-table{overflow-x:auto;margin:.5rem 0 1rem}.framelens-table table{border-collapse:collapse;font-size:13px}" +
  ".framelens-table th,.framelens-table td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top;max-width:40rem;text-align:left !important}" +
  ".framelens-table td.num{text-align:right !important;font-variant-numeric:tabular-nums}.framelens-table th{background:#f4f4f4}.note{color:#555;font-size:13px}";
