import { Figure } from "../charts/types";
import { Table } from "../tables/csv";
import { escapeHtml } from "./escape";
import { figureConfig, figureDiv } from "./figure-html";
import { plotlyScriptTag } from "./plotly-bundle";
import { TABLE_CSS, TableHtmlOptions, tableHtml } from "./table-html";

type MimeBundle = Record<string, unknown>;
type Writer = (data: { data: MimeBundle; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void;

let plotlyLoaded = false;

/**
 * tslab's display writer. A display carrying several mime types at once is only possible through
 * tslab's internal module (its public `display.raw` sends one type), which is why tslab is pinned.
 */
function writer(): Writer {
  let jupyter: { lastWriteDisplayData?: Writer } | null = null;
  try {
    jupyter = require("tslab/dist/jupyter");
  } catch {
    jupyter = null;
  }
  if (!jupyter || typeof jupyter.lastWriteDisplayData !== "function") {
    throw new Error("show()/showTable() display inside a Jupyter notebook running the tslab kernel; outside one, use exportFigure() or toCsv()");
  }
  return jupyter.lastWriteDisplayData;
}

/** Sends one display output with several representations; front ends pick the richest they render. */
export function displayBundle(data: MimeBundle): void {
  writer()({ data, metadata: {}, transient: {} }, false);
}

/**
 * Renders a plotly figure inline in a tslab notebook. One output carries three representations, so it
 * draws everywhere: `text/html` with a script (classic Notebook 6, nbconvert HTML, JupyterLab when the
 * output is trusted), `application/vnd.plotly.v1+json` (VS Code, JupyterLab's plotly renderer) and
 * `text/plain`. The plotly library is sent once per kernel session, in the first call's output.
 */
export function show(fig: Figure, options: { title?: string } = {}): void {
  const w = writer();
  const loader = plotlyLoaded ? "" : `${plotlyScriptTag()}\n`;
  const title = options.title ?? String((fig.layout.title as { text?: string } | undefined)?.text ?? "chart");
  w(
    {
      data: {
        "text/html": loader + figureDiv(fig, { filename: title }),
        "application/vnd.plotly.v1+json": { data: fig.data, layout: fig.layout, config: figureConfig(fig, title) },
        "text/plain": `<plotly figure: ${title}>`,
      },
      metadata: {},
      transient: {},
    },
    false,
  );
  plotlyLoaded = true;
}

/** Table-like input: a framelens Table, plain records, or a danfojs DataFrame. */
export type Tabular = Pick<Table, "columns" | "rows"> | Array<Record<string, unknown>> | import("danfojs-node").DataFrame;

/** Turns any Tabular into columns and rows. */
export function asTable(t: Tabular): Pick<Table, "columns" | "rows"> {
  if (Array.isArray(t)) return { columns: t.length ? Object.keys(t[0]) : [], rows: t };
  if ("rows" in t) return t as Pick<Table, "columns" | "rows">;
  const cols = t.columns;
  const values = t.values as unknown[][];
  return { columns: cols, rows: values.map((v) => Object.fromEntries(cols.map((c, i) => [c, v[i]]))) };
}

/** Renders a table (escaped HTML plus a plain-text version) inline in a tslab notebook. */
export function showTable(t: Tabular, options: TableHtmlOptions = {}): void {
  const table = asTable(t);
  const { maxRows = 50 } = options;
  const text = [table.columns.join("\t"), ...table.rows.slice(0, maxRows).map((r) => table.columns.map((c) => String(r[c] ?? "")).join("\t"))].join("\n");
  displayBundle({ "text/html": `<style>${TABLE_CSS}</style>${tableHtml(table, options)}`, "text/plain": text });
}

/** Renders HTML you built (escape article text with escapeHtml). */
export function showHtml(html: string): void {
  displayBundle({ "text/html": html, "text/plain": html.replace(/<[^>]+>/g, "") });
}

/** Renders plain text as a preformatted block (escaped). */
export function showText(text: string): void {
  displayBundle({ "text/html": `<pre>${escapeHtml(text)}</pre>`, "text/plain": text });
}
