import { wrapLabel } from "../charts/labels";
import { PERCENT_AXIS } from "../charts/scale";
import { OutletChartOptions, chartLayout, outletScale } from "../charts/theme";
import { Figure } from "../charts/types";
import { FRAMES } from "./lexicon";
import { FrameShare } from "./detect";

/**
 * Share of each outlet's sentences carrying each frame (in %, one colour per outlet), grouped by frame,
 * with 95% Wilson intervals. Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function frameSharesChart(rows: readonly FrameShare[], options: OutletChartOptions = {}): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  const n = scale.outlets.map((o) => rows.find((r) => r.outlet === o)?.n ?? 0);
  return {
    data: scale.outlets.map((o) => {
      const cells = FRAMES.map((f) => rows.find((r) => r.outlet === o && r.frame === f));
      return {
        type: "bar", name: wrapLabel(o, 30), x: [...FRAMES], y: cells.map((c) => (c ? 100 * c.share : 0)), marker: { color: scale.color(o) },
        error_y: { type: "data", symmetric: false, array: cells.map((c) => (c ? 100 * (c.high - c.share) : 0)), arrayminus: cells.map((c) => (c ? 100 * (c.share - c.low) : 0)), color: "#444", thickness: 1 },
        customdata: cells.map((c) => (c ? `${c.sentences} of ${c.n} sentences; ${c.topIndicators}` : "")), hovertemplate: `${o}: %{y:.0f}%<br>%{customdata}<extra>%{x}</extra>`,
      };
    }),
    layout: chartLayout(
      "Generic news frames: share of sentences carrying each frame",
      `${n.reduce((a, b) => a + b, 0)} sentences (${scale.outlets.map((o, i) => `${o} ${n[i]}`).join(", ")}). Semetko & Valkenburg (2000) frames by indicator words; a sentence may carry several. Overlapping intervals: no difference shown.`,
      { barmode: "group", yaxis: { title: { text: "share of sentences (95% interval)" }, rangemode: "tozero", ...PERCENT_AXIS }, xaxis: { automargin: true }, legend: { orientation: "h", y: -0.15, yanchor: "top" }, margin: { b: 100 } },
    ),
  };
}
