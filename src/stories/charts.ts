import { lineCount, rowsHeight, shortLabel, wrapLabel } from "../charts/labels";
import { PERCENT_AXIS } from "../charts/scale";
import { MIN_FONT_SIZE, OutletChartOptions, chartLayout, outletScale, titleText } from "../charts/theme";
import { Figure } from "../charts/types";
import { StoryMetric } from "./cells";
import { OutletEffect } from "./effects";

/** Stories shown at most in a story × outlet heatmap (those with the most articles); the CSV has all. */
export const HEATMAP_STORIES = 60;

/**
 * Within-story effects with their intervals over stories, one row per metric and one colour per outlet
 * (or group): a dot left of 0 means below the story mean in the stories it covers. `scale` picks the
 * metrics drawn: "score" (tone, in lexicon points) or "share" (in percentage points). Rows without an
 * effect are left out; no rows gives an empty chart with a note. Options: `outlets`, the corpus's outlet
 * order (see OutletChartOptions; groups not in it come after, as the effects give them).
 */
export function storyEffectsChart(effects: readonly OutletEffect[], scale: "score" | "share", title: string, options: OutletChartOptions = {}): Figure {
  const rows = effects.filter((e) => e.effect !== null);
  const metrics = Array.from(new Set(rows.map((e) => e.label)));
  const colors = outletScale(rows.map((e) => e.outlet), options.outlets);
  const units = colors.outlets;
  const k = scale === "share" ? 100 : 1;
  const data = units.map((u) => {
    const list = rows.filter((e) => e.outlet === u);
    return {
      type: "scatter", mode: "markers", name: wrapLabel(u, 30), orientation: "h",
      y: list.map((e) => wrapLabel(e.label, 24)), x: list.map((e) => (e.effect as number) * k),
      error_x: { type: "data", symmetric: false, array: list.map((e) => (e.high === null ? 0 : (e.high - (e.effect as number)) * k)), arrayminus: list.map((e) => (e.low === null ? 0 : ((e.effect as number) - e.low) * k)), color: colors.color(u), thickness: 1.5, width: 4 },
      marker: { color: colors.color(u), size: 9, line: { color: "#333", width: 1 } },
      offsetgroup: u,
      text: list.map((e) => `${e.stories} stories; highest in ${e.highest}, lowest in ${e.lowest}`),
      hovertemplate: `${u}: %{y}<br>%{x:.${scale === "share" ? 1 : 2}f}${scale === "share" ? " percentage points" : ""} from the story mean<br>%{text}<extra></extra>`,
    };
  });
  const stories = Math.max(0, ...rows.map((e) => e.stories));
  const labels = metrics.map((m) => wrapLabel(m, 24));
  return {
    data,
    layout: chartLayout(title, rows.length === 0 ? "No metric could be compared within a story: each story needs two outlets." : `Up to ${stories} stories per dot. Bars: 95% intervals from resampling stories (none below 2, rough below 10). Hover for counts.`, {
      scattermode: "group",
      legend: { orientation: "h", yref: "container", y: 0, yanchor: "bottom" },
      margin: { l: 70, r: 30, b: 110 },
      xaxis: { title: { text: scale === "share" ? "difference from the story mean (percentage points)" : "difference from the story mean (mean sentence score)" }, zeroline: true, zerolinecolor: "#888", automargin: true, ...(scale === "share" ? { ticksuffix: " pts" } : {}) },
      yaxis: { autorange: "reversed", automargin: true, type: "category" },
    }, { plotHeight: Math.max(160, rowsHeight(labels) * Math.max(1, Math.min(units.length, 4))) }),
  };
}

/**
 * Story × outlet heatmap of each metric in `metrics` (a dropdown switches between them): colour is the
 * outlet's difference from the story mean, the cell text its value and n. Stories by articles, at most
 * HEATMAP_STORIES of them (the caption of the figure says so when more were left out).
 */
