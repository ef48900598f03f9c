/**
 * A plotly figure as plain JSON: what every chart builder returns. Builders are pure; rendering
 * (notebook display, HTML/PNG/SVG export, the report) lives in src/render/.
 */
export interface Figure {
  data: Array<Record<string, unknown>>;
  layout: Record<string, unknown>;
  config?: Record<string, unknown>;
}

/** A named figure ready for export: `name` is the file stem under outputs/charts/. */
export interface NamedFigure {
  name: string;
  title: string;
  /** One or two sentences for the reader: what the chart shows and how to read it (plain text). */
  caption: string;
  figure: Figure;
}
