import { lineCount, rowsHeight, wrapLabel, wrapText } from "../charts/labels";
import { offDiagonalRange } from "../charts/scale";
import { MIN_FONT_SIZE, chartLayout } from "../charts/theme";
import { Figure } from "../charts/types";
import { Coverage, Fact, uniqueFactsPerOutlet } from "./facts";

function wrap(s: string, width = 70): string {
  return wrapText(s, width);
}

/** `s` cut to `n` characters with an ellipsis. */
export function short(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 3)}…` : s;
}

/**
 * Outlet-by-outlet similarity heatmap (mean best-match cosine of their statements). The diagonal (an
 * outlet against itself, always 1) is left blank and out of the colour scale: the scale runs from the
 * lowest to the highest off-diagonal cell (offDiagonalRange), so differences between pairs of outlets
 * show; the note gives that range. `sim.stories`, when given, counts the stories each pair shares.
 */
export function similarityHeatmap(sim: { outlets: string[]; matrix: number[][]; stories?: number[][] }): Figure {
  const range = offDiagonalRange(sim.matrix);
  const labels = sim.outlets.map((o) => wrapLabel(o, 16));
  const xLines = Math.max(1, ...labels.map(lineCount));
  const z = sim.matrix.map((row, i) => row.map((v, j) => (i === j ? null : v)));
  const text = sim.matrix.map((row, i) => row.map((v, j) => (i === j ? "–" : v.toFixed(2))));
  const custom = sim.matrix.map((row, i) => row.map((_, j) => (i === j ? "the same outlet (left out of the colour scale)" : sim.stories ? `${sim.stories[i]?.[j] ?? 0} shared stories` : "")));
  return {
    data: [{
      type: "heatmap", x: labels, y: labels, z, text, customdata: custom, texttemplate: "%{text}", textfont: { size: MIN_FONT_SIZE },
      colorscale: [[0, "#deebf7"], [1, "#08519c"]], ...(range ?? {}), xgap: 2, ygap: 2,
      colorbar: { title: { text: "similarity" }, tickfont: { size: MIN_FONT_SIZE }, tickformat: ".2f" },
      hovertemplate: "%{y} ~ %{x}: %{text}<br>%{customdata}<extra></extra>",
    }],
    layout: chartLayout(
      "How alike are the articles? Statement similarity between outlets",
      `${sim.outlets.length} outlets: mean best-match cosine of their statements, 1 = the same statements. The diagonal (an outlet with itself) is blank; colours span the other cells only${range ? `, ${range.zmin.toFixed(2)} (lightest) to ${range.zmax.toFixed(2)} (darkest)` : ""}.`,
      { yaxis: { autorange: "reversed", automargin: true }, xaxis: { side: "top", automargin: true, tickangle: 0 }, margin: { l: 70, r: 30, b: 30 } },
      { above: 17 * xLines + 12, plotHeight: Math.max(160, rowsHeight(labels, 64)) },
    ),
  };
}

/**
 * Coverage matrix: facts (rows) by outlets (columns), filled where the outlet reports the fact; hover
 * shows that outlet's sentence. The `maxShared` (40) most widely reported shared facts first, then up to
 * `uniquePerOutlet` (4) facts only one outlet reports, the most substantial ones (`uniqueFacts`, at least
 * `uniqueMinWords` (6) content words). The title says how many of each are shown. `label` gives a fact's
 * row label (after its number); default its `label`.
 */
export function coverageMatrixChart(facts: readonly Fact[], outlets: readonly string[], options: { uniquePerOutlet?: number; uniqueMinWords?: number; maxShared?: number; label?: (f: Fact) => string } = {}): Figure {
  const { uniquePerOutlet = 4, uniqueMinWords = 6, maxShared = 40, label = (f: Fact) => f.label } = options;
  const allShared = facts.filter((f) => f.outlets.length > 1);
  const shared = allShared.slice(0, maxShared);
  const unique = uniqueFactsPerOutlet(facts, outlets, { minWords: uniqueMinWords, limit: uniquePerOutlet }).flat();
  const allUnique = facts.length - allShared.length;
  const rows = [...shared, ...unique];
  const x = outlets.map((o) => wrapLabel(o, 14));
  const xLines = Math.max(1, ...x.map(lineCount));
  return {
    data: [{
      type: "heatmap", x, y: rows.map((f) => `#${f.id} ${short(label(f), 48)}`), customdata: rows.map((f) => outlets.map(() => wrap(`#${f.id} ${label(f)}`))),
      z: rows.map((f) => outlets.map((o) => (f.outlets.includes(o) ? (f.outlets.length > 1 ? 1 : 0.5) : 0))),
      text: rows.map((f) => outlets.map((o) => wrap(f.statements.find((s) => s.outlet === o)?.text ?? (f.nearest?.outlet === o ? `(not reported; closest, cosine ${f.nearest.sim.toFixed(2)}: ${f.nearest.text})` : "(not reported)")))),
      colorscale: [[0, "#f4f4f4"], [0.5, "#E69F00"], [1, "#0072B2"]], zmin: 0, zmax: 1, showscale: false, xgap: 2, ygap: 2,
      hovertemplate: "%{customdata}<br><br>%{x}: %{text}<extra></extra>",
    }],
    layout: chartLayout("Who reports what: facts by outlet", `${facts.length} facts (aligned statements) in ${outlets.length} outlets. Shown: ${shared.length} of ${allShared.length} shared facts (blue); the ${unique.length} most substantial of ${allUnique} facts only one outlet reports (orange). Hover for the full fact and each outlet's sentence.`, {
      yaxis: { autorange: "reversed", automargin: true }, xaxis: { side: "top", automargin: true, tickangle: 0 }, margin: { l: 70, r: 20, b: 30 },
    }, { above: 17 * xLines + 12, plotHeight: rowsHeight(rows.map(() => ""), 24) }),
  };
}

