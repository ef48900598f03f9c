import type { GoldQuote } from "./evaluate";

// Words as quote scoring counts them: runs of letters and digits, found by offset, compared as sets, and
// gold and predicted spans paired one to one by overlap.

/** Spans of letters and digits: the words that overlap is counted on (quote marks and punctuation never count). */
export function wordSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The indexes of the words that a span touches with at least one letter or digit. A gold span that
 * starts on the opening quote mark, or a character late, keeps its first word. Words are sorted, so a
 * binary search finds the first one: the cost is the span's words, not the text's.
 */
export function wordsIn(words: ReadonlyArray<readonly [number, number]>, start: number, end: number): Set<number> {
  const s = new Set<number>();
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < words.length && words[i][0] < end; i++) s.add(i);
  return s;
}

/** Overlap of two token sets as |A ∩ B| / max(|A|, |B|): 1 only when both cover the same words; 0 when either is empty. */
export function tokenOverlap(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return intersection(a, b) / Math.max(a.size, b.size);
}

export function intersection(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter;
}

/** The words of a gold quote: of its pieces when it has them, else of [start, end). */
export function goldWords(words: ReadonlyArray<readonly [number, number]>, q: GoldQuote): Set<number> {
  if (!q.pieces || q.pieces.length === 0) return wordsIn(words, q.start, q.end);
  const out = new Set<number>();
  for (const [a, b] of q.pieces) for (const w of wordsIn(words, a, b)) out.add(w);
  return out;
}

/**
 * How a gold span and a prediction are compared:
 * - "symmetric" (framelens' own, the stricter): |G ∩ P| / max(|G|, |P|) at least the threshold, so a
 *   prediction much longer or much shorter than the gold fails;
 * - "gold" (the Gender Gap Tracker's evaluate_quotes.py, the definition behind its published F1 0.84):
 *   the share of the gold's words the prediction covers, |G ∩ P| / |G|, above the threshold (strictly).
 *   A prediction that runs past the gold still matches; one covering a small part of it does not.
 */
export type OverlapRule = "symmetric" | "gold";

/** The overlap of gold words `g` and predicted words `p` under `rule` (see OverlapRule); 0 when either is empty. */
export function overlapOf(g: Set<number>, p: Set<number>, rule: OverlapRule): number {
  if (rule === "symmetric") return tokenOverlap(g, p);
  return g.size === 0 || p.size === 0 ? 0 : intersection(g, p) / g.size;
}

/** Whether an overlap passes the threshold under `rule`: at least it (symmetric), above it (gold, as the Gender Gap Tracker counts). */
export function passes(overlap: number, threshold: number, rule: OverlapRule): boolean {
  return rule === "symmetric" ? overlap >= threshold : overlap > threshold;
}

/**
 * Pairs gold word sets with predicted ones one to one, greedily by overlap (overlapOf under `rule`,
 * default symmetric, passing `threshold`), ties in gold then prediction order: the [gold, prediction]
 * index pairs in the order taken.
 */
export function greedyMatches(gold: readonly Set<number>[], predicted: readonly Set<number>[], threshold: number, rule: OverlapRule = "symmetric"): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((gs, i) => predicted.forEach((ps, j) => {
    const o = overlapOf(gs, ps, rule);
    if (o > 0 && passes(o, threshold, rule)) pairs.push([o, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    out.push([i, j]);
  }
  return out;
}

/** F1 of a precision and a recall; 0 when both are 0. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}
