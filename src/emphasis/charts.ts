import { baseLayout, colorAt } from "../charts/theme";
import { Figure } from "../charts/types";
import { LoadedTermUse } from "./contrast";
import { TermEmphasis } from "./distinctive";
import { PositionEmphasis } from "./position";
import { unknownOption } from "../corpus/errors";
import { firstSorted, groupBy } from "./select";

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
  layout.annotations = [note(`Coloured bars clear |z| ≥ 1.96 (${sig} of ${rows.length} shown). Grey bars are leanings, not findings${sig * 4 < rows.length ? ": a few short articles give few significant terms" : ""}.`, 1.07)];
  return { data, layout };
}

/** Points per outlet panel of frequencyVsZChart by default: beyond it the page outweighs what a reader can see. */
export const FREQUENCY_Z_POINTS = 1500;

/**
 * The terms frequencyVsZChart draws for one outlet: every term it uses when they are at most `max`,
 * else the terms with |z| >= 1.96 first (largest |z| first), then the most frequent others, `max` in all.
 */
export function frequencyVsZPoints(rows: readonly TermEmphasis[], outlet: string, max = FREQUENCY_Z_POINTS): TermEmphasis[] {
  return pointsOf(rows.filter((r) => r.outlet === outlet), max);
}

/** frequencyVsZPoints of one outlet's rows. */
function pointsOf(rows: readonly TermEmphasis[], max: number): TermEmphasis[] {
  const list = rows.filter((r) => r.count > 0);
  if (list.length <= max) return list;
  const sig = (r: TermEmphasis) => Math.abs(r.z) >= Z;
  const order = (a: TermEmphasis, b: TermEmphasis) => Number(sig(b)) - Number(sig(a)) || (sig(a) ? Math.abs(b.z) - Math.abs(a.z) : b.count - a.count) || a.term.localeCompare(b.term);
  // A NaN count would make the order inconsistent: then everything is sorted, as it always was.
  if (!(Number.isInteger(max) && max >= 1) || list.some((r) => r.count !== r.count)) return list.slice().sort(order).slice(0, max);
  // Significant terms come first, by |z|, then the others by count: each part is picked on its own key,
  // with `order` as it compares two significant terms, or two others.
  const byZ = (a: TermEmphasis, b: TermEmphasis) => Math.abs(b.z) - Math.abs(a.z) || a.term.localeCompare(b.term);
  const byCount = (a: TermEmphasis, b: TermEmphasis) => b.count - a.count || a.term.localeCompare(b.term);
  const significant = list.filter(sig);
  if (significant.length >= max) return firstSorted(significant, max, (r) => Math.abs(r.z), byZ);
  const others = list.filter((r) => !sig(r));
  return [...significant.sort(byZ), ...firstSorted(others, max - significant.length, (r) => r.count, byCount)];
}

/**
 * Frequency against z, one small panel per outlet: common words rarely reach significance; rare ones
 * cannot. At most `maxPoints` terms per outlet (see frequencyVsZPoints; default FREQUENCY_Z_POINTS).
 */
