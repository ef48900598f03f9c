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
      // Above the plot, right of the title: below it the legend would meet the axis title on short charts.
      legend: { orientation: "h", x: 1, xanchor: "right", y: 1.1, yanchor: "bottom" },
      margin: { l: 70, r: 30, t: 100, b: 60 },
      xaxis: { title: { text: scale === "share" ? "difference from the story mean (percentage points)" : "difference from the story mean (mean sentence score)" }, zeroline: true, zerolinecolor: "#888", automargin: true },
      yaxis: { autorange: "reversed", automargin: true, type: "category" },
      height: Math.max(300, 160 + 26 * metrics.length * Math.max(1, Math.min(units.length, 4))),
      annotations: [{ ...NOTE, y: 1.02, yanchor: "bottom", text: rows.length === 0 ? "No metric could be compared within a story: each story needs two outlets." : `Bars: 95% intervals from resampling stories (up to ${stories}; none below 2, rough below 10). Hover for counts.` }],
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

/**
 * One story at a time (a menu picks the story): each outlet's value of the score metrics (left, mean
 * sentence score) and of the share metrics (right, in %), as grouped bars. Stories by articles, at most
 * HEATMAP_STORIES. The story's own numbers, not differences: read them beside the story's other outlets.
 */
export function storyPickerChart(rows: readonly StoryMetric[], metrics: ReadonlyArray<{ id: string; label: string; scale: "score" | "share" }>): Figure {
  const outletRows = rows.filter((r) => r.level === "outlet");
  const outlets = Array.from(new Set(outletRows.map((r) => r.outlet)));
  const articles = new Map<string, number>();
  const counted = new Set<string>();
  for (const r of outletRows) {
    if (counted.has(`${r.story}\u0000${r.outlet}`)) continue;
    counted.add(`${r.story}\u0000${r.outlet}`);
    articles.set(r.story, (articles.get(r.story) ?? 0) + r.articles);
  }
  const order = Array.from(articles.keys());
  const stories = order.slice().sort((a, b) => articles.get(b)! - articles.get(a)! || order.indexOf(a) - order.indexOf(b)).slice(0, HEATMAP_STORIES);
  const byCell = new Map(outletRows.map((r) => [`${r.story}\u0000${r.outlet}\u0000${r.metric}`, r]));
  const panels = (["score", "share"] as const).map((scale) => metrics.filter((m) => m.scale === scale)).filter((ms) => ms.length > 0);
  // For each story, the y values of every trace (outlet × panel), in trace order.
  const ys = (story: string) => outlets.flatMap((o) => panels.map((ms) => ms.map((m) => {
    const r = byCell.get(`${story}\u0000${o}\u0000${m.id}`);
    return r ? (m.scale === "share" ? r.value * 100 : r.value) : null;
  })));
  const texts = (story: string) => outlets.flatMap((o) => panels.map((ms) => ms.map((m) => {
    const r = byCell.get(`${story}\u0000${o}\u0000${m.id}`);
    return r ? `n=${r.n} ${r.unit}, ${r.articles} article(s)` : "not covered";
  })));
  const first = stories[0];
  const data = outlets.flatMap((o, i) => panels.map((ms, p) => ({
    type: "bar", name: o, legendgroup: o, showlegend: p === 0, marker: { color: colorAt(i) },
    x: ms.map((m) => m.label), y: first === undefined ? [] : ys(first)[i * panels.length + p], text: first === undefined ? [] : texts(first)[i * panels.length + p],
    xaxis: p === 0 ? "x" : "x2", yaxis: p === 0 ? "y" : "y2",
    hovertemplate: `${o}: %{x} %{y:.2f}${panels[p][0].scale === "share" ? "%" : ""}<br>%{text}<extra></extra>`, textposition: "none",
  })));
  const title = (s: string) => outletRows.find((r) => r.story === s && r.storyTitle)?.storyTitle || s;
  const two = panels.length === 2;
  return {
    data,
    layout: baseLayout(first === undefined ? "One story at a time" : `One story at a time: ${title(first)}`, {
      barmode: "group",
      ...(two ? { grid: { rows: 1, columns: 2, pattern: "independent" }, xaxis: { domain: [0, 0.36], automargin: true, tickangle: -35 }, xaxis2: { domain: [0.46, 1], automargin: true, tickangle: -35 } } : { xaxis: { automargin: true, tickangle: -35 } }),
      yaxis: { title: { text: panels[0]?.[0]?.scale === "share" ? "% of the outlet's" : "mean sentence score" }, zeroline: true, zerolinecolor: "#888" },
      ...(two ? { yaxis2: { title: { text: "%" }, rangemode: "tozero" } } : {}),
      height: 560,
      margin: { l: 70, r: 30, t: 150, b: 190 },
      legend: { orientation: "h", y: -0.6 },
      updatemenus: stories.length > 1 ? [{ type: "dropdown", x: 0, xanchor: "left", y: 1.16, yanchor: "bottom", buttons: stories.map((s) => ({ label: title(s).length > 50 ? `${title(s).slice(0, 49)}…` : title(s), method: "update", args: [{ y: ys(s), text: texts(s) }, { "title.text": `One story at a time: ${title(s)}` }] })) }] : [],
      annotations: [{ ...NOTE, y: 1.04, yanchor: "bottom", text: `${stories.length} of ${order.length} stories in the menu, largest first. Hover for n; no bar: not covered, or nothing to count.` }],
    }),
  };
}
