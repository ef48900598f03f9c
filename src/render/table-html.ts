import { Table } from "../tables/csv";
import { escapeHtml } from "./escape";
import { Row, shownRows } from "./shown-rows";

export { perGroupRows } from "./shown-rows";

export interface TableHtmlOptions {
  /** Rows shown; the rest are counted in a note (and per outlet, see `groupBy`). Default 50. */
  maxRows?: number;
  /** Digits after the point for non-integer numbers. Default 3. */
  digits?: number;
  /**
   * Column whose values share out a table longer than `maxRows`: each value (outlet) shows its first
   * max(3, ceil(maxRows / values)) rows in the table's order, then "and N more rows for X". Default the
   * table's readerGroupBy, else "outlet" when the table has that column, else "group", else none; false
   * shows the first rows only.
   */
  groupBy?: string | false;
  /** The columns shown, in order. Default the table's readerColumns, else every column but offsets and repeated ids. */
  columns?: readonly string[];
  /** Text longer than this many characters is cut near a word end, the full text in an expander. Default 240. */
  cutAt?: number;
  /** Link to the full CSV, relative to the page. Default `<name>.csv` when the table has a name; false for none. */
  csvHref?: string | false;
  /** Add a guarded copy of TABLE_SCRIPT after the table, so the output sorts and filters on its own (notebooks). Default false. */
  script?: boolean;
}

/** What tableHtml reads from a table: a framelens Table or any columns and rows. */
export type TableHtmlInput = Pick<Table, "columns" | "rows" | "spool" | "readerColumns" | "readerGroupBy"> & { title?: string; name?: string };

/** A column whose shown text is at most this long stays on one line; longer text wraps. */
const ONE_LINE_CHARS = 24;
/** A column holding a shown text longer than this is a text column: it wraps in a readable width. */
const TEXT_COLUMN_CHARS = 40;

/** Shown rows above which a table gets a filter box (about a screen of one-line rows). */
export const FILTER_MIN_ROWS = 15;

/**
 * The default reader columns: every column except character offsets (start, end, offset, span, *Start,
 * *End, *Offset, *_start, *_end) and ids repeating a named column beside them (speakerId or speaker_id
 * when `speaker` is a column). An id with no readable twin (articleId, fact) stays: it is how a reader
 * finds the article or the row elsewhere.
 */
export function defaultReaderColumns(columns: readonly string[]): string[] {
  const has = new Set(columns);
  const isOffset = (c: string) => /^(?:start|end|offsets?|span)$/i.test(c) || /[a-z0-9](?:Start|End|Offset)$/.test(c) || /_(?:start|end|offset)$/i.test(c);
  const isRepeatedId = (c: string) => {
    const m = /^(.+?)(?:Id|_id)$/.exec(c);
    return m !== null && has.has(m[1]);
  };
  return columns.filter((c) => !isOffset(c) && !isRepeatedId(c));
}

function readerColumns(table: TableHtmlInput, override: readonly string[] | undefined): string[] {
  const chosen = override ?? table.readerColumns;
  if (!chosen) return defaultReaderColumns(table.columns);
  const source = override ? "options.columns" : "readerColumns";
  if (chosen.length === 0) throw new Error(`tableHtml: ${source} of table ${table.name ? `"${table.name}"` : "(unnamed)"} is empty; name at least one of its columns (${table.columns.join(", ")})`);
  for (const c of chosen) {
    if (!table.columns.includes(c)) throw new Error(`tableHtml: ${source} of table ${table.name ? `"${table.name}"` : "(unnamed)"} names "${c}", which is not one of its columns (${table.columns.join(", ")})`);
  }
  return [...chosen];
}

/** Text cut at most `cutAt` characters, at the last space in its final fifth if there is one, never inside a surrogate pair. */
function cutText(s: string, cutAt: number): string {
  let end = cutAt;
  const space = s.lastIndexOf(" ", cutAt);
  if (space >= cutAt * 0.8) end = space;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return s.slice(0, end).trimEnd();
}