export function frequencyVsZChart(rows: readonly TermEmphasis[], maxPoints = FREQUENCY_Z_POINTS): Figure {
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const cols = Math.min(3, Math.max(1, outlets.length));
  const nrows = Math.ceil(outlets.length / cols);
  const layout: Record<string, unknown> = baseLayout("Frequency vs distinctiveness (z) per outlet", {
    grid: { rows: nrows, columns: cols, pattern: "independent" }, width: 1000, height: 300 * nrows + 120, showlegend: false,
  });
  const byOutlet = groupBy(rows, (r) => r.outlet);
  const data = outlets.map((o, i) => {
    const list = pointsOf(byOutlet.get(o)!, maxPoints);
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

/**
 * Loaded word choices: one panel per contrast set, one 100% bar per outlet split by the share of each
 * term among the outlet's uses of the set (segments labelled with the count; hover adds the rate per
 * 1,000 words). Tick labels give n, the outlet's uses of the set: with n of 2 or 3, a share is an
 * anecdote, not a tendency. Terms no outlet uses are left out; an outlet that uses none shows no bar.
 */
export function loadedTermsChart(rows: readonly LoadedTermUse[]): Figure {
  // A set no outlet uses gets no panel (an empty subplot has no axes to hold a note); the note names it.
  const allSets = Array.from(new Set(rows.map((r) => r.set)));
  const sets = allSets.filter((set) => rows.some((r) => r.set === set && r.count > 0));
  const unused = allSets.filter((set) => !sets.includes(set));
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const layout: Record<string, unknown> = baseLayout("Loaded word choices: which word each outlet picks, as a share of its uses of the set", {
    grid: { rows: sets.length, columns: 1, pattern: "independent", ygap: 0.35 }, height: (55 + 28 * outlets.length) * sets.length + 140, barmode: "stack",
    legend: { orientation: "v", x: 1.02, y: 1, tracegroupgap: 12, traceorder: "grouped" }, width: 980, margin: { l: 70, r: 200, t: 90, b: 50 },
  });
  const data: Array<Record<string, unknown>> = [];
  const annotations: Array<Record<string, unknown>> = [note(`Tick labels give n, the outlet's uses of the set's words; small n: read the sentences (emphasis-loaded.csv), not the share.${unused.length ? ` No outlet uses the words of: ${unused.join(", ")}.` : ""}`, 1.03)];
  sets.forEach((set, i) => {
    const ax = axis(i);
    const inSet = rows.filter((r) => r.set === set);
    const terms = Array.from(new Set(inSet.map((r) => r.term))).filter((t) => inSet.some((r) => r.term === t && r.count > 0));
    const total = (o: string) => inSet.find((r) => r.outlet === o)?.setTotal ?? 0;
    const ticks = outlets.map((o) => `${o} (n=${total(o)})`);
    terms.forEach((t, k) => {
      const cells = outlets.map((o) => inSet.find((r) => r.term === t && r.outlet === o));
      data.push({
        type: "bar", orientation: "h", name: t, legendgroup: set, legendgrouptitle: { text: set }, xaxis: `x${ax}`, yaxis: `y${ax}`,
        y: ticks, x: cells.map((c) => (c ? 100 * c.shareOfSet : 0)), marker: { color: colorAt(k), line: { color: "white", width: 1 } },
        text: cells.map((c) => (c && c.count ? `${t} ${c.count}` : "")), textposition: "inside", insidetextanchor: "middle", textfont: { size: 10 },
        customdata: cells.map((c) => (c ? `${c.count} of ${c.setTotal}; ${c.per1000.toFixed(2)} per 1,000 words` : "")),
        hovertemplate: `%{y}: "${t}" %{x:.0f}% (%{customdata})<extra>${set}</extra>`,
      });
    });
    layout[`xaxis${ax}`] = { range: [0, 100], ticksuffix: "%", showticklabels: i === sets.length - 1 };
    layout[`yaxis${ax}`] = { title: { text: set, font: { size: 11 } }, autorange: "reversed", automargin: true, tickfont: { size: 11 } };
  });
  layout.annotations = annotations;
  return { data, layout };
}

/**
 * What each outlet puts up front: items (actors or terms) by outlet, coloured by how many times each
 * appears in the headline and lead; hover gives the count in the rest and the lift. Rows are the union of
 * each outlet's `perOutlet` (5) most frequent up-front items of `kind` (default "actor").
 */
export function positionEmphasisChart(rows: readonly PositionEmphasis[], options: { kind?: "actor" | "term"; perOutlet?: number } = {}): Figure {
  const { kind = "actor", perOutlet = 5 } = options;
  if (kind !== "actor" && kind !== "term") throw unknownOption("kind", kind, ["actor", "term"]);
  const list = rows.filter((r) => r.kind === kind);
  const outlets = Array.from(new Set(rows.map((r) => r.outlet)));
  const items: string[] = [];
  const order = (a: PositionEmphasis, b: PositionEmphasis) => b.top - a.top || (b.lift === a.lift ? 0 : b.lift - a.lift) || a.item.localeCompare(b.item);
  // A NaN lift would make the order inconsistent: then everything is sorted, as it always was.
  const byTop = list.some((r) => r.lift !== r.lift) ? (l: PositionEmphasis[]) => l.slice().sort(order).slice(0, perOutlet) : (l: PositionEmphasis[]) => firstSorted(l, perOutlet, (r) => r.top, order);
  const byOutlet = groupBy(list, (r) => r.outlet);
  for (const o of outlets)
    for (const r of byTop(byOutlet.get(o) ?? []))
      if (!items.includes(r.item)) items.push(r.item);
  // The first row of each outlet and item, as list.find gives it.
  const cells = new Map<string, Map<string, PositionEmphasis>>();
  for (const [o, l] of byOutlet) {
    const m = new Map<string, PositionEmphasis>();
    for (const r of l) if (!m.has(r.item)) m.set(r.item, r);
    cells.set(o, m);
  }
  const cell = (item: string, o: string) => cells.get(o)?.get(item);
  const what = kind === "actor" ? "Actors" : "Words";
  return {
    data: [{
      type: "heatmap", x: outlets, y: items, z: items.map((it) => outlets.map((o) => cell(it, o)?.top ?? 0)),
      text: items.map((it) => outlets.map((o) => String(cell(it, o)?.top ?? 0))), texttemplate: "%{text}",
      customdata: items.map((it) => outlets.map((o) => {
        const c = cell(it, o);
        return c ? `${c.top} in headline + lead (${(100 * c.topShare).toFixed(0)}% of its ${kind} mentions there), ${c.rest} in the rest; lift ${Number.isFinite(c.lift) ? c.lift.toFixed(1) : "∞ (only up front)"}` : "not in headline or lead";
      })),
      colorscale: [[0, "#f7f7f7"], [1, "#0072B2"]], zmin: 0, showscale: false, xgap: 2, ygap: 2,
      hovertemplate: "%{x}: %{y}<br>%{customdata}<extra></extra>",
    }],
    layout: baseLayout(`${what} up front: mentions in the headline and lead paragraph`, {
      xaxis: { side: "top" }, yaxis: { autorange: "reversed", automargin: true }, height: 180 + 28 * items.length, width: 760, margin: { l: 160, r: 30, t: 110, b: 60 },
      annotations: [{ ...note("Counts are small (one headline, one lead per article): they show what is up front, not a tendency.", -0.04), yanchor: "top" }],
    }),
  };
}
