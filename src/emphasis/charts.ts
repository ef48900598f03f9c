import { lineCount, rowsHeight, uniqueShortLabels, wrapLabel } from "../charts/labels";
import { outletPanels, panelGrid, panelHeading } from "../charts/panels";
import { PERCENT_AXIS, logTicks, sharedRange } from "../charts/scale";
import { MIN_FONT_SIZE, OutletChartOptions, ROLE_COLORS, chartLayout, outletScale } from "../charts/theme";
import { Figure } from "../charts/types";
import { LoadedTermUse } from "./contrast";
import { TermEmphasis } from "./distinctive";
import { PositionEmphasis } from "./position";
import { unknownOption } from "../corpus/errors";
import { firstSorted, groupBy } from "./select";

const Z = 1.96;
/** Characters of a term in a tick label; the full term is on hover. */
const TERM_CHARS = 18;

/** Colours of the words of a contrast set (not outlets: greys and slate blues, told apart by their labels). */
const TERM_COLORS = ["#3b4d61", "#9fb1c4", "#6b7f94", "#d3dbe3", "#25313d", "#b8c4cf"] as const;

/**
 * Diverging bars of each outlet's most over-used (right) and under-used (left) terms by log-odds z, one
 * panel per outlet (at most three a row, so every outlet's panel fits the page), all on one symmetric z
 * range, with dotted lines at |z| = 1.96. Bars beyond the lines clear the conventional 95% bar and take
 * the outlet's colour; grey bars are leanings; the note counts them. Terms longer than 18 characters are
 * shortened in the tick labels, in full on hover. Options: `outlets`, the corpus's outlet order (see
 * OutletChartOptions).
 */