/** The text a non-number cell shows (objects as JSON); "" for numbers and empty cells. */
function textOf(v: unknown): string {
  if (v === null || v === undefined || typeof v === "number") return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** How a column's cells flow: on one line, wrapping, or wrapping in a readable width (see TEXT_COLUMN_CHARS). */
type Flow = "line" | "wrap" | "text";

function cell(v: unknown, digits: number, cutAt: number, flow: Flow): string {
  const cls = flow === "line" ? "" : ` class="fl-${flow}"`;
  if (v === null || v === undefined) return `<td${cls}></td>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return '<td class="num"></td>';
    return `<td class="num" data-v="${v}">${Number.isInteger(v) ? String(v) : v.toFixed(digits)}</td>`;
  }
  const s = textOf(v);
  if (s.length <= cutAt) return `<td${cls}>${escapeHtml(s)}</td>`;
  return `<td${cls}><details class="fl-long"><summary><span class="fl-cut">${escapeHtml(cutText(s, cutAt))}&hellip;</span></summary>${escapeHtml(s)}</details></td>`;
}

function checkOptions(o: TableHtmlOptions): void {
  const whole = (name: string, v: number, min: number, max = Infinity) => {
    if (!Number.isInteger(v) || v < min || v > max) throw new Error(`tableHtml: ${name} must be a whole number from ${min}${max < Infinity ? ` to ${max}` : " up"}, got ${v}`);
  };
  if (o.maxRows !== undefined) whole("maxRows", o.maxRows, 1);
  if (o.digits !== undefined) whole("digits", o.digits, 0, 20);
  if (o.cutAt !== undefined) whole("cutAt", o.cutAt, 20);
}

function groupColumn(table: TableHtmlInput, groupBy: string | false | undefined): string | null {
  if (groupBy === false) return null;
  if (groupBy === undefined) return table.columns.includes("outlet") ? "outlet" : table.columns.includes("group") ? "group" : null;
  if (!table.columns.includes(groupBy)) throw new Error(`tableHtml: groupBy "${groupBy}" is not a column of table ${table.name ? `"${table.name}"` : "(unnamed)"} (${table.columns.join(", ")}); give one of them or false`);
  return groupBy;
}

/**
 * An HTML table a reader can use, with every value escaped.
 * - Shortening: a table longer than `maxRows` shows its first rows, or, when it has an outlet (or group)
 *   column, the first max(3, ceil(maxRows / outlets)) rows of each outlet in the table's own order (its
 *   ranking), each outlet's rows followed by "and N more rows for X"; a note above gives the total and
 *   links the full CSV. A spooled table is read from its spool in pieces, not loaded whole.
 * - Columns: the table's readerColumns, else all but character offsets and ids repeating a named column
 *   (see defaultReaderColumns); the note names the columns left to the CSV.
 * - Text longer than `cutAt` is cut near a word end with the full text in a <details> expander. A column
 *   with a shown text over 40 characters wraps at most 42em wide and at least 24em (one such column), 18em
 *   (two) or 12em (more); one with text over 24 characters wraps; other cells stay on one line. A table
 *   wider than the page scrolls sideways.
 * - Tables of 2 rows or more are marked sortable, those over FILTER_MIN_ROWS rows filterable: TABLE_SCRIPT,
 *   once per page, adds the header buttons and the filter box (without it the table still reads).
 * An empty table shows its header and "no rows". Options: see TableHtmlOptions; bad values throw.
 */
export function tableHtml(table: TableHtmlInput, options: TableHtmlOptions = {}): string {
  checkOptions(options);
  const { maxRows = 50, digits = 3, cutAt = 240, script = false } = options;
  const columns = readerColumns(table, options.columns);
  const group = groupColumn(table, options.groupBy ?? table.readerGroupBy);
  const shown = shownRows(table, maxRows, group);
  const rowsShown = shown.kind === "grouped" ? shown.groups.flatMap((g) => g.rows.map((x) => x.row)) : shown.rows;
  const flow = new Map<string, Flow>(columns.map((c) => {
    const longest = rowsShown.reduce((m, r) => Math.max(m, textOf(r[c]).length), 0);
    return [c, longest > TEXT_COLUMN_CHARS ? "text" : longest > ONE_LINE_CHARS ? "wrap" : "line"];
  }));
  const textColumns = new Set(columns.filter((c) => flow.get(c) === "text"));
  const numeric = new Set(columns.filter((c) => rowsShown.some((r) => typeof r[c] === "number") && rowsShown.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === "number")));
  const tr = (r: Row) => `<tr>${columns.map((c) => cell(r[c], digits, cutAt, flow.get(c) ?? "line")).join("")}</tr>`;
  // The more text columns share the width, the narrower each may get before the table scrolls sideways.
  const minEm = textColumns.size === 1 ? 24 : textColumns.size === 2 ? 18 : 12;
  const head = columns.map((c) => `<th scope="col"${numeric.has(c) ? " data-num" : ""}${textColumns.has(c) ? ` class="fl-text" style="min-width:${minEm}em"` : ""}>${escapeHtml(c)}</th>`).join("");
  let bodies: string;
  if (shown.kind === "grouped") {
    bodies = shown.groups
      .map((g) => {
        const more = g.total - g.rows.length;
        const label = g.key === "" ? `no ${shown.column}` : g.key;
        const moreRow = more > 0 ? `\n<tr class="fl-more"><td colspan="${columns.length}">and ${more} more row${more === 1 ? "" : "s"} for ${escapeHtml(label)}</td></tr>` : "";
        return `<tbody>\n${g.rows.map((x) => tr(x.row)).join("\n")}${moreRow}\n</tbody>`;
      })
      .join("");
  } else {
    const empty = shown.rows.length === 0 ? `<tr><td colspan="${Math.max(1, columns.length)}"><em>no rows</em></td></tr>` : "";
    bodies = `<tbody>\n${shown.rows.map(tr).join("\n")}${empty}\n</tbody>`;
  }
  const href = options.csvHref ?? (table.name ? `${encodeURIComponent(table.name)}.csv` : false);
  const csv = table.name ? `; all rows in <code>${escapeHtml(table.name)}.csv</code>${href ? ` (<a href="${escapeHtml(href)}">open</a>)` : ""}` : href ? `; <a href="${escapeHtml(href)}">all rows</a>` : "";
  const notes: string[] = [];
  if (shown.kind === "head") notes.push(`Showing ${shown.rows.length} of ${shown.total} rows${csv}.`);
  if (shown.kind === "grouped") notes.push(`Showing ${rowsShown.length} of ${shown.total} rows: the first ${shown.perGroup} of each ${escapeHtml(shown.column)}, in the table's order${csv}.`);
  const left = table.columns.filter((c) => !columns.includes(c));
  if (left.length) notes.push(`Not shown here${table.name ? `, in the CSV` : ""}: ${left.map((c) => `<code>${escapeHtml(c)}</code>`).join(", ")}.`);
  const note = notes.length ? `<p class="note">${notes.join(" ")}</p>` : "";
  const attrs = `${rowsShown.length >= 2 ? " data-fl-sort" : ""}${rowsShown.length > FILTER_MIN_ROWS ? " data-fl-filter" : ""}`;
  const js = script ? `<script>${TABLE_SCRIPT}</script>` : "";
  return `<div class="framelens-table"${attrs}>${note}<table><thead><tr>${head}</tr></thead>${bodies}</table></div>${js}`;
}

/**
 * CSS for tables and notes, shared by notebooks and the report. table-layout, margin, white-space and the
 * !important alignments undo classic Notebook's and JupyterLab's own table rules (fixed layout, centred,
 * right-aligned, wrapping cells), which would squeeze text columns again.
 */
export const TABLE_CSS =
  ".framelens-table{overflow-x:auto;margin:.5rem 0 1rem}.framelens-table table{border-collapse:collapse;font-size:13px;table-layout:auto;margin:0}" +
  ".framelens-table th,.framelens-table td{border-bottom:1px solid #ddd;padding:3px 8px;vertical-align:top;max-width:42em;white-space:nowrap;text-align:left !important}" +
  ".framelens-table .fl-wrap{white-space:normal}.framelens-table .fl-text{white-space:normal;overflow-wrap:break-word;max-width:42em}.framelens-table td.num{text-align:right !important;font-variant-numeric:tabular-nums;white-space:nowrap}" +
  ".framelens-table th{background:#f4f4f4}.framelens-table tr.fl-more td{color:#555;font-style:italic;background:#fafafa}" +
  ".fl-long>summary{cursor:pointer;list-style-position:inside}.fl-long>summary::after{content:\" more\";color:#0072B2}" +
  ".fl-long[open]>summary::after{content:\"less\"}.fl-long[open]>summary .fl-cut{display:none}" +
  ".fl-sort{white-space:nowrap;font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-align:left;color:inherit}" +
  ".fl-sort::after{content:\" \\2195\";color:#999}th[aria-sort=ascending] .fl-sort::after{content:\" \\25B2\";color:#222}th[aria-sort=descending] .fl-sort::after{content:\" \\25BC\";color:#222}" +
  ".fl-bar{margin:.3rem 0;font-size:13px}.fl-bar input{font:inherit;padding:2px 6px;min-width:16em}.fl-bar .fl-count{color:#555;margin-left:.6em}" +
  ".note{color:#555;font-size:13px}";

/**
 * The script that makes marked tables sortable and filterable, offline and without libraries: a click
 * on a header sorts its table (numbers by value, text by a numeric-aware collation, empty cells last)
 * ascending, then descending, then back to the table's own order, setting aria-sort; in a grouped table
 * each outlet's rows sort among themselves. The filter box hides shown rows whose text does not contain
 * what is typed (case-insensitive). Safe to include any number of times: it defines itself once and
 * enhances each table once. Include it once per page (<script>TABLE_SCRIPT</script>), or per notebook
 * output with tableHtml's `script` option.
 */
export const TABLE_SCRIPT = `(function(){var w=window,d=document;
if(!w.framelensTables){var coll=new Intl.Collator(undefined,{numeric:true,sensitivity:"base"});
var data=function(tb){var rows=[],more=[];for(var i=0;i<tb.rows.length;i++){var r=tb.rows[i];(r.className==="fl-more"?more:rows).push(r);}return{rows:rows,more:more};};
var setup=function(box){box.setAttribute("data-fl-ready","");var table=box.querySelector("table");if(!table||!table.tHead)return;
var ths=table.tHead.rows[0].cells,bodies=[].slice.call(table.tBodies),n=0;
bodies.forEach(function(tb){data(tb).rows.forEach(function(r){r.flAt=n++;});});
var key=function(r,i,num){var c=r.cells[i];if(!c)return num?NaN:"";if(num){var v=c.getAttribute("data-v");return v===null||v===""?NaN:parseFloat(v);}return(c.textContent||"").trim();};
var sortBy=function(i){var th=ths[i],cur=th.getAttribute("aria-sort"),dir=cur==="ascending"?"descending":cur==="descending"?"none":"ascending",num=th.hasAttribute("data-num");
for(var j=0;j<ths.length;j++)ths[j].removeAttribute("aria-sort");if(dir!=="none")th.setAttribute("aria-sort",dir);
bodies.forEach(function(tb){var p=data(tb);p.rows.sort(function(a,b){if(dir==="none")return a.flAt-b.flAt;var x=key(a,i,num),y=key(b,i,num),ex=num?isNaN(x):x==="",ey=num?isNaN(y):y==="";
if(ex||ey)return ex&&ey?a.flAt-b.flAt:ex?1:-1;var c=num?x-y:coll.compare(x,y);return(dir==="ascending"?c:-c)||a.flAt-b.flAt;});
p.rows.concat(p.more).forEach(function(r){tb.appendChild(r);});});};
if(box.hasAttribute("data-fl-sort"))[].forEach.call(ths,function(th,i){var b=d.createElement("button");b.type="button";b.className="fl-sort";b.title="Sort by this column";
while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);b.addEventListener("click",function(){sortBy(i);});});
if(box.hasAttribute("data-fl-filter")){var bar=d.createElement("div"),input=d.createElement("input"),count=d.createElement("span");bar.className="fl-bar";
input.type="search";input.placeholder="Filter rows";input.setAttribute("aria-label","Filter the rows shown");count.className="fl-count";count.setAttribute("aria-live","polite");
bar.appendChild(input);bar.appendChild(count);box.insertBefore(bar,table);
input.addEventListener("input",function(){var q=input.value.trim().toLowerCase(),all=0,hit=0;bodies.forEach(function(tb){data(tb).rows.forEach(function(r){all++;var ok=!q||(r.textContent||"").toLowerCase().indexOf(q)>=0;r.hidden=!ok;if(ok)hit++;});});
count.textContent=q?hit+" of "+all+" rows shown here match":"";});}};
w.framelensTables={enhance:function(root){var boxes=(root||d).querySelectorAll(".framelens-table:not([data-fl-ready])");for(var i=0;i<boxes.length;i++)setup(boxes[i]);}};}
if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",function(){w.framelensTables.enhance(d);});else w.framelensTables.enhance(d);})();`;
