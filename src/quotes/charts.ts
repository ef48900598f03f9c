import { DEFAULT_SIDE_INFO, SIDE_COLORS, orderedSides, sideColor } from "../actors/sides";
import { SideInfo } from "../actors/types";
import { baseLayout } from "../charts/theme";
import { Figure } from "../charts/types";
import { CUE_STANCES, STANCE_LABELS } from "./cues";
import { CueUse, SideVoice, SpeakerVoice } from "./voices";

export { SIDE_COLORS };

/**
 * Share of voice: one horizontal bar per outlet, split by side, by share of the outlet's quoted words;
 * hover gives quotes and words. The axis label gives each outlet's total quotes. `sides`: the registry's
 * sides (`registry.sides`), which give the order, labels and colours; or, as before registries had sides
 * of their own, an object of labels by side id with the default sides' order. Default: the default
 * sides, labelled by id. A side in the rows that `sides` lacks comes last, labelled by its id.
 */
export function shareOfVoiceChart(rows: readonly SideVoice[], sides: readonly SideInfo[] | Readonly<Record<string, string>> = DEFAULT_SIDE_INFO): Figure {
  const infos: readonly SideInfo[] = Array.isArray(sides) ? sides : DEFAULT_SIDE_INFO.map((s) => ({ id: s.id, label: (sides as Readonly<Record<string, string>>)[s.id] ?? s.id }));
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const totals = new Map(outlets.map((o) => [o, rows.filter((r) => r.outlet === o).reduce((s, r) => s + r.quotes, 0)]));
  const y = outlets.map((o) => `${o} (${totals.get(o)} quotes)`);
  const data = orderedSides(rows.map((r) => r.side), infos).map(({ id: side, label }) => {
    const cells = outlets.map((o) => rows.find((r) => r.outlet === o && r.side === side));
    return {
      type: "bar", orientation: "h", name: label, y, x: cells.map((c) => (c ? c.shareOfVoice * 100 : 0)),
      marker: { color: sideColor(side, infos) }, text: cells.map((c) => (c && c.shareOfVoice >= 0.06 ? `${Math.round(c.shareOfVoice * 100)}%` : "")), textposition: "inside",
      customdata: cells.map((c) => (c ? `${c.quotes} quotes, ${c.words} words (${c.direct} direct, ${c.partial} partial, ${c.indirect} reported)` : "none")),
      hovertemplate: `${label}: %{x:.0f}% of quoted words<br>%{customdata}<extra>%{y}</extra>`,
    };
  });
  return {
    data,
    layout: baseLayout("Share of voice: quoted words by side", {
      barmode: "stack",
      xaxis: { title: { text: "% of the outlet's quoted words" }, range: [0, 100] },
      yaxis: { automargin: true, autorange: "reversed" },
      annotations: [{ xref: "paper", yref: "paper", x: 0, y: 1.08, xanchor: "left", showarrow: false, font: { size: 11, color: "#555" }, text: Math.min(...totals.values()) < 100 ? "Direct, partial and reported quotes. With a few dozen quotes per outlet, one long quote can move a share by 10 points." : "Direct, partial and reported quotes; the label gives each outlet's number of quotes." }],
    }),
  };
}

/** Quoted words by speaker (the `top` speakers overall), stacked by outlet. */
export function speakerWordsChart(rows: readonly SpeakerVoice[], top = 20): Figure {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.speaker, (totals.get(r.speaker) ?? 0) + r.words);
  const speakers = Array.from(totals).sort((a, b) => b[1] - a[1]).slice(0, top).map(([s]) => s);
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const sideOf = new Map(rows.map((r) => [r.speaker, r.side]));
  const label = (s: string) => `${s} [${sideOf.get(s)}]`;
  return {
    data: outlets.map((o, i) => ({
      type: "bar", orientation: "h", name: o, y: speakers.map(label), x: speakers.map((s) => rows.find((r) => r.outlet === o && r.speaker === s)?.words ?? 0),
      marker: { color: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"][i % 7] }, hovertemplate: `${o}: %{x} words<extra>%{y}</extra>`,
    })),
    layout: baseLayout("Quoted words by speaker", { barmode: "stack", height: 160 + 26 * speakers.length, yaxis: { automargin: true, autorange: "reversed" }, xaxis: { title: { text: "quoted words" } } }),
  };
}

/** Heatmap of how each side is introduced: rows outlet · side, columns cue stance, cells count (verbs on hover). */
export function cueStanceHeatmap(rows: readonly CueUse[]): Figure {
  const keys = Array.from(new Set(rows.map((r) => `${r.outlet} · ${r.side}`)));
  const stances = [...CUE_STANCES, "none"] as const;
  const cell = (k: string, s: string) => rows.find((r) => `${r.outlet} · ${r.side}` === k && r.stance === s);
  return {
    data: [{
      type: "heatmap", x: stances.map((s) => (s === "none" ? "no verb (colon, continued)" : STANCE_LABELS[s])), y: keys,
      z: keys.map((k) => stances.map((s) => cell(k, s)?.count ?? 0)), text: keys.map((k) => stances.map((s) => cell(k, s)?.cues ?? "")),
      texttemplate: "%{z}", colorscale: [[0, "#ffffff"], [1, "#0072B2"]], hovertemplate: "%{y}<br>%{x}: %{z}<br>%{text}<extra></extra>", showscale: false,
    }],
    layout: baseLayout("Which verbs introduce each side", { height: 140 + 22 * keys.length, width: 980, yaxis: { automargin: true, autorange: "reversed", tickfont: { size: 11 } }, xaxis: { automargin: true, tickfont: { size: 11 } }, margin: { l: 160, r: 30, t: 70, b: 140 } }),
  };
}
