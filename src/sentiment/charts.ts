import { orderedSides } from "../actors/sides";
import { SideInfo } from "../actors/types";
import { baseLayout, colorAt } from "../charts/theme";
import { Figure } from "../charts/types";
import { OutletSentiment, SideTone, WordContribution } from "./aggregate";
import { SentenceSentiment } from "./sentences";

const NOTE = { xref: "paper", yref: "paper", x: 0, xanchor: "left", showarrow: false, font: { size: 11, color: "#555" } };

const WRAP = new Map<number, RegExp>();

/** Wraps long text for hover labels (one regex per width, built once: the arc wraps every sentence). */
function wrap(s: string, width = 80): string {
  let re = WRAP.get(width);
  if (!re) WRAP.set(width, (re = new RegExp(`(.{1,${width}})(\\s|$)`, "g")));
  return s.replace(re, "$1<br>").replace(/(<br>)+$/, "");
}

/**
 * Mean sentence score per outlet as a dot with its 95% bootstrap interval, n sentences in the label.
 * Overlapping intervals mean the data cannot rank those outlets.
 */
export function outletMeansChart(rows: readonly OutletSentiment[]): Figure {
  const labels = rows.map((r) => `${r.outlet} (n=${r.sentences})`);
  return {
    data: [
      {
        type: "scatter", mode: "markers", name: "mean sentence score", y: labels, x: rows.map((r) => r.mean),
        error_x: { type: "data", symmetric: false, array: rows.map((r) => r.high - r.mean), arrayminus: rows.map((r) => r.mean - r.low), color: "#555" },
        marker: { size: 11, color: colorAt(0) },
        hovertemplate: "%{y}<br>mean %{x:.2f}<extra></extra>",
      },
    ],
    layout: baseLayout("Sentence tone per outlet (mean AFINN score, 95% interval)", {
      xaxis: { title: { text: "mean sentence score (negative ← 0 → positive)" }, zeroline: true, zerolinecolor: "#999" },
      yaxis: { automargin: true, autorange: "reversed" },
      margin: { l: 150, r: 30, t: 80, b: 90 },
      annotations: [{ ...NOTE, y: -0.28, text: "Bootstrap over sentences (2000 resamples). Where intervals overlap, these articles cannot rank the outlets." }],
    }),
  };
}

/** The outlet's own narration against the quotes it chose: mean score with interval and n for each. */
export function narrationVsQuotesChart(rows: readonly OutletSentiment[]): Figure {
  const x = rows.map((r) => r.outlet);
  const trace = (name: string, mean: number[], low: number[], high: number[], n: number[], color: string) => ({
    type: "bar", name, x, y: mean, marker: { color }, text: n.map((k) => `n=${k}`), textposition: "outside", cliponaxis: false,
    error_y: { type: "data", symmetric: false, array: high.map((h, i) => h - mean[i]), arrayminus: low.map((l, i) => mean[i] - l), color: "#444" },
    hovertemplate: `%{x}<br>${name}: %{y:.2f} (%{text})<extra></extra>`,
  });
  return {
    data: [
      trace("narration", rows.map((r) => r.narrationMean), rows.map((r) => r.narrationLow), rows.map((r) => r.narrationHigh), rows.map((r) => r.narrationN), colorAt(0)),
      trace("quoted voices", rows.map((r) => r.quoteMean), rows.map((r) => r.quoteLow), rows.map((r) => r.quoteHigh), rows.map((r) => r.quoteN), colorAt(1)),
    ],
    layout: baseLayout("Narration vs quoted voices: mean sentence score", {
      barmode: "group",
      yaxis: { title: { text: "mean sentence score" }, zeroline: true, zerolinecolor: "#999" },
      annotations: [{ ...NOTE, y: 1.07, text: "A sentence counts as a quote when most of it lies inside quotation marks (or extracted quote spans). n = sentences." }],
    }),
  };
}

/**
 * Heatmap of mean sentence tone per outlet (rows) and side (columns); each cell says n. Columns follow
 * `sides` (the registry's, with their labels); a side of the rows that `sides` lacks comes last, labelled by its id.
 */
