import { wrapText } from "../charts/labels";
import { Figure } from "../charts/types";
import { FONT, colorAt } from "../charts/theme";
import { STORY_PREFIX } from "./story-figures";
import { OutletComparison, OutletFigure } from "./types";

/** How many metrics the small multiples draw. */
export const MAIN_METRICS = 5;

/** Below this n a dot is drawn hollow: too few observations to compare (as the findings' minN; within stories, 2 stories). */
export const FEW = 5;

/**
 * The five main metrics of a comparison: sentence tone, narration tone, quoted tone, share of voice of
 * the most-quoted side, and the share of the frame most present over all outlets. With several stories
 * and within-story figures, the within-story versions ("story:..."), so unrelated stories are not pooled.
 * Metrics no outlet has are left out.
 */
export function mainMetrics(c: Pick<OutletComparison, "figures" | "stories">): string[] {
  const has = new Set(c.figures.filter((f) => f.value !== null).map((f) => f.metric));
  const within = c.stories > 1 && Array.from(has).some((m) => m.startsWith(STORY_PREFIX));
  const pre = within ? STORY_PREFIX : "";
  const firstOf = (family: string) => c.figures.find((f) => f.metric.startsWith(`${pre}${family}:`) && (within || !f.metric.startsWith(STORY_PREFIX)))?.metric;
  // The frame with the largest mean pooled share over outlets.
  const frameShare = new Map<string, number[]>();
  for (const f of c.figures) if (f.basis === "pooled" && f.metric.startsWith("frame:") && f.value !== null) frameShare.set(f.metric, [...(frameShare.get(f.metric) ?? []), f.value]);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const frame = Array.from(frameShare).sort((a, b) => mean(b[1]) - mean(a[1]))[0]?.[0];
  const wanted = [`${pre}tone`, `${pre}tone:narration`, `${pre}tone:quotes`, firstOf("voice"), frame ? `${pre}${frame}` : undefined];
  return wanted.filter((m): m is string => !!m && has.has(m)).slice(0, MAIN_METRICS);
}

/**
 * Small multiples: one panel per metric (see mainMetrics), the outlets down each panel in the same order
 * and colour (colorAt of the outlet's position), each a dot with its 95% interval; tone panels share one
 * x scale and share panels another (percent, or percentage points within stories). Hover gives the value,
 * interval and n. No metric gives a figure with no traces and a note saying so.
 */
export function overviewChart(c: Pick<OutletComparison, "figures" | "stories" | "outlets">, metrics: readonly string[] = mainMetrics(c)): Figure {
  const outlets = c.outlets;
  const panels = metrics.map((m) => ({ metric: m, list: outlets.map((o) => c.figures.find((f) => f.metric === m && f.outlet === o)) }));
  const k = Math.max(1, panels.length);
  const gap = 0.035;
  const w = (1 - gap * (k - 1)) / k;
  const isShare = (m: string) => c.figures.find((f) => f.metric === m)?.scale === "share";
  const scaleOf = (f: OutletFigure, x: number) => (f.scale === "share" ? 100 * x : x);
  const range = (share: boolean) => {
    const xs = panels.filter((p) => isShare(p.metric) === share).flatMap((p) => p.list.flatMap((f) => (f && f.value !== null ? [f.value, f.low ?? f.value, f.high ?? f.value].map((x) => scaleOf(f, x)) : [])));
    if (!xs.length) return undefined;
    let lo = Math.min(0, ...xs);
    let hi = Math.max(0, ...xs);
    const pad = (hi - lo) * 0.08 || 1;
    if (share && lo >= 0) return [0, hi + pad];
    lo -= pad;
    hi += pad;
    return [lo, hi];
  };
  const scoreRange = range(false);
  const shareRange = range(true);
  const data: Array<Record<string, unknown>> = [];
  const layout: Record<string, unknown> = {};
  const annotations: Array<Record<string, unknown>> = [];
  const shapes: Array<Record<string, unknown>> = [];
  panels.forEach((p, i) => {
    const ax = i === 0 ? "" : String(i + 1);
    const domain = [i * (w + gap), i * (w + gap) + w];
    const share = isShare(p.metric);
    const sample = p.list.find((f) => f);
    const within = sample?.basis === "within-story";
    layout[`xaxis${ax}`] = { domain, anchor: "y", range: share ? shareRange : scoreRange, zeroline: false, ticksuffix: share ? (within ? " pp" : "%") : "", gridcolor: "#eee", automargin: true, tickfont: { size: 12 } };
    shapes.push({ type: "line", xref: `x${ax}`, yref: "paper", x0: 0, x1: 0, y0: 0, y1: 1, line: { color: "#999", width: 1 } });
    annotations.push({ text: `<b>${labelOf(sample, p.metric)}</b>`, xref: "paper", yref: "paper", x: (domain[0] + domain[1]) / 2, xanchor: "center", y: 1, yanchor: "bottom", showarrow: false, font: { size: 12 } });
    p.list.forEach((f, j) => {
      if (!f || f.value === null) return;
      const x = scaleOf(f, f.value);
      const lo = f.low === null ? x : scaleOf(f, f.low);
      const hi = f.high === null ? x : scaleOf(f, f.high);
      data.push({
        type: "scatter", mode: "markers", name: f.outlet, legendgroup: f.outlet, showlegend: i === 0, xaxis: `x${ax}`, yaxis: "y",
        x: [x], y: [f.outlet], marker: { color: colorAt(j), size: 10, symbol: f.n < (f.basis === "within-story" ? 2 : FEW) ? "circle-open" : "circle" },
        error_x: { type: "data", symmetric: false, array: [hi - x], arrayminus: [x - lo], color: colorAt(j), thickness: 1.5, width: 4 },
        hovertemplate: `${escapeLabel(f.outlet)}<br>${escapeLabel(f.label)}: ${escapeLabel(f.display)}<br>n = ${f.n} ${f.unit}<extra></extra>`,
      });
    });
  });
  const title = c.stories > 1 && panels.some((p) => p.metric.startsWith(STORY_PREFIX)) ? "The outlets side by side, within stories: difference from the story mean, 95% intervals" : "The outlets side by side: five main metrics with 95% intervals";
  if (!panels.length) annotations.push({ text: "No metric with values to draw", xref: "paper", yref: "paper", x: 0.5, y: 0.5, showarrow: false });
  return {
    data,
    layout: {
      title: { text: title, x: 0.01, xanchor: "left" },
      font: FONT, paper_bgcolor: "white", plot_bgcolor: "white",
      autosize: true, height: 150 + 32 * Math.max(outlets.length, 2),
      margin: { l: 20, r: 20, t: 110, b: 40 },
      yaxis: { type: "category", autorange: "reversed", automargin: true, categoryorder: "array", categoryarray: outlets },
      showlegend: false, annotations, shapes, ...layout,
    },
  };
}

function labelOf(f: OutletFigure | undefined, metric: string): string {
  const label = f?.label ?? metric;
  return wrapText(escapeLabel(label.replace(/, within stories$/, "").replace(/^share of voice: /, "voice: ")), 18);
}

/** Plotly renders label text as HTML-ish markup: keep article and outlet text literal. */
function escapeLabel(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
