import { baseLayout, colorAt } from "../charts/theme";
import { Figure } from "../charts/types";
import { StoryMetric } from "./cells";
import { OutletEffect } from "./effects";

const NOTE = { xref: "paper", yref: "paper", x: 0, xanchor: "left", showarrow: false, font: { size: 11, color: "#555" } };

/** Stories shown at most in a story × outlet heatmap (those with the most articles); the CSV has all. */
export const HEATMAP_STORIES = 60;

/**
 * Within-story effects with their intervals over stories, one row per metric and one colour per outlet
 * (or group): a dot left of 0 means below the story mean in the stories it covers. `scale` picks the
 * metrics drawn: "score" (tone, in lexicon points) or "share" (in percentage points). Rows without an
 * effect are left out; no rows gives an empty chart with a note.
 */
export function storyEffectsChart(effects: readonly OutletEffect[], scale: "score" | "share", title: string): Figure {
  const rows = effects.filter((e) => e.effect !== null);
  const metrics = Array.from(new Set(rows.map((e) => e.label)));
  const units = Array.from(new Set(rows.map((e) => e.outlet)));
  const k = scale === "share" ? 100 : 1;
  const data = units.map((u, i) => {
    const list = rows.filter((e) => e.outlet === u);
    return {
      type: "scatter", mode: "markers", name: u, orientation: "h",
      y: list.map((e) => e.label), x: list.map((e) => (e.effect as number) * k),
      error_x: { type: "data", symmetric: false, array: list.map((e) => (e.high === null ? 0 : (e.high - (e.effect as number)) * k)), arrayminus: list.map((e) => (e.low === null ? 0 : ((e.effect as number) - e.low) * k)), color: colorAt(i), thickness: 1.5, width: 4 },
      marker: { color: colorAt(i), size: 9 },
      offsetgroup: u,
      text: list.map((e) => `${e.stories} stories; highest in ${e.highest}, lowest in ${e.lowest}`),
      hovertemplate: `${u}: %{y}<br>%{x:.2f}${scale === "share" ? " points" : ""} from the story mean<br>%{text}<extra></extra>`,
    };
  });
  const stories = Math.max(0, ...rows.map((e) => e.stories));
  return {
    data,
    layout: baseLayout(title, {
      scattermode: "group",
      xaxis: { title: { text: scale === "share" ? "difference from the story mean (percentage points)" : "difference from the story mean (mean sentence score)" }, zeroline: true, zerolinecolor: "#888", automargin: true },
      yaxis: { autorange: "reversed", automargin: true, type: "category" },
      height: Math.max(260, 110 + 26 * metrics.length * Math.max(1, Math.min(units.length, 4))),
      annotations: [{ ...NOTE, y: 1.06, text: rows.length === 0 ? "No metric could be compared within a story: each story needs two outlets." : `Bars: 95% intervals from resampling stories (up to ${stories}; none below 2, rough below 10). Hover for counts.` }],
    }),
  };
}

/**
 * Story × outlet heatmap of each metric in `metrics` (a dropdown switches between them): colour is the
 * outlet's difference from the story mean, the cell text its value and n. Stories by articles, at most
 * HEATMAP_STORIES of them (the caption of the figure says so when more were left out).
 */
export function storyHeatmap(rows: readonly StoryMetric[], metrics: ReadonlyArray<{ id: string; label: string; scale: "score" | "share" }>): Figure {
  const outletRows = rows.filter((r) => r.level === "outlet");
  const outlets = Array.from(new Set(outletRows.map((r) => r.outlet)));
  const size = new Map<string, number>();
  const seen = new Map<string, Set<string>>();
  for (const r of outletRows) {
    const s = seen.get(r.story) ?? new Set<string>();
    if (!s.has(r.outlet)) size.set(r.story, (size.get(r.story) ?? 0) + r.articles);
    s.add(r.outlet);
    seen.set(r.story, s);
  }
  const allStories = Array.from(size.keys());
  const stories = allStories.slice().sort((a, b) => size.get(b)! - size.get(a)! || allStories.indexOf(a) - allStories.indexOf(b)).slice(0, HEATMAP_STORIES);
  const storyLabel = (s: string) => {
    const t = outletRows.find((r) => r.story === s)?.storyTitle;
    return t ? `${t.length > 40 ? t.slice(0, 39) + "…" : t}` : s;
  };
  const layers = metrics.map((m) => {
    const byCell = new Map(outletRows.filter((r) => r.metric === m.id).map((r) => [`${r.story}\u0000${r.outlet}`, r]));
    const k = m.scale === "share" ? 100 : 1;
    const z = stories.map((s) => {
      const vals = outlets.map((o) => byCell.get(`${s}\u0000${o}`)?.value);
      const present = vals.filter((v): v is number => v !== undefined);
      const mean = present.length >= 2 ? present.reduce((a, b) => a + b, 0) / present.length : null;
      return vals.map((v) => (v === undefined || mean === null ? null : (v - mean) * k));
    });
    const text = stories.map((s) => outlets.map((o) => {
      const r = byCell.get(`${s}\u0000${o}`);
      return r ? `${m.scale === "share" ? `${(r.value * 100).toFixed(0)}%` : r.value.toFixed(2)} (n=${r.n})` : "";
    }));
    return { z, text, label: m.label };
  });
  const first = layers[0] ?? { z: [], text: [], label: "" };
  const labels = stories.map(storyLabel);
  const more = allStories.length - stories.length;
  return {
    data: [{ type: "heatmap", x: outlets, y: labels, z: first.z, text: first.text, texttemplate: stories.length <= 30 ? "%{text}" : "", colorscale: "RdBu", reversescale: true, zmid: 0, colorbar: { title: { text: "vs story mean" } }, hovertemplate: "%{y}<br>%{x}: %{text}<br>%{z:.2f} from the story mean<extra></extra>", xgap: 1, ygap: 1 }],
    layout: baseLayout("Story by story: each outlet against the story mean", {
      yaxis: { autorange: "reversed", automargin: true, type: "category" },
      xaxis: { automargin: true, side: "top" },
      height: Math.max(300, 160 + 22 * stories.length),
      margin: { l: 220, r: 30, t: 130, b: 60 },
      updatemenus: layers.length > 1 ? [{ type: "dropdown", x: 1, xanchor: "right", y: 1, yanchor: "bottom", pad: { b: 40 }, buttons: layers.map((l) => ({ label: l.label, method: "restyle", args: [{ z: [l.z], text: [l.text] }] })) }] : [],
      annotations: [{ ...NOTE, y: -0.08, yanchor: "top", text: `Blue above, red below the mean of the outlets covering the story (shares in percentage points). Empty: the outlet did not cover the story, or it alone did.${more > 0 ? ` ${more} smaller stories are left out here; stories.csv has them all.` : ""}` }],
    }),
  };
}
