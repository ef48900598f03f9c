import { DEFAULT_SIDE_INFO, SIDE_COLORS, orderedSides, sideColor } from "../actors/sides";
import { SideInfo } from "../actors/types";
import { lineCount, rowsHeight, wrapLabel, wrapText } from "../charts/labels";
import { PERCENT_AXIS } from "../charts/scale";
import { MIN_FONT_SIZE, OutletChartOptions, chartLayout, outletScale } from "../charts/theme";
import { Figure } from "../charts/types";
import { CUE_STANCES, STANCE_LABELS } from "./cues";
import { CueUse, SideVoice, SpeakerVoice } from "./voices";

export { SIDE_COLORS };

/**
 * Share of voice: one horizontal bar per outlet, split by side, by share of the outlet's quoted words
 * (axis and hover in %); hover gives quotes and words. The tick label gives each outlet's total quotes.
 * `sides`: the registry's sides (`registry.sides`), which give the order, labels and colours; or, as
 * before registries had sides of their own, an object of labels by side id with the default sides'
 * order. Default: the default sides, labelled by id. A side in the rows that `sides` lacks comes last,
 * labelled by its id. Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function shareOfVoiceChart(rows: readonly SideVoice[], sides: readonly SideInfo[] | Readonly<Record<string, string>> = DEFAULT_SIDE_INFO, options: OutletChartOptions = {}): Figure {
  const infos: readonly SideInfo[] = Array.isArray(sides) ? sides : DEFAULT_SIDE_INFO.map((s) => ({ id: s.id, label: (sides as Readonly<Record<string, string>>)[s.id] ?? s.id }));
  const { outlets } = outletScale(rows.map((r) => r.outlet), options.outlets);
  const totals = new Map(outlets.map((o) => [o, rows.filter((r) => r.outlet === o).reduce((s, r) => s + r.quotes, 0)]));
  const y = outlets.map((o) => `${wrapLabel(o)}<br>(${totals.get(o)} quotes)`);
  const data = orderedSides(rows.map((r) => r.side), infos).map(({ id: side, label }) => {
    const cells = outlets.map((o) => rows.find((r) => r.outlet === o && r.side === side));
    return {
      type: "bar", orientation: "h", name: label, y, x: cells.map((c) => (c ? c.shareOfVoice * 100 : 0)),
      marker: { color: sideColor(side, infos) }, text: cells.map((c) => (c && c.shareOfVoice >= 0.06 ? `${Math.round(c.shareOfVoice * 100)}%` : "")), textposition: "inside", textfont: { size: MIN_FONT_SIZE },
      customdata: cells.map((c) => (c ? `${c.quotes} quotes, ${c.words} words (${c.direct} direct, ${c.partial} partial, ${c.indirect} reported)` : "none")),
      hovertemplate: `${label}: %{x:.0f}% of quoted words<br>%{customdata}<extra>%{y}</extra>`,
    };
  });
  const quotes = Array.from(totals.values()).reduce((a, b) => a + b, 0);
  const few = Math.min(...totals.values()) < 100;
  return {
    data,
    layout: chartLayout(
      "Share of voice: quoted words by side",
      `${quotes} quotes in ${outlets.length} outlet(s): direct, partial and reported; the tick label gives each outlet's quotes.${few ? " With a few dozen quotes per outlet, one long quote can move a share by 10 points." : ""}`,
      {
        barmode: "stack",
        uniformtext: { mode: "hide", minsize: MIN_FONT_SIZE },
        xaxis: { title: { text: "share of the outlet's quoted words" }, range: [0, 100], ...PERCENT_AXIS },
        yaxis: { automargin: true, autorange: "reversed" },
        legend: { orientation: "h", y: -0.12, yanchor: "top" },
        margin: { b: 90 },
      },
      { plotHeight: rowsHeight(y, 44) },
    ),
  };
}

/** Speakers speakerWordsChart shows by default. */
export const TOP_SPEAKERS = 20;

/**
 * Quoted words by speaker (the `top` (20) speakers overall by quoted words), stacked by outlet, one
 * colour per outlet; the speaker's side in brackets, long names wrapped. `options` may be the number of
 * speakers (the older call) or { top, outlets } (see OutletChartOptions). Empty input: no bars.
 */
