import { baseLayout, colorAt } from "../charts/theme";
import { Figure } from "../charts/types";
import { FRAMES } from "./lexicon";
import { FrameShare } from "./detect";

/** Share of each outlet's sentences carrying each frame, grouped by frame, with 95% Wilson intervals. */
export function frameSharesChart(rows: readonly FrameShare[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  return {
    data: outlets.map((o, i) => {
      const cells = FRAMES.map((f) => rows.find((r) => r.outlet === o && r.frame === f));
      return {
        type: "bar", name: o, x: [...FRAMES], y: cells.map((c) => (c ? 100 * c.share : 0)), marker: { color: colorAt(i) },
        error_y: { type: "data", symmetric: false, array: cells.map((c) => (c ? 100 * (c.high - c.share) : 0)), arrayminus: cells.map((c) => (c ? 100 * (c.share - c.low) : 0)), color: "#444", thickness: 1 },
        customdata: cells.map((c) => (c ? `${c.sentences} of ${c.n} sentences; ${c.topIndicators}` : "")), hovertemplate: `${o}: %{y:.0f}%<br>%{customdata}<extra>%{x}</extra>`,
      };
    }),
    layout: baseLayout("Generic news frames: share of sentences carrying each frame", {
      barmode: "group", yaxis: { title: { text: "% of sentences (95% interval)" }, rangemode: "tozero" },
      annotations: [{ xref: "paper", yref: "paper", x: 0, y: 1.07, xanchor: "left", showarrow: false, font: { size: 11, color: "#555" }, text: "Semetko & Valkenburg (2000) frames by indicator words; a sentence may carry several. Overlapping intervals: no difference shown." }],
    }),
  };
}
