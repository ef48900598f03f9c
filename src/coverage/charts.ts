import { baseLayout } from "../charts/theme";
import { Figure } from "../charts/types";
import { Coverage, Fact, uniqueFactsPerOutlet } from "./facts";

function wrap(s: string, width = 70): string {
  return s.replace(new RegExp(`(.{1,${width}})(\\s|$)`, "g"), "$1<br>").replace(/(<br>)+$/, "");
}

/** `s` cut to `n` characters with an ellipsis. */
export function short(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 3)}…` : s;
}

/** Outlet-by-outlet similarity heatmap (mean best-match cosine of their statements). */
export function similarityHeatmap(sim: { outlets: string[]; matrix: number[][] }): Figure {
  return {
    data: [{ type: "heatmap", x: sim.outlets, y: sim.outlets, z: sim.matrix, texttemplate: "%{z:.2f}", colorscale: [[0, "#ffffff"], [1, "#0072B2"]], zmin: 0, zmax: 1, hovertemplate: "%{y} ~ %{x}: %{z:.2f}<extra></extra>" }],
    layout: baseLayout("How alike are the articles? Statement similarity between outlets", { yaxis: { autorange: "reversed", automargin: true }, width: 640, height: 520 }),
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
  return {
    data: [{
      type: "heatmap", x: [...outlets], y: rows.map((f) => `#${f.id} ${short(label(f))}`),
      z: rows.map((f) => outlets.map((o) => (f.outlets.includes(o) ? (f.outlets.length > 1 ? 1 : 0.5) : 0))),
      text: rows.map((f) => outlets.map((o) => wrap(f.statements.find((s) => s.outlet === o)?.text ?? (f.nearest?.outlet === o ? `(not reported; closest, cosine ${f.nearest.sim.toFixed(2)}: ${f.nearest.text})` : "(not reported)")))),
      colorscale: [[0, "#f4f4f4"], [0.5, "#E69F00"], [1, "#0072B2"]], zmin: 0, zmax: 1, showscale: false, xgap: 2, ygap: 2,
      hovertemplate: "%{x}<br>%{text}<extra></extra>",
    }],
    layout: baseLayout(`Who reports what<br><sup>${shared.length} of ${allShared.length} shared facts (blue); the ${unique.length} most substantial of ${allUnique} facts only one outlet reports (orange)</sup>`, {
      height: 160 + 22 * rows.length, width: 1000, yaxis: { autorange: "reversed", automargin: true, tickfont: { size: 10 } }, xaxis: { side: "top" }, margin: { l: 420, r: 20, t: 110, b: 30 },
    }),
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
  return {
    data: [
      { type: "bar", orientation: "h", name: "shared with other outlets", y: cov.outlets, x: cov.outlets.map((o) => count(o, "shared")), marker: { color: "#0072B2" }, hovertemplate: "%{y}: %{x} shared facts<extra></extra>" },
      { type: "bar", orientation: "h", name: "only this outlet", y: cov.outlets, x: cov.outlets.map((o) => count(o, "alone")), marker: { color: "#E69F00" }, hovertemplate: "%{y}: %{x} facts no other outlet reports<extra></extra>" },
      {
        type: "bar", orientation: "h", name: "left out (most others report it)", y: cov.outlets, x: left.map((l) => -l.length), marker: { color: "#D55E00" },
        customdata: left.map((l) => (l.length ? l.slice(0, 12).map((m) => `#${m.fact} ${short(m.label, 80)}`).join("<br>") + (l.length > 12 ? `<br>… and ${l.length - 12} more` : "") : "none")),
        hovertemplate: "%{y} leaves out:<br>%{customdata}<extra></extra>",
      },
    ],
    layout: baseLayout("What each outlet reports, and what it leaves out", {
      barmode: "relative", width: 900, height: 190 + 50 * cov.outlets.length, yaxis: { autorange: "reversed", automargin: true },
      xaxis: { title: { text: "← facts left out   |   facts reported →", standoff: 8 }, zeroline: true, zerolinecolor: "#444", ...absoluteTicks(Math.max(0, ...left.map((l) => l.length)), Math.max(0, ...cov.outlets.map((o) => count(o, "all")))) },
      legend: { orientation: "h", y: -0.35 }, margin: { l: 110, r: 30, t: 100, b: 120 },
      // Anchored at its bottom just above the plot, so the two lines never reach into the bars, however few outlets.
      annotations: [{ xref: "paper", yref: "paper", x: 0, y: 1.02, yanchor: "bottom", xanchor: "left", showarrow: false, align: "left", font: { size: 11, color: "#555" }, text: "Facts are sentences aligned across outlets; 'left out' counts facts more than half the other outlets report.<br>These are counts of sentences, not of importance." }],
    }),
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