/**
 * Per outlet, its facts split three ways: shared with other outlets, told by it alone, and facts most
 * other outlets report that it leaves out (`Coverage.omissions`). Hover lists the omitted facts.
 */
export function coverageSummaryChart(cov: Coverage): Figure {
  // Facts per outlet counted in one pass over the facts (an outlet named twice in a fact counts once).
  const tally = new Map(cov.outlets.map((o) => [o, { shared: 0, alone: 0, all: 0, last: -1 }]));
  cov.facts.forEach((f, i) => {
    for (const o of f.outlets) {
      const t = tally.get(o);
      if (!t || t.last === i) continue;
      t.last = i;
      t.all++;
      if (f.outlets.length > 1) t.shared++;
      if (f.outlets.length === 1) t.alone++;
    }
  });
  const count = (o: string, kind: "shared" | "alone" | "all") => tally.get(o)![kind];
  const omitted = new Map<string, Coverage["omissions"]>();
  for (const m of cov.omissions) {
    const list = omitted.get(m.outlet);
    if (list) list.push(m);
    else omitted.set(m.outlet, [m]);
  }
  const left = cov.outlets.map((o) => omitted.get(o) ?? []);
  const labels = cov.outlets.map((o) => wrapLabel(o));
  return {
    data: [
      { type: "bar", orientation: "h", name: "shared with other outlets", y: labels, x: cov.outlets.map((o) => count(o, "shared")), marker: { color: "#0072B2" }, hovertemplate: "%{y}: %{x} shared facts<extra></extra>" },
      { type: "bar", orientation: "h", name: "only this outlet", y: labels, x: cov.outlets.map((o) => count(o, "alone")), marker: { color: "#E69F00" }, hovertemplate: "%{y}: %{x} facts no other outlet reports<extra></extra>" },
      {
        type: "bar", orientation: "h", name: "left out (most others report it)", y: labels, x: left.map((l) => -l.length), marker: { color: "#D55E00" },
        customdata: left.map((l) => (l.length ? l.slice(0, 12).map((m) => `#${m.fact} ${short(m.label, 80)}`).join("<br>") + (l.length > 12 ? `<br>… and ${l.length - 12} more` : "") : "none")),
        hovertemplate: "%{y} leaves out:<br>%{customdata}<extra></extra>",
      },
    ],
    layout: chartLayout("What each outlet reports, and what it leaves out", `${cov.facts.length} facts (aligned statements) in ${cov.outlets.length} outlets; 'left out' counts facts more than half the other outlets report. These are counts of sentences, not of importance.`, {
      barmode: "relative", yaxis: { autorange: "reversed", automargin: true },
      xaxis: { title: { text: "← facts left out   |   facts reported →", standoff: 8 }, zeroline: true, zerolinecolor: "#444", ...absoluteTicks(Math.max(0, ...left.map((l) => l.length)), Math.max(0, ...cov.outlets.map((o) => count(o, "all")))) },
      legend: { orientation: "h", yref: "container", y: 0, yanchor: "bottom" }, margin: { l: 70, r: 30, b: 110 },
    }, { plotHeight: rowsHeight(labels, 50) }),
  };
}

/** Tick values every 1, 2, 5, 10, ... from -left to right, labelled without the minus sign. */
function absoluteTicks(left: number, right: number): { tickvals: number[]; ticktext: string[] } {
  const span = Math.max(1, left + right);
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].find((x) => span / x <= 8) ?? Math.pow(10, Math.ceil(Math.log10(span / 8)));
  const tickvals: number[] = [];
  for (let v = -Math.ceil(left / step) * step; v <= right; v += step) tickvals.push(v);
  return { tickvals, ticktext: tickvals.map((v) => String(Math.abs(v))) };
}
