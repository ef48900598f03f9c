import { Figure } from "../charts/types";
import { Table } from "../tables/csv";
import { escapeHtml, jsonForScript } from "./escape";
import { figureConfig, nextChartId } from "./figure-html";
import { createImageExporter, ImageExporter } from "./image-export";
import { plotlyLoaderScript } from "./plotly-bundle";
import { TABLE_CSS, TableHtmlOptions, tableHtml } from "./table-html";

type MimeBundle = Record<string, unknown>;
type Writer = (data: { data: MimeBundle; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void;

/**
 * tslab's display writer. A display carrying several mime types at once is only possible through
 * tslab's internal module (its public `display.raw` sends one type), which is why tslab is pinned.
 */
function writer(): Writer {
  const jupyter = tslabJupyter();
  if (!jupyter || typeof jupyter.lastWriteDisplayData !== "function") {
    throw new Error("show()/showTable() display inside a Jupyter notebook running the tslab kernel; outside one, use exportFigure() or toCsv()");
  }
  return jupyter.lastWriteDisplayData;
}

/** tslab's internal Jupyter module (display writer, ZmqServer), or null where tslab is not installed. */
function tslabJupyter(): { lastWriteDisplayData?: Writer; ZmqServer?: { prototype: { close?: (this: unknown) => void } } } | null {
  try {
    return require("tslab/dist/jupyter");
  } catch {
    return null;
  }
}

/** Sends one display output with several representations; front ends pick the richest they render. */
export function displayBundle(data: MimeBundle, metadata: Record<string, unknown> = {}): void {
  writer()({ data, metadata, transient: {} }, false);
}

/**
 * A chart's static image, carried by its notebook output for front ends that run no scripts: SVG
 * text, or PNG bytes (rendered at 2x) where the SVG is heavy; `width` and `height` are CSS pixels. `none`
 * says why there is no image (no Chromium in the kernel, or the render failed).
 */
export type StaticImage =
  | { kind: "svg"; svg: string; width: number; height: number }
  | { kind: "png"; png: Buffer; width: number; height: number }
  | { kind: "none"; reason: string };

/** The representations of one chart output (see chartOutput). */
export interface ChartMimeBundle {
  "text/html": string;
  "application/vnd.plotly.v1+json": { data: Figure["data"]; layout: Figure["layout"]; config: Record<string, unknown> };
  "image/svg+xml"?: string;
  "image/png"?: string;
  "text/plain": string;
}

/** One display output: its representations and their metadata (a PNG's CSS size). */
export interface ChartOutput {
  data: ChartMimeBundle;
  metadata: { "image/png"?: { width: number; height: number } };
}

/** An SVG larger than this is compared with the PNG, and the smaller one is kept. */
export const SVG_MAX_BYTES = 100_000;

/**
 * The display output of one chart, standing on its own whatever ran before it and whether or not the
 * notebook is trusted:
 * - `text/html`: the static image (or a note saying why there is none) as a placeholder, the chart's
 *   div, and a script that loads plotly.js when the page lacks it (plotlyLoaderScript: from the Jupyter
 *   server or a `plotly.min.js` beside the page, never a copy per output), waits until the output is
 *   attached to the page (classic Notebook runs an output's scripts before inserting it), draws the
 *   chart and hides the image. Where scripts are stripped (an untrusted notebook, GitHub, nbviewer's
 *   sanitised view) the image stays, and where plotly cannot be loaded a line under it says so.
 * - `application/vnd.plotly.v1+json`: what VS Code and JupyterLab's plotly renderer draw.
 * - `image/svg+xml` or `image/png`: the image alone, for front ends that skip HTML.
 * - `text/plain`: `<plotly figure: title>`.
 * `id` (default: a fresh one) names the chart div; the image is `<id>-static`.
 */
export function chartOutput(fig: Figure, options: { title: string; image: StaticImage; id?: string }): ChartOutput {
  const { title, image, id = nextChartId("framelens-nb") } = options;
  const config = figureConfig(fig, title);
  const data: ChartMimeBundle = {
    "text/html": chartHtml(fig, config, id, title, image),
    "application/vnd.plotly.v1+json": { data: fig.data, layout: fig.layout, config },
    "text/plain": `<plotly figure: ${title}>`,
  };
  const metadata: ChartOutput["metadata"] = {};
  if (image.kind === "svg") data["image/svg+xml"] = image.svg;
  if (image.kind === "png") {
    data["image/png"] = image.png.toString("base64");
    metadata["image/png"] = { width: image.width, height: image.height };
  }
  return { data, metadata };
}

function chartHtml(fig: Figure, config: Record<string, unknown>, id: string, title: string, image: StaticImage): string {
  const staticId = `${id}-static`;
  const placeholder =
    image.kind === "none"
      ? `<p id="${escapeHtml(staticId)}" class="framelens-static">[No static image of “${escapeHtml(title)}”: ${escapeHtml(image.reason)}. ` +
        `The interactive chart draws where the notebook's scripts run (a trusted notebook in Jupyter, or VS Code).]</p>`
      : `<img id="${escapeHtml(staticId)}" class="framelens-static" alt="${escapeHtml(title)}" width="${image.width}" height="${image.height}" ` +
        `style="max-width:100%;height:auto" src="data:${image.kind === "svg" ? "image/svg+xml" : "image/png"};base64,${
          image.kind === "svg" ? Buffer.from(image.svg, "utf8").toString("base64") : image.png.toString("base64")
        }">`;
  const spec = jsonForScript({ data: fig.data, layout: fig.layout, config });
  // The div takes its container's width (capped at a layout width), as figureDiv's does. Waits for the element (classic Notebook inserts an output after running its scripts) and for plotly
  // (loaded once per page); gives up after a minute, leaving the image and, when loading failed, a note.
  const draw =
    `(function(){var spec=${spec},id=${jsonForScript(id)},t0=Date.now(),w=window;` +
    `function tick(){var el=document.getElementById(id),st=w.framelensPlotlyLoad;` +
    `if(el&&w.Plotly){if(el.getAttribute("data-drawn"))return;el.setAttribute("data-drawn","1");` +
    `w.Plotly.newPlot(el,spec.data,spec.layout,spec.config).then(function(){var s=document.getElementById(id+"-static");if(s)s.style.display="none";});return;}` +
    `if(el&&st&&st.failed){var p=document.createElement("p");p.className="framelens-no-plotly";` +
    `p.textContent="Interactive chart unavailable: plotly.js was not found at "+st.tried.join(", ")+". Open the notebook from \\"npm run jupyter\\" (a Jupyter server at the project root), or keep plotly.min.js beside this file.";` +
    `el.parentNode.insertBefore(p,el);return;}` +
    `if(Date.now()-t0<60000)setTimeout(tick,50);}tick();})();`;
  return (
    `<div class="framelens-nb-chart">${placeholder}\n` +
    `<div id="${escapeHtml(id)}" class="framelens-chart" style="width:100%;${typeof fig.layout.width === "number" ? `max-width:${fig.layout.width}px;` : ""}"></div>\n` +
    `<script type="text/javascript">${plotlyLoaderScript()}</script>\n` +
    `<script type="text/javascript">${draw}</script></div>`
  );
}

/** The size an SVG states on its root element (plotly's toImage writes width and height there). */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(`the chart's SVG has no width and height on its <svg> element: ${root.slice(0, 120)}`);
  return { width, height };
}

/**
 * The static image of a figure for its notebook output: the SVG, unless it is larger than
 * SVG_MAX_BYTES and the PNG is smaller (charts of thousands of points). The PNG is at 1x: it is the
 * fallback the interactive chart replaces wherever scripts run, and 2x would double a notebook's largest part.
 */
export async function staticImage(fig: Figure, exporter: ImageExporter): Promise<StaticImage> {
  const svg = (await exporter.render(fig, "svg")).toString("utf8");
  const size = svgSize(svg);
  if (svg.length > SVG_MAX_BYTES) {
    const png = await exporter.render(fig, "png", { scale: 1 });
    if (png.length < svg.length) return { kind: "png", png, ...size };
  }
  return { kind: "svg", svg, ...size };
}

// One Chromium per kernel session, started by the first show() (2-3 s) and kept until the kernel exits.
let session: Promise<ImageExporter> | null = null;
let sessionFailure: string | null = null;

async function sessionExporter(): Promise<ImageExporter> {
  if (!session) {
    // SIGINT is how Jupyter interrupts a cell: playwright must not close the browser and end the kernel.
    session = createImageExporter({ handleSignals: false });
    closeSessionOnShutdown();
  }
  return session;
}

let shutdownHooked = false;

/**
 * Closes the session's Chromium when the tslab kernel shuts down (or restarts). tslab ends by closing its
 * sockets and letting Node's event loop run dry, which a live Chromium prevents: Jupyter then waited its
 * grace period (5 s) and killed the kernel, and Chromium's profile folder (about 1.4 MB) stayed in the
 * temporary folder, at every shutdown. tslab has no hook for it, so the close of its ZmqServer (what it
 * calls on a shutdown request) is wrapped, once, to close the session's Chromium first. Outside tslab
 * (exportFigure in a script), nothing is wrapped.
 */
function closeSessionOnShutdown(): void {
  if (shutdownHooked) return;
  shutdownHooked = true;
  const proto = tslabJupyter()?.ZmqServer?.prototype;
  const close = proto?.close;
  if (!proto || typeof close !== "function") return;
  proto.close = function (this: unknown) {
    const closing = session;
    session = null;
    closing?.then((e) => e.close()).catch(() => undefined);
    return close.call(this);
  };
}

/** The static image from the session's Chromium, starting it again once if it died; `none` with the reason otherwise. */
async function sessionImage(fig: Figure): Promise<StaticImage> {
  if (sessionFailure) return { kind: "none", reason: sessionFailure };
  for (let attempt = 0; ; attempt++) {
    let exporter: ImageExporter;
    try {
      exporter = await sessionExporter();
    } catch (e) {
      session = null;
      sessionFailure = (e as Error).message;
      return { kind: "none", reason: sessionFailure };
    }
    try {
      return await staticImage(fig, exporter);
    } catch (e) {
      session = null;
      await exporter.close().catch(() => undefined);
      if (attempt > 0) return { kind: "none", reason: `rendering it in Chromium failed: ${(e as Error).message.split("\n")[0]}` };
    }
  }
}

export interface ShowOptions {
  /** The chart's name (image alt text, download file name). Default: the figure's title, else "chart". */
  title?: string;
  /** Renders the static image with this exporter. Default: one Chromium per kernel session, started by the first show(). */
  exporter?: ImageExporter;
}

/**
 * Renders a plotly figure inline in a tslab notebook: one output that draws in classic Notebook,
 * JupyterLab, VS Code and nbconvert's HTML, and shows a static image where scripts do not run (see
 * chartOutput). Await it (`await fl.show(fig)`): the static image is rendered by headless Chromium
 * first (about 50 ms a chart once Chromium has started; 2-3 s for the first chart of a session).
 * Without Chromium the output carries a note saying why there is no image, and still draws where
 * scripts run.
 */
export async function show(fig: Figure, options: ShowOptions = {}): Promise<void> {
  const write = writer(); // taken now, so the output lands in this cell even if it ends before the image is ready
  const t = fig.layout.title as string | { text?: string } | undefined;
  const title = options.title ?? ((typeof t === "string" ? t : t?.text) || "chart");
  let image: StaticImage;
  if (options.exporter) {
    try {
      image = await staticImage(fig, options.exporter);
    } catch (e) {
      image = { kind: "none", reason: `rendering it in Chromium failed: ${(e as Error).message.split("\n")[0]}` };
    }
  } else image = await sessionImage(fig);
  const out = chartOutput(fig, { title, image });
  write({ data: { ...out.data }, metadata: { ...out.metadata }, transient: {} }, false);
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
  // A notebook has no CSV beside it to link to; the table carries its own sort and filter script.
  displayBundle({ "text/html": `<style>${TABLE_CSS}</style>${tableHtml(table, { csvHref: false, script: true, ...options })}`, "text/plain": text });
}

/** Renders HTML you built (escape article text with escapeHtml). */
export function showHtml(html: string): void {
  displayBundle({ "text/html": html, "text/plain": html.replace(/<[^>]+>/g, "") });
}

/** Renders plain text as a preformatted block (escaped). */
export function showText(text: string): void {
  displayBundle({ "text/html": `<pre>${escapeHtml(text)}</pre>`, "text/plain": text });
}