export function sideToneHeatmap(rows: readonly SideTone[], sides: readonly SideInfo[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const used = orderedSides(rows.map((r) => r.side), sides);
  const cell = (o: string, s: string) => rows.find((r) => r.outlet === o && r.side === s);
  const z = outlets.map((o) => used.map((s) => cell(o, s.id)?.mean ?? null));
  const text = outlets.map((o) => used.map((s) => {
    const c = cell(o, s.id);
    return c ? `${c.mean.toFixed(2)}<br>n=${c.n}${c.n < 5 ? " (few)" : ""}` : "";
  }));
  return {
    data: [{ type: "heatmap", x: used.map((s) => s.label), y: outlets, z, text, texttemplate: "%{text}", colorscale: "RdBu", reversescale: true, zmid: 0, colorbar: { title: { text: "mean score" } }, hovertemplate: "%{y} on %{x}: %{text}<extra></extra>" }],
    layout: baseLayout("Tone toward each side: mean score of sentences naming its actors", {
      yaxis: { autorange: "reversed", automargin: true },
      xaxis: { automargin: true },
      height: 120 + 50 * outlets.length,
      annotations: [{ ...NOTE, y: 1.1, text: "Red negative, blue positive. A sentence naming several sides counts for each. Cells with n < 5 sentences say little." }],
      margin: { l: 100, r: 30, t: 100, b: 120 },
    }),
  };
}

/** Sentence scores along each article (one small panel per outlet); headline and lead are marked. */
export function sentimentArcChart(rows: readonly SentenceSentiment[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const data: Array<Record<string, unknown>> = [];
  const layout: Record<string, unknown> = baseLayout("The arc: sentence tone along each article", {
    grid: { rows: outlets.length, columns: 1, pattern: "independent", roworder: "top to bottom" },
    height: 140 * Math.max(1, outlets.length) + 120,
    showlegend: true,
  });
  outlets.forEach((o, i) => {
    const list = rows.filter((r) => r.outlet === o);
    const ax = i === 0 ? "" : String(i + 1);
    const symbol = list.map((r) => (r.role === "headline" ? "star" : r.lead ? "diamond" : "circle"));
    data.push({
      type: "scatter", mode: "lines+markers", name: o, showlegend: false, xaxis: `x${ax}`, yaxis: `y${ax}`,
      x: list.map((r) => r.position), y: list.map((r) => r.score),
      line: { color: "#bbb", width: 1 }, marker: { color: list.map((r) => (r.voice === "quote" ? colorAt(1) : colorAt(0))), symbol, size: list.map((r) => (r.role === "headline" || r.lead ? 11 : 7)) },
      text: list.map((r) => wrap(r.text)), hovertemplate: `${o}<br>score %{y}<br>%{text}<extra></extra>`,
    });
    layout[`yaxis${ax}`] = { title: { text: o, font: { size: 11 } }, zeroline: true, zerolinecolor: "#999" };
    layout[`xaxis${ax}`] = { range: [-0.03, 1.03], showticklabels: i === outlets.length - 1, title: i === outlets.length - 1 ? { text: "position in article (0 = headline, 1 = last sentence)" } : undefined };
  });
  data.push({ type: "scatter", mode: "markers", name: "narration", x: [null], y: [null], marker: { color: colorAt(0) } });
  data.push({ type: "scatter", mode: "markers", name: "quoted", x: [null], y: [null], marker: { color: colorAt(1) } });
  data.push({ type: "scatter", mode: "markers", name: "headline ★ / lead ◆", x: [null], y: [null], marker: { color: "#777", symbol: "star" } });
  return { data, layout };
}

/** The lexicon words that moved each outlet's score most, one small panel per outlet. */
export function topWordsChart(rows: readonly WordContribution[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const data: Array<Record<string, unknown>> = [];
  const layout: Record<string, unknown> = baseLayout("Words that moved the score most, per outlet", {
    grid: { rows: 1, columns: Math.max(1, outlets.length), pattern: "independent" },
    width: Math.max(820, 230 * outlets.length),
    height: 520,
    showlegend: false,
    margin: { l: 40, r: 20, t: 80, b: 80 },
  });
  outlets.forEach((o, i) => {
    const list = rows.filter((r) => r.outlet === o).slice().reverse();
    const ax = i === 0 ? "" : String(i + 1);
    data.push({
      type: "bar", orientation: "h", xaxis: `x${ax}`, yaxis: `y${ax}`, y: list.map((r) => r.word), x: list.map((r) => r.total),
      marker: { color: list.map((r) => (r.total < 0 ? colorAt(5) : colorAt(2))) }, text: list.map((r) => `×${r.count}`), hovertemplate: `${o}: %{y} total %{x} (%{text})<extra></extra>`,
    });
    layout[`xaxis${ax}`] = { title: { text: o }, zeroline: true, zerolinecolor: "#999" };
    layout[`yaxis${ax}`] = { automargin: true, tickfont: { size: 11 } };
  });
  return { data, layout };
}
