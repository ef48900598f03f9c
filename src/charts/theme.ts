/** Shared look for every chart: fonts, margins and one colour per outlet and per side. */
export const FONT = { family: "DejaVu Sans, Arial, sans-serif", size: 13, color: "#222" };

/** A colour-blind-safe qualitative palette (Okabe & Ito 2008). */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"] as const;

/** Colour for the i-th item of a series (wraps around). */
export function colorAt(i: number): string {
  return PALETTE[((i % PALETTE.length) + PALETTE.length) % PALETTE.length];
}

/** Base layout every builder starts from; pass a title and any overrides. */
export function baseLayout(title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: { text: title, x: 0.01, xanchor: "left" },
    font: FONT,
    margin: { l: 70, r: 30, t: 70, b: 70 },
    paper_bgcolor: "white",
    plot_bgcolor: "white",
    legend: { orientation: "h", y: -0.2 },
    width: 820,
    height: 460,
    ...overrides,
  };
}