export function distinctiveTermsChart(rows: readonly TermEmphasis[], options: OutletChartOptions = {}): Figure {
  const scale = outletScale(rows.map((r) => r.outlet), options.outlets);
  const outlets = scale.outlets;
  const most = Math.max(1, ...outlets.map((o) => rows.filter((r) => r.outlet === o).length));
  const { headings, grid, above } = outletPanels(outlets, 22 * most + 20);
  const range = sharedRange([...rows.map((r) => r.z), Z + 0.5], { symmetric: true, pad: 0.06 });
  const sig = rows.filter((r) => Math.abs(r.z) >= Z).length;
  const layout: Record<string, unknown> = chartLayout(
    "Distinctive terms per outlet (log-odds with informative Dirichlet prior, z)",
    `${rows.length} terms, ${outlets.length} outlet(s); all panels on one z scale. Coloured bars clear |z| ≥ 1.96 (${sig} of ${rows.length}); grey bars are leanings, not findings${sig * 4 < rows.length ? ": a few short articles give few significant terms" : ""}.`,
    { showlegend: false, margin: { l: 70, r: 30, b: 40 } },
    { above },
  );
  layout.height = (layout.margin as { t: number }).t + 40 + grid.plotHeight;
  const data: Array<Record<string, unknown>> = [];
  const shapes: Array<Record<string, unknown>> = [];
  const annotations: Array<Record<string, unknown>> = [];
  grid.panels.forEach((p, i) => {
    const o = outlets[i];
    const list = rows.filter((r) => r.outlet === o).slice().sort((a, b) => a.z - b.z);
    data.push({
      type: "bar", orientation: "h", xaxis: p.x, yaxis: p.y, y: uniqueShortLabels(list.map((r) => r.term), TERM_CHARS), x: list.map((r) => r.z),
      marker: { color: list.map((r) => (Math.abs(r.z) >= Z ? scale.color(o) : ROLE_COLORS.neutral)) },
      customdata: list.map((r) => `${r.term}<br>${r.count} here, ${r.otherCount} elsewhere; log ratio ${r.log_ratio.toFixed(2)}; G2 ${r.g2.toFixed(1)}`),
      hovertemplate: `${o}: %{customdata}<br>z %{x:.2f}<extra></extra>`,
    });
    // Axis titles on the bottom row only: between rows they would meet the next row's headings.
    layout[p.xaxis] = { domain: p.xDomain, anchor: p.y, range, zeroline: true, ...(p.row === grid.rows - 1 ? { title: { text: "z" } } : {}) };
    layout[p.yaxis] = { domain: p.yDomain, anchor: p.x, automargin: true };
    annotations.push(panelHeading(p, headings[i], scale.color(o)));
    for (const x of [-Z, Z]) shapes.push({ type: "line", xref: p.x, yref: `${p.y} domain`, x0: x, x1: x, y0: 0, y1: 1, line: { dash: "dot", color: "#888", width: 1 } });
  });
  layout.shapes = shapes;
  layout.annotations = annotations;
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
 * Frequency against z, one panel per outlet (at most three a row), every panel on the same count (log)
 * and z ranges: common words rarely reach significance; rare ones cannot. At most `maxPoints` terms per
 * outlet (see frequencyVsZPoints; default FREQUENCY_Z_POINTS). `options` may be that number (the older
 * call) or { maxPoints, outlets } (see OutletChartOptions).
 */
export function frequencyVsZChart(rows: readonly TermEmphasis[], options: number | (OutletChartOptions & { maxPoints?: number }) = {}): Figure {
  const { maxPoints = FREQUENCY_Z_POINTS, outlets: order } = typeof options === "number" ? { maxPoints: options, outlets: undefined } : options;
  const scale = outletScale(rows.map((r) => r.outlet), order);
  const outlets = scale.outlets;
  const { headings, grid, above } = outletPanels(outlets, 240);
  const byOutlet = groupBy(rows, (r) => r.outlet);
  const points = outlets.map((o) => pointsOf(byOutlet.get(o)!, maxPoints));
  const drawn = points.flat();
  const maxCount = Math.max(1, ...drawn.map((r) => r.count));
  const ticks = logTicks(maxCount);
  const xRange = [Math.log10(0.8), Math.log10(ticks[ticks.length - 1] * 1.25)];
  const yRange = sharedRange([...drawn.map((r) => r.z), -Z, Z], { pad: 0.08 });
  const layout: Record<string, unknown> = chartLayout(
    "Frequency vs distinctiveness (z) per outlet",
    `${drawn.length} terms drawn (${rows.filter((r) => r.count > 0).length} used); every panel on the same count and z scales. Coloured: |z| ≥ 1.96, grey: the rest.`,
    { showlegend: false, margin: { l: 70, r: 30, b: 70 } },
    { above },
  );
  layout.height = (layout.margin as { t: number }).t + 70 + grid.plotHeight;
  const annotations: Array<Record<string, unknown>> = [];
  const data = grid.panels.map((p, i) => {
    const o = outlets[i];
    const list = points[i];
    layout[p.xaxis] = { domain: p.xDomain, anchor: p.y, type: "log", range: xRange, tickvals: ticks, ticktext: ticks.map(String), ...(p.row === grid.rows - 1 ? { title: { text: "count (log scale)" } } : {}) };
    layout[p.yaxis] = { domain: p.yDomain, anchor: p.x, range: yRange, title: { text: "z" }, zeroline: true };
    annotations.push(panelHeading(p, headings[i], scale.color(o)));
    return {
      type: "scatter", mode: "markers", xaxis: p.x, yaxis: p.y, x: list.map((r) => r.count), y: list.map((r) => r.z), text: list.map((r) => r.term),
      marker: { size: 6, color: list.map((r) => (Math.abs(r.z) >= Z ? scale.color(o) : ROLE_COLORS.neutral)), opacity: 0.8 }, hovertemplate: `${o}: %{text}<br>count %{x}, z %{y:.2f}<extra></extra>`,
    };
  });
  layout.annotations = annotations;
  return { data, layout };
}

/**
 * Loaded word choices: one panel per contrast set, one 100% bar per outlet split by the share of each
 * term among the outlet's uses of the set (segments labelled with the term and count; axis and hover in
 * %, hover adds the rate per 1,000 words). Tick labels give n, the outlet's uses of the set: with n of 2
 * or 3, a share is an anecdote, not a tendency. Terms no outlet uses are left out; an outlet that uses
 * none shows no bar. Options: `outlets`, the corpus's outlet order (see OutletChartOptions).
 */
export function loadedTermsChart(rows: readonly LoadedTermUse[], options: OutletChartOptions = {}): Figure {
  // A set no outlet uses gets no panel (an empty subplot has no axes to hold a note); the note names it.
  const allSets = Array.from(new Set(rows.map((r) => r.set)));
  const sets = allSets.filter((set) => rows.some((r) => r.set === set && r.count > 0));
  const unused = allSets.filter((set) => !sets.includes(set));
  const { outlets } = outletScale(rows.map((r) => r.outlet), options.outlets);
  const tickOf = (o: string, set: string) => wrapLabel(`${o} (n=${rows.find((r) => r.set === set && r.outlet === o)?.setTotal ?? 0})`);
  const rowHeight = Math.max(60, ...sets.map((set) => rowsHeight(outlets.map((o) => tickOf(o, set)), 28)));
  const grid = panelGrid(sets.length, { columns: 1, rowHeight, rowGap: 44 });
  const uses = rows.filter((r) => sets.includes(r.set)).reduce((s, r) => s + r.count, 0);
  const layout: Record<string, unknown> = chartLayout(
    "Loaded word choices: which word each outlet picks",
    `${uses} uses of the words of ${sets.length} set(s), each bar an outlet's uses of one set (n in the tick label) split by word; small n: read the sentences (emphasis-loaded.csv), not the share.${unused.length ? ` No outlet uses the words of: ${unused.join(", ")}.` : ""}`,
    { barmode: "stack", uniformtext: { mode: "hide", minsize: MIN_FONT_SIZE }, legend: { orientation: "v", x: 1.02, y: 1, tracegroupgap: 12, traceorder: "grouped" }, margin: { l: 70, r: 160, b: 50 } },
    { above: 30 },
  );
  layout.height = (layout.margin as { t: number }).t + 50 + grid.plotHeight;
  const data: Array<Record<string, unknown>> = [];
  const annotations: Array<Record<string, unknown>> = [];
  grid.panels.forEach((p, i) => {
    const set = sets[i];
    const inSet = rows.filter((r) => r.set === set);
    const terms = Array.from(new Set(inSet.map((r) => r.term))).filter((t) => inSet.some((r) => r.term === t && r.count > 0));
    const ticks = outlets.map((o) => tickOf(o, set));
    terms.forEach((t, k) => {
      const cells = outlets.map((o) => inSet.find((r) => r.term === t && r.outlet === o));
      data.push({
        type: "bar", orientation: "h", name: t, legendgroup: set, legendgrouptitle: { text: set }, xaxis: p.x, yaxis: p.y,
        y: ticks, x: cells.map((c) => (c ? 100 * c.shareOfSet : 0)), marker: { color: TERM_COLORS[k % TERM_COLORS.length], line: { color: "white", width: 1 } },
        text: cells.map((c) => (c && c.count ? `${t} ${c.count}` : "")), textposition: "inside", insidetextanchor: "middle", textfont: { size: MIN_FONT_SIZE },
        customdata: cells.map((c) => (c ? `${c.count} of ${c.setTotal}; ${c.per1000.toFixed(2)} per 1,000 words` : "")),
        hovertemplate: `%{y}: "${t}" %{x:.0f}% (%{customdata})<extra>${set}</extra>`,
      });
    });
    layout[p.xaxis] = { domain: p.xDomain, anchor: p.y, range: [0, 100], ...PERCENT_AXIS, showticklabels: i === sets.length - 1 };
    layout[p.yaxis] = { domain: p.yDomain, anchor: p.x, autorange: "reversed", automargin: true };
    annotations.push(panelHeading(p, set));
  });
  layout.annotations = annotations;
  return { data, layout };
}

/**
 * What each outlet puts up front: items (actors or terms) by outlet, coloured by how many times each
 * appears in the headline and lead; hover gives the count in the rest and the lift. Rows are the union of
 * each outlet's `perOutlet` (5) most frequent up-front items of `kind` (default "actor").
 */
export function positionEmphasisChart(rows: readonly PositionEmphasis[], options: OutletChartOptions & { kind?: "actor" | "term"; perOutlet?: number } = {}): Figure {
  const { kind = "actor", perOutlet = 5 } = options;
  if (kind !== "actor" && kind !== "term") throw unknownOption("kind", kind, ["actor", "term"]);
  const list = rows.filter((r) => r.kind === kind);
  const { outlets } = outletScale(rows.map((r) => r.outlet), options.outlets);
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
  const x = outlets.map((o) => wrapLabel(o, 16));
  const xLines = Math.max(1, ...x.map(lineCount));
  const shown = items.reduce((s, it) => s + outlets.reduce((t, o) => t + (cell(it, o)?.top ?? 0), 0), 0);
  return {
    data: [{
      type: "heatmap", x, y: items.map((it) => wrapLabel(it, 28)), z: items.map((it) => outlets.map((o) => cell(it, o)?.top ?? 0)),
      text: items.map((it) => outlets.map((o) => String(cell(it, o)?.top ?? 0))), texttemplate: "%{text}", textfont: { size: MIN_FONT_SIZE },
      customdata: items.map((it) => outlets.map((o) => {
        const c = cell(it, o);
        return c ? `${c.top} in headline + lead (${(100 * c.topShare).toFixed(0)}% of its ${kind} mentions there), ${c.rest} in the rest; lift ${Number.isFinite(c.lift) ? c.lift.toFixed(1) : "∞ (only up front)"}` : "not in headline or lead";
      })),
      colorscale: [[0, "#f7f7f7"], [1, "#0072B2"]], zmin: 0, showscale: false, xgap: 2, ygap: 2,
      hovertemplate: "%{x}: %{y}<br>%{customdata}<extra></extra>",
    }],
    layout: chartLayout(`${what} up front: mentions in the headline and lead paragraph`, `${shown} mentions in headlines and lead paragraphs (each outlet's ${perOutlet} most frequent ${kind}s). Counts are small (one headline, one lead per article): they show what is up front, not a tendency.`, {
      xaxis: { side: "top", automargin: true, tickangle: 0 }, yaxis: { autorange: "reversed", automargin: true }, margin: { l: 70, r: 30, b: 30 },
    }, { above: 17 * xLines + 12, plotHeight: Math.max(28, rowsHeight(items.map((it) => wrapLabel(it, 28)), 28)) }),
  };
}
