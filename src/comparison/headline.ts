import { Evidence, FigureBasis, FigureScale, OutletFigure, Wording } from "./types";

/** Sentences or quotes kept behind each headline figure. */
export const EVIDENCE_PER_FIGURE = 3;

const finite = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/** A number for a cell: 2 decimals; `signed` puts "+" before positive numbers (differences). */
export function formatScore(x: number, signed = false): string {
  const fixed = x.toFixed(2);
  const s = fixed === "-0.00" ? "0.00" : fixed;
  return signed && s !== "0.00" && x > 0 ? `+${s}` : s;
}

/** A share (0..1) as a whole percentage ("41%"); `points` gives signed percentage points ("+5.2 pp"). */
export function formatShare(x: number, points = false): string {
  if (points) {
    const s = (Math.round(x * 1000) / 10 || 0).toFixed(1);
    return `${x > 0 ? "+" : ""}${s} pp`;
  }
  return `${Math.round(100 * x)}%`;
}

/**
 * A value with its interval as the overview and the findings print it: "-1.07 [-1.89, -0.24]" (score),
 * "41% [26, 58]" (share), "+0.31 [+0.10, +0.52]" and "+5.2 pp [+1.0, +9.4]" (within-story differences).
 * No interval prints the value alone; a null value prints "n/a".
 */
export function valueText(scale: FigureScale, basis: FigureBasis, value: number | null, low: number | null = null, high: number | null = null): string {
  if (!finite(value)) return "n/a";
  const diff = basis === "within-story";
  if (scale === "score") return `${formatScore(value, diff)}${finite(low) && finite(high) ? ` [${formatScore(low, diff)}, ${formatScore(high, diff)}]` : ""}`;
  if (scale === "share") {
    if (diff) return `${formatShare(value, true)}${finite(low) && finite(high) ? ` [${formatShare(low, true).replace(" pp", "")}, ${formatShare(high, true).replace(" pp", "")}]` : ""}`;
    return `${formatShare(value)}${finite(low) && finite(high) ? ` [${Math.round(100 * low)}, ${Math.round(100 * high)}]` : ""}`;
  }
  return String(value);
}

/** What a step gives to make a figure; `display` defaults to valueText, `evidence` to none, `basis` to "pooled". */
export type FigureInput = Omit<OutletFigure, "display" | "evidence" | "basis" | "low" | "high"> & { display?: string; evidence?: Evidence[]; basis?: FigureBasis; low?: number | null; high?: number | null };

/** An OutletFigure with its display string and defaults filled in; NaN bounds (no observation) become null. */
export function outletFigure(input: FigureInput): OutletFigure {
  const basis = input.basis ?? "pooled";
  const value = finite(input.value) ? input.value : null;
  const low = finite(input.low) ? input.low : null;
  const high = finite(input.high) ? input.high : null;
  const { display, evidence, ...rest } = input;
  return { ...rest, value, low, high, basis, display: display ?? valueText(input.scale, basis, value, low, high), evidence: (evidence ?? []).slice(0, EVIDENCE_PER_FIGURE) };
}

/** Wording for a tone metric: "{A}'s {subject} is more negative than {B}'s". */
export function toneWording(subject: string): Wording {
  return { subject, higher: "more positive", lower: "more negative", lead: "lower" };
}

/** Wording for a share: "{A}'s {subject} is larger than {B}'s". */
export function shareWording(subject: string): Wording {
  return { subject, higher: "larger", lower: "smaller", lead: "higher" };
}

/**
 * A bounded sample of evidence per key (e.g. outlet and side), kept while records stream past: the `k`
 * items of greatest weight (ties: the earlier kept), so memory stays k per key whatever the corpus size.
 */
export class EvidenceSample {
  private readonly kept = new Map<string, Array<{ e: Evidence; w: number }>>();

  constructor(private readonly k = EVIDENCE_PER_FIGURE) {}

  add(key: string, evidence: Evidence, weight = 0): void {
    const list = this.kept.get(key);
    if (!list) {
      this.kept.set(key, [{ e: evidence, w: weight }]);
      return;
    }
    if (list.length >= this.k && weight <= list[list.length - 1].w) return;
    let i = list.length;
    while (i > 0 && list[i - 1].w < weight) i--;
    list.splice(i, 0, { e: evidence, w: weight });
    if (list.length > this.k) list.pop();
  }

  /** Whether an item of this weight would be kept under `key` (so a caller can skip building it). */
  wants(key: string, weight = 0): boolean {
    const list = this.kept.get(key);
    return !list || list.length < this.k || weight > list[list.length - 1].w;
  }

  get(key: string): Evidence[] {
    return (this.kept.get(key) ?? []).map((x) => x.e);
  }
}

/** Shortens text for a cell or an evidence line, at a word boundary, with "…". */
export function clip(text: string, max = 220): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
