import { OverviewRecord } from "../overview/overview";
import { wrapLabel } from "./labels";
import { OutletChartOptions, ROLE_COLORS, chartLayout, outletScale } from "./theme";
import { Figure } from "./types";

/**
 * Words and sentences per article as grouped bars on two axes (words left, sentences right; greys, as
 * they are measures, not outlets), one group per article labelled with its outlet; above
 * MAX_ARTICLE_BARS articles, each outlet's spread of article lengths instead (a box per outlet, in the
 * outlet's colour). Empty input gives a figure with no bars. Options: `outlets`, the corpus's outlet
 * order (see OutletChartOptions).
 */
export function corpusSizeChart(rows: readonly OverviewRecord[], options: OutletChartOptions = {}): Figure {
  if (rows.length > MAX_ARTICLE_BARS) return lengthByOutletChart(rows, options);
  const labels = rows.map((r) => wrapLabel(labelFor(r, rows), 12));
  return {
    data: [
      { type: "bar", name: "words", x: labels, y: rows.map((r) => r.words), marker: { color: ROLE_COLORS.dark }, offsetgroup: "words", yaxis: "y", hovertemplate: "%{x}<br>%{y} words<extra></extra>" },
      { type: "bar", name: "sentences", x: labels, y: rows.map((r) => r.sentences), marker: { color: ROLE_COLORS.light }, offsetgroup: "sentences", yaxis: "y2", hovertemplate: "%{x}<br>%{y} sentences<extra></extra>" },
    ],
    layout: chartLayout("Article length: words and sentences per article", `${rows.length} article(s). Headline, subheadings and body; captions and removed lines not counted.`, {
      barmode: "group",
      margin: { l: 70, r: 80, b: 70 },
      // Up to a dozen articles, wrapped labels stand upright; beyond, plotly turns them as they need.
      xaxis: { title: { text: "outlet" }, automargin: true, ...(rows.length <= 12 ? { tickangle: 0 } : {}) },
      yaxis: { title: { text: "words" }, rangemode: "tozero" },
      yaxis2: { title: { text: "sentences" }, overlaying: "y", side: "right", rangemode: "tozero", showgrid: false },
      legend: { orientation: "h", x: 1, xanchor: "right", y: 1.02, yanchor: "bottom" },
    }, { above: 30 }),
  };
}

/** Articles above which corpusSizeChart shows each outlet's spread of lengths instead of a bar per article. */
export const MAX_ARTICLE_BARS = 30;

/**
 * Words per article as one box per outlet (every article a point, hover gives its id and sentences): a
 * bar per article stops being readable past a few dozen articles.
 */
function lengthByOutletChart(rows: readonly OverviewRecord[], options: OutletChartOptions): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  return {
    data: scale.outlets.map((o) => {
      const list = rows.filter((r) => r.outlet === o);
      return {
        type: "box", name: `${o} (${list.length})`, x0: wrapLabel(`${o} (${list.length})`, 16), y: list.map((r) => r.words), boxpoints: "all", jitter: 0.4, pointpos: 0,
        marker: { color: scale.color(o), size: 4 }, line: { color: scale.color(o) }, text: list.map((r) => `${r.id}: ${r.sentences} sentences`),
        hovertemplate: "%{text}<br>%{y} words<extra></extra>",
      };
    }),
    layout: chartLayout("Article length: words per article, by outlet", `${rows.length} articles (the number per outlet in brackets); headline, subheadings and body, captions and removed lines not counted. Every article is a point; corpus.csv lists them.`, {
      showlegend: false,
      yaxis: { title: { text: "words per article" }, rangemode: "tozero" },
      xaxis: { automargin: true, tickangle: 0 },
    }),
  };
}

/** Outlet name, or "outlet (id)" when several articles share the outlet. */
function labelFor(r: OverviewRecord, all: readonly OverviewRecord[]): string {
  return all.filter((o) => o.outlet === r.outlet).length > 1 ? `${r.outlet} (${r.id})` : r.outlet;
}
