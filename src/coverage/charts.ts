import { baseLayout } from "../charts/theme";
import { Figure } from "../charts/types";
import { Fact } from "./align";

function wrap(s: string, width = 70): string {
  return s.replace(new RegExp(`(.{1,${width}})(\\s|$)`, "g"), "$1<br>").replace(/(<br>)+$/, "");
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
 * shows that outlet's sentence. Shared facts first, then up to `uniquePerOutlet` (4) facts only one
 * outlet reports, of at least `uniqueMinWords` (8) words.
 */
export function coverageMatrixChart(facts: readonly Fact[], outlets: readonly string[], options: { uniquePerOutlet?: number; uniqueMinWords?: number } = {}): Figure {
  const { uniquePerOutlet = 4, uniqueMinWords = 8 } = options;
  const shared = facts.filter((f) => f.outlets.length > 1);
  const unique = outlets.flatMap((o) => facts.filter((f) => f.outlets.length === 1 && f.outlets[0] === o && f.label.split(/\s+/).length >= uniqueMinWords).slice(0, uniquePerOutlet));
  const rows = [...shared, ...unique];
  const label = (f: Fact) => `#${f.id} ${f.label.length > 60 ? `${f.label.slice(0, 57)}…` : f.label}`;
  return {
    data: [{
      type: "heatmap", x: [...outlets], y: rows.map(label),
      z: rows.map((f) => outlets.map((o) => (f.outlets.includes(o) ? (f.outlets.length > 1 ? 1 : 0.5) : 0))),
      text: rows.map((f) => outlets.map((o) => wrap(f.statements.find((s) => s.outlet === o)?.text ?? "(not reported)"))),
      colorscale: [[0, "#f4f4f4"], [0.5, "#E69F00"], [1, "#0072B2"]], zmin: 0, zmax: 1, showscale: false, xgap: 2, ygap: 2,
      hovertemplate: "%{x}<br>%{text}<extra></extra>",
    }],
    layout: baseLayout("Who reports what: shared facts (blue) and facts only one outlet reports (orange)", {
      height: 160 + 22 * rows.length, width: 1000, yaxis: { autorange: "reversed", automargin: true, tickfont: { size: 10 } }, xaxis: { side: "top" }, margin: { l: 420, r: 20, t: 110, b: 30 },
    }),
  };
}
