/** Shared look for every chart: fonts, margins and one colour per outlet and per side. */
import { wrapText } from "./labels";

/** Base font of every chart (13 px; no chart text is smaller than MIN_FONT_SIZE). */
export const FONT = { family: "DejaVu Sans, Arial, sans-serif", size: 13, color: "#222" };

/** The smallest text any chart draws, in pixels: tick labels, cell labels, notes. */
export const MIN_FONT_SIZE = 12;

/** Font of the grey note under each chart's title (what is counted, n, how to read it). */
export const NOTE_FONT = { size: MIN_FONT_SIZE, color: "#555" };

/**
 * Width in pixels at which a figure without a layout width is exported to PNG/SVG: charts take the width
 * of their container on screen, so a file needs one chosen for it (wide enough for five outlet panels).
 */
export const EXPORT_WIDTH = 1000;

/** A colour-blind-safe qualitative palette (Okabe & Ito 2008). */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"] as const;

/**
 * Colours that encode something other than an outlet (tone, voice, measures), chosen outside PALETTE's
 * hues where they can be, so they do not read as an outlet: red negative and blue positive as in the
 * RdBu heatmaps; greys for neutral measures.
 */
export const ROLE_COLORS = { negative: "#b2182b", positive: "#2166ac", neutral: "#bbb", dark: "#4d4d4d", light: "#a3a3a3" } as const;

/** Colour for the i-th item of a series (wraps around). */
export function colorAt(i: number): string {
  return PALETTE[((i % PALETTE.length) + PALETTE.length) % PALETTE.length];
}

/** The outlets a chart draws, in order, and each one's colour (see outletScale). */
export interface OutletScale {
  /** The outlets seen in the chart's rows: those of the corpus order first, in that order, then the rest as seen. */
  outlets: string[];
  /** The outlet's colour: PALETTE at its place in the corpus order (outlets not in it come after, as seen). */
  color(outlet: string): string;
}

/**
 * One outlet, one colour, in every chart: an outlet's colour is PALETTE at its place in `corpusOrder`
 * (the corpus's outlets in manifest order, `CorpusInfo.outlets`), whatever subset of outlets a chart
 * happens to show. Outlets in `seen` but not in `corpusOrder` come after it, in the order seen. With an
 * empty `corpusOrder` (default) the order seen is the order; with more than 8 outlets colours repeat.
 */
export function outletScale(seen: Iterable<string>, corpusOrder: readonly string[] = []): OutletScale {
  const present = new Set(seen);
  const extras = Array.from(present).filter((o) => !corpusOrder.includes(o));
  const all = [...corpusOrder, ...extras];
  const index = new Map<string, number>();
  all.forEach((o, i) => index.has(o) || index.set(o, i));
  return {
    outlets: all.filter((o, i) => present.has(o) && index.get(o) === i),
    color: (o) => colorAt(index.get(o) ?? all.length),
  };
}

/** Options every outlet chart accepts. */
export interface OutletChartOptions {
  /** The corpus's outlets in manifest order (`CorpusInfo.outlets`): they fix each outlet's colour and place. Default: as the rows give them. */
  outlets?: readonly string[];
}

/** Lines of text (a `<br>` breaks a line). */
function lines(s: string): number {
  return s.split("<br>").length;
}

/** Wrap widths, in characters, of titles and notes: they fit a 900-pixel chart. */
const TITLE_CHARS = 80;
const NOTE_CHARS = 115;

/** Base layout every builder starts from: no fixed width (the chart fills its container); pass a title and any overrides. */
export function baseLayout(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: { text: title, x: 0.01, xanchor: "left" },
    font: FONT,
    margin: { l: 70, r: 30, t: 70, b: 70 },
    paper_bgcolor: "white",
    plot_bgcolor: "white",
    legend: { orientation: "h", y: -0.2 },
    hoverlabel: { font: { size: FONT.size } },
    autosize: true,
    height: 460,
    ...overrides,
  };
}

/** Pixels a line of the title takes (18 px title text). */
const TITLE_LINE = 24;

/**
 * A chart's title text: the title (wrapped at 80 characters) and, on the lines under it in 12-px grey,
 * its note (wrapped at 115), as one plotly title. A plain `<span>` rather than plotly's newer
 * `title.subtitle`, so the note also shows in notebook front ends that bundle an older plotly.
 */
export function titleText(title: string, note = ""): string {
  const t = wrapText(title, TITLE_CHARS);
  if (!note) return t;
  return `${t}<br><span style="font-size:${NOTE_FONT.size}px;color:${NOTE_FONT.color}">${wrapText(note, NOTE_CHARS)}</span>`;
}

/**
 * baseLayout with titleText(title, note) anchored to the figure's top, and a top margin tall enough for
 * it plus `above` pixels (default 16) for what sits over the plot (a top axis's labels, a menu or a
 * legend). Overrides are applied as in baseLayout; a `margin` in them keeps its l, r and b. With
 * `plotHeight`, the figure's height is the margins plus that many pixels of plot, so a long title or note
 * never squeezes the plot. The note says what the chart counts and its n.
 */
export function chartLayout(title: string, note: string, overrides: Record<string, unknown> = {}, options: { above?: number; plotHeight?: number } = {}): Record<string, unknown> {
  const { above = 16, plotHeight } = options;
  const text = titleText(title, note);
  const top = 28 + TITLE_LINE * lines(text) + above;
  const margin = { l: 70, r: 30, b: 70, ...((overrides.margin as Record<string, number> | undefined) ?? {}), t: top };
  return {
    ...baseLayout(text, overrides),
    title: { text, x: 0.01, xanchor: "left", yref: "container", y: 1, yanchor: "top", pad: { t: 20 } },
    margin,
    ...(plotHeight === undefined ? {} : { height: Math.round(margin.t + margin.b + plotHeight) }),
  };
}

/** A chart's note (the grey lines of titleText) as plain text, its line breaks as spaces; "" when it has none. */
export function chartNote(layout: Record<string, unknown>): string {
  const title = layout.title as { text?: string } | undefined;
  const m = /<span style="[^"]*">([\s\S]*)<\/span>$/.exec(title?.text ?? "");
  return m ? m[1].split("<br>").join(" ") : "";
}
