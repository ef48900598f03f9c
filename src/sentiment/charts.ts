import { orderedSides } from "../actors/sides";
import { SideInfo } from "../actors/types";
import { rowsHeight, wrapLabel } from "../charts/labels";
import { outletPanels, panelGrid, panelHeading } from "../charts/panels";
import { sharedRange } from "../charts/scale";
import { MIN_FONT_SIZE, OutletChartOptions, ROLE_COLORS, chartLayout, outletScale } from "../charts/theme";
import { Figure } from "../charts/types";
import { OutletSentiment, SideTone, WordContribution } from "./aggregate";
import { SentenceSentiment } from "./sentences";

const WRAP = new Map<number, RegExp>();

/** Wraps long text for hover labels (one regex per width, built once: the arc wraps every sentence). */
function wrap(s: string, width = 80): string {
  let re = WRAP.get(width);
  if (!re) WRAP.set(width, (re = new RegExp(`(.{1,${width}})(\\s|$)`, "g")));
  return s.replace(re, "$1<br>").replace(/(<br>)+$/, "");
}

/**
 * Mean sentence score per outlet as a dot (in the outlet's colour) with its 95% bootstrap interval, n
 * sentences in the label. Overlapping intervals mean the data cannot rank those outlets. Options:
 * `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function outletMeansChart(rows: readonly OutletSentiment[], options: OutletChartOptions = {}): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  const list = scale.outlets.map((o) => rows.find((r) => r.outlet === o)!);
  const labels = list.map((r) => wrapLabel(`${r.outlet} (n=${r.sentences})`));
  const sentences = list.reduce((s, r) => s + r.sentences, 0);
  return {
    data: [
      {
        type: "scatter", mode: "markers", name: "mean sentence score", y: labels, x: list.map((r) => r.mean),
        error_x: { type: "data", symmetric: false, array: list.map((r) => r.high - r.mean), arrayminus: list.map((r) => r.mean - r.low), color: "#555" },
        marker: { size: 12, color: list.map((r) => scale.color(r.outlet)), line: { color: "#333", width: 1 } },
        customdata: list.map((r) => `[${r.low.toFixed(2)}, ${r.high.toFixed(2)}]`),
        hovertemplate: "%{y}<br>mean %{x:.2f}, 95% interval %{customdata}<extra></extra>",
      },
    ],
    layout: chartLayout("Sentence tone per outlet: mean AFINN score with 95% interval", `${sentences} sentences (n per outlet in the label); bootstrap over sentences (2000 resamples). Where intervals overlap, these articles cannot rank the outlets.`, {
      xaxis: { title: { text: "mean sentence score (negative ← 0 → positive)" }, zeroline: true, zerolinecolor: "#999" },
      yaxis: { automargin: true, autorange: "reversed" },
      margin: { l: 70, r: 30, b: 70 },
    }, { plotHeight: Math.max(120, rowsHeight(labels, 40)) }),
  };
}

/**
 * The outlet's own narration against the quotes it chose: mean score with interval and n for each, as
 * grouped bars (narration dark grey, quoted voices light grey: these colours are voices, not outlets).
 * Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function narrationVsQuotesChart(rows: readonly OutletSentiment[], options: OutletChartOptions = {}): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  const list = scale.outlets.map((o) => rows.find((r) => r.outlet === o)!);
  const x = list.map((r) => wrapLabel(r.outlet, 16));
  const trace = (name: string, mean: number[], low: number[], high: number[], n: number[], color: string) => ({
    type: "bar", name, x, y: mean, marker: { color, line: { color: "#333", width: 1 } }, text: n.map((k) => `n=${k}`), textposition: "outside", textfont: { size: MIN_FONT_SIZE }, cliponaxis: false,
    error_y: { type: "data", symmetric: false, array: high.map((h, i) => h - mean[i]), arrayminus: low.map((l, i) => mean[i] - l), color: "#222" },
    hovertemplate: `%{x}<br>${name}: %{y:.2f} (%{text})<extra></extra>`,
  });
  const n = list.reduce((s, r) => s + r.narrationN + r.quoteN, 0);
  return {
    data: [
      trace("narration", list.map((r) => r.narrationMean), list.map((r) => r.narrationLow), list.map((r) => r.narrationHigh), list.map((r) => r.narrationN), ROLE_COLORS.dark),
      trace("quoted voices", list.map((r) => r.quoteMean), list.map((r) => r.quoteLow), list.map((r) => r.quoteHigh), list.map((r) => r.quoteN), ROLE_COLORS.light),
    ],
    layout: chartLayout("Narration vs quoted voices: mean sentence score", `${n} sentences (n per bar). A sentence counts as a quote when most of it lies inside quotation marks (or extracted quote spans).`, {
      barmode: "group",
      yaxis: { title: { text: "mean sentence score" }, zeroline: true, zerolinecolor: "#999" },
      xaxis: { automargin: true, tickangle: 0 },
      legend: { orientation: "h", y: -0.15, yanchor: "top" },
      margin: { b: 100 },
    }),
  };
}

/**
 * Heatmap of mean sentence tone per outlet (rows) and side (columns); each cell says n. Columns follow
 * `sides` (the registry's, with their labels); a side of the rows that `sides` lacks comes last, labelled
 * by its id. Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function sideToneHeatmap(rows: readonly SideTone[], sides: readonly SideInfo[], options: OutletChartOptions = {}): Figure {
  const { outlets } = outletScale(rows.map((r) => r.outlet), options.outlets);
  const used = orderedSides(rows.map((r) => r.side), sides);
  const cell = (o: string, s: string) => rows.find((r) => r.outlet === o && r.side === s);
  const z = outlets.map((o) => used.map((s) => cell(o, s.id)?.mean ?? null));
  const text = outlets.map((o) => used.map((s) => {
    const c = cell(o, s.id);
    return c ? `${c.mean.toFixed(2)}<br>n=${c.n}${c.n < 5 ? " (few)" : ""}` : "";
  }));
  const y = outlets.map((o) => wrapLabel(o));
  const n = rows.reduce((s, r) => s + r.n, 0);
  return {
    data: [{ type: "heatmap", x: used.map((s) => wrapLabel(s.label, 14)), y, z, text, texttemplate: "%{text}", textfont: { size: MIN_FONT_SIZE }, colorscale: "RdBu", reversescale: true, zmid: 0, xgap: 1, ygap: 1, colorbar: { title: { text: "mean score" }, tickfont: { size: MIN_FONT_SIZE } }, hovertemplate: "%{y} on %{x}: %{text}<extra></extra>" }],
    layout: chartLayout("Tone toward each side: mean score of sentences naming its actors", `${n} sentence-side pairs (n per cell). Red negative, blue positive. A sentence naming several sides counts for each; cells with n < 5 sentences say little.`, {
      yaxis: { autorange: "reversed", automargin: true },
      xaxis: { automargin: true, side: "top", tickangle: 0 },
      margin: { l: 70, r: 30, b: 30 },
    }, { above: 44, plotHeight: rowsHeight(y, 56) }),
  };
}

/** Pixels of one outlet's panel in sentimentArcChart, and between panels (room for the heading). */
const ARC_PANEL = 130;
const ARC_GAP = 56;

