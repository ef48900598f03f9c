import { baseLayout, colorAt } from "../charts/theme";
import { Figure } from "../charts/types";
import { LoadedTermUse } from "./contrast";
import { TermEmphasis } from "./distinctive";

const Z = 1.96;
const note = (text: string, y: number) => ({ xref: "paper", yref: "paper", x: 0, y, xanchor: "left", showarrow: false, font: { size: 11, color: "#555" }, text });

/** Panels side by side, one per outlet; returns the axis suffix for panel i ("" for the first). */
function axis(i: number): string {
  return i === 0 ? "" : String(i + 1);
}

/**
 * Diverging bars of each outlet's most over-used (right) and under-used (left) terms by log-odds z,
 * one panel per outlet, with dotted lines at |z| = 1.96. Bars beyond the lines are the only ones that
 * clear the conventional 95% bar; the subtitle counts them.
 */
export function distinctiveTermsChart(rows: readonly TermEmphasis[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const data: Array<Record<string, unknown>> = [];
  const layout: Record<string, unknown> = baseLayout("Distinctive terms per outlet (log-odds with informative Dirichlet prior, z)", {
    grid: { rows: 1, columns: Math.max(1, outlets.length), pattern: "independent" },
    width: Math.max(820, 250 * outlets.length), height: 600, showlegend: false, margin: { l: 40, r: 20, t: 90, b: 80 },
  });
  const shapes: Array<Record<string, unknown>> = [];
  outlets.forEach((o, i) => {
    const list = rows.filter((r) => r.outlet === o).slice().sort((a, b) => a.z - b.z);
    const ax = axis(i);
    data.push({
      type: "bar", orientation: "h", xaxis: `x${ax}`, yaxis: `y${ax}`, y: list.map((r) => r.term), x: list.map((r) => r.z),
      marker: { color: list.map((r) => (Math.abs(r.z) >= Z ? (r.z > 0 ? colorAt(0) : colorAt(5)) : "#bbb")) },
      customdata: list.map((r) => `${r.count} here, ${r.otherCount} elsewhere; log ratio ${r.log_ratio.toFixed(2)}; G2 ${r.g2.toFixed(1)}`),
      hovertemplate: `${o}: %{y}<br>z %{x:.2f}<br>%{customdata}<extra></extra>`,
    });
    layout[`xaxis${ax}`] = { title: { text: o }, zeroline: true, range: [-3.5, 3.5] };
    layout[`yaxis${ax}`] = { automargin: true, tickfont: { size: 10 } };
    for (const x of [-Z, Z]) shapes.push({ type: "line", xref: `x${ax}`, yref: `y${ax} domain`, x0: x, x1: x, y0: 0, y1: 1, line: { dash: "dot", color: "#888", width: 1 } });
  });
  const sig = rows.filter((r) => Math.abs(r.z) >= Z).length;
  layout.shapes = shapes;
  layout.annotations = [note(`Coloured bars clear |z| ≥ 1.96 (${sig} of ${rows.length} shown). Grey bars are leanings, not findings: five short articles give few significant terms.`, 1.07)];
  return { data, layout };
}

/** Frequency against z, one small panel per outlet: common words rarely reach significance; rare ones cannot. */
export function frequencyVsZChart(rows: readonly TermEmphasis[]): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const cols = Math.min(3, Math.max(1, outlets.length));
  const nrows = Math.ceil(outlets.length / cols);
  const layout: Record<string, unknown> = baseLayout("Frequency vs distinctiveness (z) per outlet", {
    grid: { rows: nrows, columns: cols, pattern: "independent" }, width: 1000, height: 300 * nrows + 120, showlegend: false,
  });
  const data = outlets.map((o, i) => {
    const list = rows.filter((r) => r.outlet === o && r.count > 0);
    const ax = axis(i);
    layout[`xaxis${ax}`] = { type: "log", title: { text: `${o}: count (log)`, font: { size: 11 } } };
    layout[`yaxis${ax}`] = { title: { text: "z", font: { size: 11 } }, zeroline: true };
    return {
      type: "scatter", mode: "markers", xaxis: `x${ax}`, yaxis: `y${ax}`, x: list.map((r) => r.count), y: list.map((r) => r.z), text: list.map((r) => r.term),
      marker: { size: 6, color: list.map((r) => (Math.abs(r.z) >= Z ? colorAt(0) : "#bbb")), opacity: 0.8 }, hovertemplate: `${o}: %{text}<br>count %{x}, z %{y:.2f}<extra></extra>`,
    };
  });
  return { data, layout };
}

/** Counts of each contrast-set term per outlet, one panel per set (hover gives the rate per 1,000 words). */
export function loadedTermsChart(rows: readonly LoadedTermUse[]): Figure {
  const sets = Array.from(new Set(rows.map((r) => r.set)));
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const layout: Record<string, unknown> = baseLayout("Loaded word choices: which term each outlet uses", {
    grid: { rows: sets.length, columns: 1, pattern: "independent" }, height: 230 * sets.length + 100, barmode: "group",
  });
  const data: Array<Record<string, unknown>> = [];
  sets.forEach((set, i) => {
    const ax = axis(i);
    const terms = Array.from(new Set(rows.filter((r) => r.set === set).map((r) => r.term)));
    outlets.forEach((o, k) => {
      const cells = terms.map((t) => rows.find((r) => r.set === set && r.term === t && r.outlet === o));
      data.push({
        type: "bar", name: o, legendgroup: o, showlegend: i === 0, xaxis: `x${ax}`, yaxis: `y${ax}`, x: terms, y: cells.map((c) => c?.count ?? 0), marker: { color: colorAt(k) },
        customdata: cells.map((c) => (c ? c.per1000.toFixed(2) : "0")), hovertemplate: `${o}: %{x} ×%{y} (%{customdata} per 1,000 words)<extra>${set}</extra>`,
      });
    });
    layout[`yaxis${ax}`] = { title: { text: set, font: { size: 11 } }, rangemode: "tozero", dtick: 1 };
  });
  return { data, layout };
}
