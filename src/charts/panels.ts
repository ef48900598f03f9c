/**
 * Small multiples: where each panel of a figure sits. Panels flow left to right, at most `columns` a
 * row; rows have a fixed height in pixels, so the figure grows with the rows, and the columns share the
 * width the figure is given.
 */
import { lineCount, wrapLabel } from "./labels";

export interface Panel {
  /** Trace axis ids: "x", "x2", ... and "y", "y2", ... */
  x: string;
  y: string;
  /** Layout keys: "xaxis", "xaxis2", ... and "yaxis", "yaxis2", ... */
  xaxis: string;
  yaxis: string;
  row: number;
  column: number;
  /** Domains as fractions of the plot area. */
  xDomain: [number, number];
  yDomain: [number, number];
}

export interface PanelGrid {
  panels: Panel[];
  rows: number;
  columns: number;
  /** Pixels of the plot area (rows and the gaps between them): add the top and bottom margins for the figure height. */
  plotHeight: number;
}

/**
 * Grid of `count` panels: `columns` at most (default 3), a `xgap` fraction of the width between columns
 * (default 0.14, about 120 px at a 1,024-pixel page: room for the next panel's tick labels), rows of
 * `rowHeight` pixels with `rowGap` pixels between them (room for a panel heading and tick labels).
 * No panels gives an empty grid of height `rowHeight`.
 */
export function panelGrid(count: number, options: { columns?: number; xgap?: number; rowHeight: number; rowGap?: number }): PanelGrid {
  const { columns: maxColumns = 3, xgap = 0.14, rowHeight, rowGap = 60 } = options;
  if (!(Number.isInteger(maxColumns) && maxColumns >= 1)) throw new Error(`panelGrid: columns must be a whole number, at least 1; got ${maxColumns}`);
  const columns = Math.max(1, Math.min(maxColumns, count));
  const rows = Math.max(1, Math.ceil(count / columns));
  const plotHeight = rows * rowHeight + (rows - 1) * rowGap;
  const width = (1 - (columns - 1) * xgap) / columns;
  const panels: Panel[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / columns);
    const column = i % columns;
    const suffix = i === 0 ? "" : String(i + 1);
    const x0 = column * (width + xgap);
    const top = 1 - (row * (rowHeight + rowGap)) / plotHeight;
    const bottom = 1 - (row * (rowHeight + rowGap) + rowHeight) / plotHeight;
    panels.push({ x: `x${suffix}`, y: `y${suffix}`, xaxis: `xaxis${suffix}`, yaxis: `yaxis${suffix}`, row, column, xDomain: [round(x0), round(Math.min(1, x0 + width))], yDomain: [round(Math.max(0, bottom)), round(Math.min(1, top))] });
  }
  return { panels, rows, columns, plotHeight };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * A panel heading: the panel's name (bold; wrapped by the caller) above its top-left corner, after a
 * square in `color` (the outlet's colour; the text itself stays dark, as a yellow outlet would be unreadable).
 */
export function panelHeading(panel: Panel, text: string, color?: string): Record<string, unknown> {
  const mark = color ? `<span style="color:${color}">■</span> ` : "";
  return { xref: `${panel.x} domain`, yref: `${panel.y} domain`, x: 0, y: 1, xanchor: "left", yanchor: "bottom", yshift: 4, showarrow: false, align: "left", text: `${mark}<b>${text}</b>`, font: { size: 13, color: "#222" } };
}

/**
 * One panel per outlet, three to a row, each headed by the outlet's name wrapped at 22 characters: the
 * headings, the grid (rows `rowHeight` pixels apart plus room for the tallest heading), and the space
 * the first row's headings need above the plot (chartLayout's `above`).
 */
export function outletPanels(outlets: readonly string[], rowHeight: number): { headings: string[]; grid: PanelGrid; above: number } {
  const headings = outlets.map((o) => wrapLabel(o, 22));
  const headingLines = Math.max(1, ...headings.map(lineCount));
  return { headings, grid: panelGrid(outlets.length, { columns: 3, rowHeight, rowGap: 36 + 17 * headingLines }), above: 17 * headingLines + 12 };
}
