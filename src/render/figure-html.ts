import { EXPORT_WIDTH } from "../charts/theme";
import { Figure } from "../charts/types";
import { escapeHtml, jsonForScript } from "./escape";
import { plotlyScriptTag } from "./plotly-bundle";

let counter = 0;

/** A fresh element id for a chart div (unique within one process). */
export function nextChartId(prefix = "framelens-chart"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/**
 * Default plotly config: responsive (the chart follows its container's width), no plotly logo, image
 * download named after the chart, at the layout's size, or EXPORT_WIDTH wide when the layout has no
 * width (framelens charts have none), as the PNG/SVG files are. The figure's own config wins.
 */
export function figureConfig(fig: Figure, filename = "framelens-chart"): Record<string, unknown> {
  const own = fig.config ?? {};
  const width = typeof fig.layout.width === "number" ? fig.layout.width : EXPORT_WIDTH;
  const height = typeof fig.layout.height === "number" ? { height: fig.layout.height } : {};
  const image = { filename, width, ...height, ...((own.toImageButtonOptions as Record<string, unknown> | undefined) ?? {}) };
  return { responsive: true, displaylogo: false, ...own, toImageButtonOptions: image };
}

/**
 * A `<div>` plus the script that draws `fig` into it with `window.Plotly`, waiting (up to 30 s) for the
 * library if it is still loading and for the div if the page has not placed it yet (classic Notebook
 * runs an output's scripts before it inserts the output). The div takes the width of its container (a
 * figure with a layout width is capped at it) and plotly's responsive config redraws the chart when that
 * width changes. Figure JSON is
 * escaped for a script context, so article text in labels or hover text cannot close the script. Does
 * not include plotly itself.
 */
export function figureDiv(fig: Figure, options: { id?: string; filename?: string } = {}): string {
  const { id = nextChartId(), filename = "framelens-chart" } = options;
  const spec = jsonForScript({ data: fig.data, layout: fig.layout, config: figureConfig(fig, filename) });
  const width = typeof fig.layout.width === "number" ? `max-width:${fig.layout.width}px;` : "";
  return (
    `<div id="${escapeHtml(id)}" class="framelens-chart" style="width:100%;${width}"></div>\n` +
    `<script type="text/javascript">(function(){var spec=${spec};` +
    `function draw(){var el=document.getElementById(${jsonForScript(id)});if(window.Plotly&&el){window.Plotly.newPlot(el,spec.data,spec.layout,spec.config);return true;}return false;}` +
    `if(!draw()){var n=0,t=setInterval(function(){if(draw()||++n>600){clearInterval(t);}},50);}})();</script>`
  );
}

/** The file name of the shared plotly bundle beside chart pages (see figurePage's `plotly` option). */
export const SHARED_PLOTLY_FILE = "plotly.min.js";

export interface FigurePageOptions {
  /**
   * How the page gets plotly: "inline" (default) embeds the 1.4 MB bundle, so the page works alone;
   * "shared" loads SHARED_PLOTLY_FILE from the page's folder (as plotly's `include_plotlyjs="directory"`
   * does), so a folder of charts holds one copy. Either way no network is needed.
   */
  plotly?: "inline" | "shared";
}

/** A whole offline HTML page for one figure (see FigurePageOptions); the same figure gives the same bytes. */
export function figurePage(fig: Figure, title: string, options: FigurePageOptions = {}): string {
  const script = options.plotly === "shared" ? `<script type="text/javascript" src="${SHARED_PLOTLY_FILE}"></script>` : plotlyScriptTag();
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<style>body{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5rem;color:#222}</style>` +
    `${script}</head><body>\n${figureDiv(fig, { filename: title, id: "framelens-chart" })}\n</body></html>\n`
  );
}
