import { resolveActor } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { QuoteRecord } from "./types";

/** One gold quote: offsets into the article text, the speaker as a name, the side when known. */
export interface GoldQuote {
  start: number;
  end: number;
  text?: string;
  kind?: string;
  speaker: string | null;
  side?: string | null;
}

export interface QuoteScores {
  gold: number;
  predicted: number;
  /** Matched pairs at the overlap threshold. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** On matched pairs with a gold speaker: how many predicted speakers agree. */
  speakerChecked: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  sideChecked: number;
  sideCorrect: number;
  sideAccuracy: number;
}

function wordSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function tokenSet(words: Array<[number, number]>, start: number, end: number): Set<number> {
  const s = new Set<number>();
  words.forEach(([a, b], i) => {
    if (a >= start && b <= end) s.add(i);
  });
  return s;
}

/** Overlap of two token sets as |A ∩ B| / max(|A|, |B|): 1 only when both cover the same words. */
export function tokenOverlap(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(a.size, b.size);
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[\u2018\u2019']/g, "'").replace(/^(the|mr|mrs|ms|dr|president|secretary)\s+/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Two speaker names agree when they resolve to the same registry actor, are equal ignoring case and
 * titles, or share the last word (a surname: "Clinton" and "Hillary Clinton").
 */
export function sameSpeaker(a: string, b: string, registry?: ActorRegistry): boolean {
  if (registry) {
    const x = resolveActor(a, registry);
    const y = resolveActor(b, registry);
    if (x && y) return x.id === y.id;
  }
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  const la = fa.split(" ").pop();
  const lb = fb.split(" ").pop();
  return Boolean(la && la === lb && /^[a-z]/.test(la) && la.length > 2);
}

/**
 * Scores predicted quotes against gold quotes of one text: pairs are matched one-to-one, best overlap
 * first, when their word overlap (|A ∩ B| / max(|A|, |B|)) reaches `threshold` (0.3 lenient, 0.8
 * strict). Speaker and side accuracy are measured on matched pairs whose gold has a speaker (side).
 * Both lists empty gives precision, recall and F1 of 1 (nothing to find, nothing wrongly found).
 */
export function scoreQuotes(text: string, gold: readonly GoldQuote[], predicted: readonly QuoteRecord[], threshold: number, registry?: ActorRegistry): QuoteScores {
  const words = wordSpans(text);
  const g = gold.map((q) => tokenSet(words, q.start, q.end));
  const p = predicted.map((q) => tokenSet(words, q.start, q.end));
  const pairs: Array<[number, number, number]> = [];
  g.forEach((gs, i) => p.forEach((ps, j) => {
    const o = tokenOverlap(gs, ps);
    if (o >= threshold) pairs.push([o, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  let speakerChecked = 0;
  let speakerCorrect = 0;
  let sideChecked = 0;
  let sideCorrect = 0;
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    const gq = gold[i];
    const pq = predicted[j];
    if (gq.speaker) {
      speakerChecked++;
      // Gold may name the speaker as written ("He", "the source"): the words as written count too.
      if ((pq.speaker && sameSpeaker(gq.speaker, pq.speaker, registry)) || (pq.speakerText && sameSpeaker(gq.speaker, pq.speakerText, registry))) speakerCorrect++;
    }
    if (gq.side) {
      sideChecked++;
      if (pq.side === gq.side) sideCorrect++;
    }
  }
  const matched = usedG.size;
  const precision = predicted.length ? matched / predicted.length : gold.length ? 0 : 1;
  const recall = gold.length ? matched / gold.length : 1;
  return {
    gold: gold.length, predicted: predicted.length, matched, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerChecked, speakerCorrect, speakerAccuracy: speakerChecked ? speakerCorrect / speakerChecked : NaN,
    sideChecked, sideCorrect, sideAccuracy: sideChecked ? sideCorrect / sideChecked : NaN,
  };
}

/** Sums per-text scores into corpus-level (micro-averaged) scores. */
export function sumScores(parts: readonly QuoteScores[]): QuoteScores {
  const s = (k: keyof QuoteScores) => parts.reduce((t, p) => t + (p[k] as number), 0);
  const gold = s("gold");
  const predicted = s("predicted");
  const matched = s("matched");
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return {
    gold, predicted, matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerChecked: s("speakerChecked"), speakerCorrect: s("speakerCorrect"), speakerAccuracy: s("speakerChecked") ? s("speakerCorrect") / s("speakerChecked") : NaN,
    sideChecked: s("sideChecked"), sideCorrect: s("sideCorrect"), sideAccuracy: s("sideChecked") ? s("sideCorrect") / s("sideChecked") : NaN,
  };
}