export function storyHeatmap(rows: readonly StoryMetric[], metrics: ReadonlyArray<{ id: string; label: string; scale: "score" | "share" }>, options: OutletChartOptions = {}): Figure {
  const outletRows = rows.filter((r) => r.level === "outlet");
  const { outlets } = outletScale(outletRows.map((r) => r.outlet), options.outlets);
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
  const fullTitle = (s: string) => outletRows.find((r) => r.story === s && r.storyTitle)?.storyTitle || s;
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
    const hovertemplate = `%{customdata}<br>%{x}: %{text}<br>%{z:.${m.scale === "share" ? "1" : "2"}f}${m.scale === "share" ? " percentage points" : ""} from the story mean<extra></extra>`;
    return { z, text, label: m.label, hovertemplate };
  });
  const first = layers[0] ?? { z: [], text: [], label: "", hovertemplate: "" };
  // Story titles shortened to 40 characters on the axis (distinct ones kept distinct), in full on hover.
  const titles = stories.map(fullTitle);
  const shortTitles = titles.map((t) => shortLabel(t, 40));
  const labels = shortTitles.map((t, i) => (shortTitles.indexOf(t) !== i || shortTitles.lastIndexOf(t) !== i ? `${t} (${stories[i]})` : t));
  const x = outlets.map((o) => wrapLabel(o, 14));
  const xLines = Math.max(1, ...x.map(lineCount));
  const more = allStories.length - stories.length;
  const articles = Array.from(size.values()).reduce((a, b) => a + b, 0);
  return {
    data: [{ type: "heatmap", x, y: labels, z: first.z, text: first.text, customdata: titles.map((t) => outlets.map(() => t)), texttemplate: stories.length <= 30 ? "%{text}" : "", textfont: { size: MIN_FONT_SIZE }, colorscale: "RdBu", reversescale: true, zmid: 0, colorbar: { title: { text: "vs story mean" }, tickfont: { size: MIN_FONT_SIZE } }, hovertemplate: first.hovertemplate, xgap: 1, ygap: 1 }],
    layout: chartLayout("Story by story: each outlet against the story mean", `${stories.length} of ${allStories.length} stories, ${articles} articles. Blue above, red below the mean of the outlets covering the story (shares in percentage points). Empty: the outlet did not cover the story, or it alone did.${more > 0 ? ` ${more} smaller stories are left out here; stories.csv has them all.` : ""}`, {
      yaxis: { autorange: "reversed", automargin: true, type: "category" },
      xaxis: { automargin: true, side: "top", tickangle: 0 },
      margin: { l: 70, r: 30, b: 30 },
      updatemenus: layers.length > 1 ? [{ type: "dropdown", x: 1, xanchor: "right", y: 1, yanchor: "bottom", pad: { b: 17 * xLines + 16 }, font: { size: MIN_FONT_SIZE }, buttons: layers.map((l) => ({ label: l.label, method: "restyle", args: [{ z: [l.z], text: [l.text], hovertemplate: [l.hovertemplate] }] })) }] : [],
    }, { above: 17 * xLines + 12 + (layers.length > 1 ? 40 : 0), plotHeight: Math.max(140, rowsHeight(labels, stories.length <= 30 ? 40 : 22)) }),
  };
}

/**
 * One story at a time (a menu picks the story): each outlet's value of the score metrics (left, mean
 * sentence score) and of the share metrics (right, in %), as grouped bars. Stories by articles, at most
 * HEATMAP_STORIES. The story's own numbers, not differences: read them beside the story's other outlets.
 */
export function storyPickerChart(rows: readonly StoryMetric[], metrics: ReadonlyArray<{ id: string; label: string; scale: "score" | "share" }>, options: OutletChartOptions = {}): Figure {
  const outletRows = rows.filter((r) => r.level === "outlet");
  const colors = outletScale(outletRows.map((r) => r.outlet), options.outlets);
  const outlets = colors.outlets;
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
    type: "bar", name: wrapLabel(o, 30), legendgroup: o, showlegend: p === 0, marker: { color: colors.color(o) },
    x: ms.map((m) => wrapLabel(m.label, 10)), y: first === undefined ? [] : ys(first)[i * panels.length + p], text: first === undefined ? [] : texts(first)[i * panels.length + p],
    xaxis: p === 0 ? "x" : "x2", yaxis: p === 0 ? "y" : "y2",
    hovertemplate: `${o}: %{x} %{y:.2f}${panels[p][0].scale === "share" ? "%" : ""}<br>%{text}<extra></extra>`, textposition: "none",
  })));
  const title = (s: string) => outletRows.find((r) => r.story === s && r.storyTitle)?.storyTitle || s;
  const two = panels.length === 2;
  const heading = (s: string) => `One story at a time: ${shortLabel(title(s), 60)}`;
  const shareAxis = { title: { text: "share" }, rangemode: "tozero", ...PERCENT_AXIS };
  const scoreAxis = { title: { text: "mean sentence score" }, zeroline: true, zerolinecolor: "#888" };
  const articleCount = Array.from(articles.values()).reduce((a, b) => a + b, 0);
  const note = `${stories.length} of ${order.length} stories in the menu, largest first (${articleCount} articles in all). Hover for n; no bar: not covered, or nothing to count.`;
  const layout = chartLayout(first === undefined ? "One story at a time" : heading(first), note, {
    barmode: "group",
    ...(two ? { xaxis: { domain: [0, 0.4], automargin: true, tickangle: 0 }, xaxis2: { domain: [0.55, 1], automargin: true, tickangle: 0, anchor: "y2" } } : { xaxis: { automargin: true, tickangle: 0 } }),
    yaxis: panels[0]?.[0]?.scale === "share" ? shareAxis : scoreAxis,
    ...(two ? { yaxis2: { ...shareAxis, anchor: "x2" } } : {}),
    height: 540,
    margin: { l: 70, r: 30, b: 110 },
    legend: { orientation: "h", yref: "container", y: 0, yanchor: "bottom" },
    updatemenus: stories.length > 1 ? [{ type: "dropdown", x: 0, xanchor: "left", y: 1, yanchor: "bottom", pad: { b: 12 }, font: { size: MIN_FONT_SIZE }, buttons: stories.map((s) => ({ label: shortLabel(title(s), 50), method: "update", args: [{ y: ys(s), text: texts(s) }, { "title.text": titleText(heading(s), note) }] })) }] : [],
  }, { above: stories.length > 1 ? 52 : 16 });
  return { data, layout };
}