export function speakerWordsChart(rows: readonly SpeakerVoice[], options: number | (OutletChartOptions & { top?: number }) = {}): Figure {
  const { top = TOP_SPEAKERS, outlets: order } = typeof options === "number" ? { top: options, outlets: undefined } : options;
  if (!(Number.isInteger(top) && top >= 1)) throw new Error(`speakerWordsChart: top must be a whole number of speakers, at least 1; got ${top}`);
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.speaker, (totals.get(r.speaker) ?? 0) + r.words);
  const speakers = Array.from(totals).sort((a, b) => b[1] - a[1]).slice(0, top).map(([s]) => s);
  const scale = outletScale(rows.map((r) => r.outlet), order);
  const sideOf = new Map(rows.map((r) => [r.speaker, r.side]));
  const labels = speakers.map((s) => wrapLabel(`${s} [${sideOf.get(s)}]`, 28));
  const quotes = rows.filter((r) => speakers.includes(r.speaker)).reduce((s, r) => s + r.quotes, 0);
  return {
    data: scale.outlets.map((o) => ({
      type: "bar", orientation: "h", name: wrapLabel(o, 30), y: labels, x: speakers.map((s) => rows.find((r) => r.outlet === o && r.speaker === s)?.words ?? 0),
      customdata: speakers.map((s) => rows.find((r) => r.outlet === o && r.speaker === s)?.quotes ?? 0),
      marker: { color: scale.color(o) }, hovertemplate: `${o}: %{x} words in %{customdata} quote(s)<extra>%{y}</extra>`,
    })),
    layout: chartLayout(
      `Quoted words by speaker: the ${speakers.length} most-quoted`,
      `${quotes} quotes by these ${speakers.length} of ${totals.size} speakers, stacked by outlet; the speaker's side in brackets.`,
      { barmode: "stack", yaxis: { automargin: true, autorange: "reversed" }, xaxis: { title: { text: "quoted words" } }, legend: { orientation: "h", y: -0.08, yanchor: "top", traceorder: "normal" }, margin: { b: 110 } },
      { plotHeight: rowsHeight(labels) },
    ),
  };
}

/**
 * Heatmap of how each side is introduced: rows outlet · side (outlets in corpus order), columns the cue
 * stances, cells the number of quotes (verbs on hover). Only stances and rows with at least one quote
 * are drawn, and empty cells are left blank, so the few stances that occur stand out. Empty input gives
 * an empty heatmap.
 */
export function cueStanceHeatmap(rows: readonly CueUse[], options: OutletChartOptions = {}): Figure {
  const used = rows.filter((r) => r.count > 0);
  const { outlets } = outletScale(used.map((r) => r.outlet), options.outlets);
  const sides = Array.from(new Set(used.map((r) => r.side)));
  const keys = outlets.flatMap((o) => sides.filter((s) => used.some((r) => r.outlet === o && r.side === s)).map((s) => ({ outlet: o, side: s })));
  const stances = [...CUE_STANCES, "none"].filter((s) => used.some((r) => r.stance === s));
  const cell = (k: { outlet: string; side: string }, s: string) => used.find((r) => r.outlet === k.outlet && r.side === k.side && r.stance === s);
  const y = keys.map((k) => wrapLabel(`${k.outlet} · ${k.side}`, 24));
  const x = stances.map((s) => wrapText(s === "none" ? "no verb (colon, continued)" : STANCE_LABELS[s as keyof typeof STANCE_LABELS], 14));
  const total = used.reduce((s, r) => s + r.count, 0);
  const xLines = Math.max(1, ...x.map(lineCount));
  return {
    data: [{
      type: "heatmap", x, y,
      z: keys.map((k) => stances.map((s) => cell(k, s)?.count ?? 0)), text: keys.map((k) => stances.map((s) => String(cell(k, s)?.count ?? ""))),
      customdata: keys.map((k) => stances.map((s) => cell(k, s)?.cues ?? "")), texttemplate: "%{text}", textfont: { size: MIN_FONT_SIZE }, colorscale: [[0, "#ffffff"], [1e-9, "#eaf2fa"], [1, "#0072B2"]], zmin: 0, xgap: 1, ygap: 1,
      hovertemplate: "%{y}<br>%{x}: %{z} quote(s)<br>%{customdata}<extra></extra>", showscale: false,
    }],
    layout: chartLayout(
      "Which verbs introduce each side",
      `${total} quotes. Rows: outlet · side, columns: the ${stances.length} of ${CUE_STANCES.length + 1} ways of introducing a quote that occur; cells count quotes, hover for the verbs.`,
      { yaxis: { automargin: true, autorange: "reversed" }, xaxis: { automargin: true, side: "top", tickangle: 0 }, margin: { l: 70, r: 30, b: 30 } },
      { above: 17 * xLines + 12, plotHeight: rowsHeight(y, 28) },
    ),
  };
}