/**
 * Sentence scores along each article, one panel per outlet (its heading in the outlet's colour), all on
 * one score scale so the panels compare; narration filled, quoted sentences hollow; headline and lead
 * marked. Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function sentimentArcChart(rows: readonly SentenceSentiment[], options: OutletChartOptions = {}): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  const outlets = scale.outlets;
  const grid = panelGrid(outlets.length, { columns: 1, rowHeight: ARC_PANEL, rowGap: ARC_GAP });
  const range = sharedRange(rows.map((r) => r.score), { pad: 0.12 });
  const data: Array<Record<string, unknown>> = [];
  const articles = new Set(rows.map((r) => r.articleId)).size;
  const layout: Record<string, unknown> = chartLayout(
    "The arc: sentence tone along each article",
    `${rows.length} sentences of ${articles} article(s); one panel per outlet, all on the same score scale. Filled: narration, hollow: mostly quoted; ★ headline, ◆ lead.`,
    { showlegend: true, legend: { orientation: "h", y: -0.04, yanchor: "top" }, margin: { l: 70, r: 30, b: 110 } },
    { above: 30 },
  );
  layout.height = (layout.margin as { t: number }).t + 110 + grid.plotHeight;
  const annotations: Array<Record<string, unknown>> = [];
  grid.panels.forEach((p, i) => {
    const o = outlets[i];
    const list = rows.filter((r) => r.outlet === o);
    const last = i === outlets.length - 1;
    const base = (r: SentenceSentiment) => (r.role === "headline" ? "star" : r.lead ? "diamond" : "circle");
    data.push({
      type: "scatter", mode: "lines+markers", name: o, showlegend: false, xaxis: p.x, yaxis: p.y,
      x: list.map((r) => r.position), y: list.map((r) => r.score),
      line: { color: "#ccc", width: 1 },
      marker: { color: scale.color(o), symbol: list.map((r) => (r.voice === "quote" ? `${base(r)}-open` : base(r))), size: list.map((r) => (r.role === "headline" || r.lead ? 11 : 7)), line: { width: 1.5, color: scale.color(o) } },
      text: list.map((r) => wrap(r.text)), hovertemplate: `${o}<br>score %{y}<br>%{text}<extra></extra>`,
    });
    layout[p.yaxis] = { domain: p.yDomain, anchor: p.x, range, zeroline: true, zerolinecolor: "#999", title: { text: "score" } };
    layout[p.xaxis] = { domain: p.xDomain, anchor: p.y, range: [-0.03, 1.03], showticklabels: last, title: last ? { text: "position in article (0 = headline, 1 = last sentence)" } : undefined };
    annotations.push(panelHeading(p, wrapLabel(o, 60), scale.color(o)));
  });
  layout.annotations = annotations;
  data.push({ type: "scatter", mode: "markers", name: "narration", x: [null], y: [null], marker: { color: "#555", symbol: "circle" } });
  data.push({ type: "scatter", mode: "markers", name: "quoted", x: [null], y: [null], marker: { color: "#555", symbol: "circle-open", line: { width: 1.5 } } });
  data.push({ type: "scatter", mode: "markers", name: "headline ★ / lead ◆", x: [null], y: [null], marker: { color: "#555", symbol: "star", size: 11 } });
  return { data, layout };
}

/**
 * The lexicon words that moved each outlet's score most, one panel per outlet (at most three a row, its
 * heading in the outlet's colour), every panel on one shared axis range so bars compare across outlets;
 * positive words blue, negative red. Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function topWordsChart(rows: readonly WordContribution[], options: OutletChartOptions = {}): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  const outlets = scale.outlets;
  const most = Math.max(1, ...outlets.map((o) => rows.filter((r) => r.outlet === o).length));
  const { headings, grid, above } = outletPanels(outlets, 24 * most + 20);
  const range = sharedRange(rows.map((r) => r.total), { pad: 0.08 });
  const data: Array<Record<string, unknown>> = [];
  const occurrences = rows.reduce((s, r) => s + r.count, 0);
  const layout: Record<string, unknown> = chartLayout(
    "Words that moved the score most, per outlet",
    `${occurrences} occurrences of these ${rows.length} lexicon words; bars are each word's summed contribution to the outlet's sentence scores (×n = occurrences), on one scale for every outlet.`,
    { showlegend: false, margin: { l: 70, r: 30, b: 40 } },
    { above },
  );
  layout.height = (layout.margin as { t: number }).t + 40 + grid.plotHeight;
  const annotations: Array<Record<string, unknown>> = [];
  grid.panels.forEach((p, i) => {
    const o = outlets[i];
    const list = rows.filter((r) => r.outlet === o).slice().reverse();
    data.push({
      type: "bar", orientation: "h", xaxis: p.x, yaxis: p.y, y: list.map((r) => r.word), x: list.map((r) => r.total),
      marker: { color: list.map((r) => (r.total < 0 ? ROLE_COLORS.negative : ROLE_COLORS.positive)) }, text: list.map((r) => `×${r.count}`), textposition: "none",
      hovertemplate: `${o}: %{y} total %{x} (%{text})<extra></extra>`,
    });
    // Axis titles on the bottom row only: between rows they would meet the next row's headings.
    layout[p.xaxis] = { domain: p.xDomain, anchor: p.y, range, zeroline: true, zerolinecolor: "#999", ...(p.row === grid.rows - 1 ? { title: { text: "summed score" } } : {}) };
    layout[p.yaxis] = { domain: p.yDomain, anchor: p.x, automargin: true };
    annotations.push(panelHeading(p, headings[i], scale.color(o)));
  });
  layout.annotations = annotations;
  return { data, layout };
}
