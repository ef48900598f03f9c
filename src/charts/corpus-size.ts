import { OverviewRecord } from "../overview/overview";
import { baseLayout, colorAt } from "./theme";
import { Figure } from "./types";

/**
 * Words and sentences per article as grouped bars on two axes (words left, sentences right), one
 * group per article labelled with its outlet; above MAX_ARTICLE_BARS articles, each outlet's spread of
 * article lengths instead (a box per outlet). Empty input gives a figure with no bars.
 */
export function corpusSizeChart(rows: readonly OverviewRecord[]): Figure {
  if (rows.length > MAX_ARTICLE_BARS) return lengthByOutletChart(rows);
  const labels = rows.map((r) => labelFor(r, rows));
  return {
    data: [
      { type: "bar", name: "words", x: labels, y: rows.map((r) => r.words), marker: { color: colorAt(0) }, offsetgroup: "words", yaxis: "y", hovertemplate: "%{x}<br>%{y} words<extra></extra>" },
      { type: "bar", name: "sentences", x: labels, y: rows.map((r) => r.sentences), marker: { color: colorAt(1) }, offsetgroup: "sentences", yaxis: "y2", hovertemplate: "%{x}<br>%{y} sentences<extra></extra>" },
    ],
    layout: baseLayout("Article length: words and sentences per outlet", {
      barmode: "group",
      margin: { l: 70, r: 80, t: 70, b: 70 },
      xaxis: { title: { text: "outlet" } },
      yaxis: { title: { text: "words" }, rangemode: "tozero" },
      yaxis2: { title: { text: "sentences" }, overlaying: "y", side: "right", rangemode: "tozero", showgrid: false },
      annotations: [{ text: "Headline, subheadings and body; captions and removed lines not counted.", xref: "paper", yref: "paper", x: 0, y: 1.06, showarrow: false, font: { size: 11, color: "#666" }, xanchor: "left" }],
    }),
  };
}

/** Articles above which corpusSizeChart shows each outlet's spread of lengths instead of a bar per article. */
export const MAX_ARTICLE_BARS = 30;

/**
 * Words per article as one box per outlet (every article a point, hover gives its id and sentences): a
 * bar per article stops being readable past a few dozen articles.
 */
function lengthByOutletChart(rows: readonly OverviewRecord[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  return {
    data: outlets.map((o, i) => {
      const list = rows.filter((r) => r.outlet === o);
      return {
        type: "box", name: `${o} (${list.length})`, y: list.map((r) => r.words), boxpoints: "all", jitter: 0.4, pointpos: 0,
        marker: { color: colorAt(i), size: 4 }, line: { color: colorAt(i) }, text: list.map((r) => `${r.id}: ${r.sentences} sentences`),
        hovertemplate: "%{text}<br>%{y} words<extra></extra>",
      };
    }),
    layout: baseLayout("Article length: words per article, by outlet", {
      showlegend: false,
      yaxis: { title: { text: "words per article" }, rangemode: "tozero" },
      xaxis: { automargin: true },
      annotations: [{ text: `${rows.length} articles (the number per outlet in brackets); headline, subheadings and body, captions and removed lines not counted. Every article is a point; corpus.csv lists them.`, xref: "paper", yref: "paper", x: 0, y: 1.06, showarrow: false, font: { size: 11, color: "#666" }, xanchor: "left" }],
    }),
  };
}

/** Outlet name, or "outlet (id)" when several articles share the outlet. */
function labelFor(r: OverviewRecord, all: readonly OverviewRecord[]): string {
  return all.filter((o) => o.outlet === r.outlet).length > 1 ? `${r.outlet} (${r.id})` : r.outlet;
}
