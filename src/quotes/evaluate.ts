import { resolveActor } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { QuoteRecord } from "./types";
import { speakerAgrees, speakerHead } from "./evaluate-speakers";

import { OverlapRule, f1Of, goldWords, greedyMatches, intersection, overlapOf, passes, wordSpans, wordsIn } from "./evaluate-words";

export { speakerAgrees, speakerHead } from "./evaluate-speakers";
export { goldWords, overlapOf, tokenOverlap, wordSpans, wordsIn } from "./evaluate-words";
export type { OverlapRule } from "./evaluate-words";
export type { SpeakerHead } from "./evaluate-speakers";

/** One gold quote: offsets into the article text, the speaker as a name, the side when known. */
export interface GoldQuote {
  start: number;
  end: number;
  text?: string;
  kind?: string;
  speaker: string | null;
  side?: string | null;
  /**
   * The pieces of a discontinuous span (PolNeAR's `"A," he said. "B."` is one content in two pieces),
   * each [start, end); its words are the pieces' words, not the attribution between them. Absent: [start, end).
   */
  pieces?: ReadonlyArray<readonly [number, number]>;
}

/** Gold items and matched items of one gold kind ("direct", "partial", "indirect", "unknown"). */
export interface KindCount {
  gold: number;
  matched: number;
}

export interface QuoteScores {
  gold: number;
  predicted: number;
  /** Matched pairs at the overlap threshold. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /**
   * On matched pairs whose gold speaker is a name or a common noun (not a pronoun): how many predicted
   * speakers agree (see speakerAgrees).
   */
  speakerChecked: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  /** The same, on gold speakers that are names only ("Sen. Ted Cruz", not "officials"). */
  namedChecked: number;
  namedCorrect: number;
  /** Gold items whose speaker is a pronoun ("he", "who"): their referent is not in the gold, so they are counted apart. */
  pronounGold: number;
  pronounMatched: number;
  /** Matched pronoun-sourced items whose predicted speaker is a name rather than a pronoun. */
  pronounResolved: number;
  sideChecked: number;
  sideCorrect: number;
  sideAccuracy: number;
  /** Gold and matched items per gold kind: recall of reported speech is byKind.indirect.matched / .gold. */
  byKind: Record<string, KindCount>;
}

/** How predictions are counted: `linked` scores the pieces the extractor linked to one attribution as one prediction. */
export interface ScoreOptions {
  /**
   * Pieces sharing an `attribution` number (`"A," he said. "B."`, linked by extractQuotes itself, never by
   * the gold) count as one prediction: the union of their words, with the first piece's speaker and side.
   * Default false: every QuoteRecord is a prediction.
   */
  linked?: boolean;
  /** How overlap is measured (OverlapRule); default "symmetric". */
  overlap?: OverlapRule;
  /**
   * A partial quote with a reported clause (QuoteRecord.clauseStart) is scored on the clause's words,
   * the unit PolNeAR annotates ('Cole said the plan was "a disaster"'). Default false: on the fragment.
   */
  clauses?: boolean;
  /**
   * Annotated attributions left out of the compared gold (PolNeAR's beliefs and noun-phrase cues: see
   * polnearGold's `outside`): a prediction left unmatched that matches one of them (same rule, one to one)
   * is no false positive and leaves the predicted count, as in a partly annotated corpus. Recall is
   * unchanged. Default none: every unmatched prediction counts against precision.
   */
  outside?: readonly GoldQuote[];
}

/** The predictions as scored: each record, or with `linked` each group of linked pieces (first record, union of words); with `clauses`, a partial quote's words are its clause's. */
export function predictionUnits(words: ReadonlyArray<readonly [number, number]>, predicted: readonly QuoteRecord[], options: ScoreOptions = {}): { records: QuoteRecord[]; words: Array<Set<number>> } {
  const records: QuoteRecord[] = [];
  const sets: Array<Set<number>> = [];
  const group = new Map<number, number>();
  for (const q of predicted) {
    const w = options.clauses && q.clauseStart !== undefined && q.clauseEnd !== undefined ? wordsIn(words, q.clauseStart, q.clauseEnd) : wordsIn(words, q.start, q.end);
    const at = options.linked && q.attribution !== undefined ? group.get(q.attribution) : undefined;
    if (at !== undefined) {
      for (const x of w) sets[at].add(x);
      continue;
    }
    if (options.linked && q.attribution !== undefined) group.set(q.attribution, records.length);
    records.push(q);
    sets.push(w);
  }
  return { records, words: sets };
}

/**
 * Whether a predicted quote's speaker agrees with a gold speaker: the head name of the gold source
 * (speakerHead) against both the canonical name and the words as written, or, given a registry, both
 * resolving to the same actor. False when the prediction has no speaker.
 */
export function sameSpeaker(gold: string, predicted: QuoteRecord | string, registry?: ActorRegistry): boolean {
  const names = typeof predicted === "string" ? [predicted] : [predicted.speaker, predicted.speakerText].filter((n): n is string => Boolean(n));
  if (names.length === 0) return false;
  if (names.some((n) => speakerAgrees(gold, n))) return true;
  if (!registry) return false;
  const g = resolveActor(gold, registry);
  return Boolean(g && names.some((n) => resolveActor(n, registry)?.id === g.id));
}

/**
 * Scores predicted quotes against gold quotes of one text: pairs are matched one-to-one, best overlap
 * first, when their word overlap (words = runs of letters and digits) passes `threshold` (0.3 lenient,
 * 0.8 strict): by default |A ∩ B| / max(|A|, |B|) at least the threshold; with `options.overlap: "gold"`
 * the Gender Gap Tracker's share of the gold's words covered, above it (OverlapRule). Speaker accuracy is measured on matched pairs whose gold speaker
 * is not a pronoun (sameSpeaker); pronoun-sourced gold is counted apart; side accuracy on matched pairs
 * whose gold has a side. Recall per gold kind is kept in byKind. Both lists empty gives precision,
 * recall and F1 of 1 (nothing to find, nothing wrongly found). Quote F1 and speaker accuracy are the
 * figures issue 13 compares with the Gender Gap Tracker's published ones (Asr et al. 2021, PLOS ONE);
 * with `overlap: "gold"` the overlap is theirs (sfu-discourse-lab/GenderGapTracker,
 * NLP/evaluation/src/eval/evaluate_quotes.py); the matching is framelens' own: one-to-one, greedy by
 * overlap, ties in gold then prediction order (theirs takes gold items in order, each its best remaining prediction).
 * With `options.linked`, pieces the extractor linked to one attribution are one prediction (ScoreOptions).
 */
export function scoreQuotes(text: string, gold: readonly GoldQuote[], allPredicted: readonly QuoteRecord[], threshold: number, registry?: ActorRegistry, options: ScoreOptions = {}): QuoteScores {
  const words = wordSpans(text);
  const g = gold.map((q) => goldWords(words, q));
  const { records: predicted, words: p } = predictionUnits(words, allPredicted, options);
  const matches = greedyMatches(g, p, threshold, options.overlap);
  const c = { speakerChecked: 0, speakerCorrect: 0, namedChecked: 0, namedCorrect: 0, pronounMatched: 0, pronounResolved: 0, sideChecked: 0, sideCorrect: 0 };
  const byKind: Record<string, KindCount> = {};
  for (const q of gold) (byKind[q.kind ?? "unknown"] ??= { gold: 0, matched: 0 }).gold++;
  for (const [i, j] of matches) {
    const gq = gold[i];
    const pq = predicted[j];
    byKind[gq.kind ?? "unknown"].matched++;
    if (gq.speaker) {
      const head = speakerHead(gq.speaker);
      if (head.kind === "pronoun") {
        c.pronounMatched++;
        if (pq.speaker && speakerHead(pq.speaker).kind !== "pronoun") c.pronounResolved++;
      } else {
        const ok = sameSpeaker(gq.speaker, pq, registry);
        c.speakerChecked++;
        if (ok) c.speakerCorrect++;
        if (head.kind === "named") {
          c.namedChecked++;
          if (ok) c.namedCorrect++;
        }
      }
    }
    if (gq.side) {
      c.sideChecked++;
      if (pq.side === gq.side) c.sideCorrect++;
    }
  }
  const matched = matches.length;
  // Predictions on attributions outside the compared gold leave the count (ScoreOptions.outside).
  let counted = predicted.length;
  if (options.outside?.length) {
    const used = new Set(matches.map(([, j]) => j));
    const rest = p.map((w, j) => (used.has(j) ? new Set<number>() : w));
    counted -= greedyMatches(options.outside.map((q) => goldWords(words, q)), rest, threshold, options.overlap).length;
  }
  const precision = counted ? matched / counted : gold.length ? 0 : 1;
  const recall = gold.length ? matched / gold.length : 1;
  const pronounGold = gold.filter((q) => q.speaker && speakerHead(q.speaker).kind === "pronoun").length;
  return {
    gold: gold.length, predicted: counted, matched, precision, recall,
    f1: f1Of(precision, recall),
    ...c, pronounGold,
    speakerAccuracy: c.speakerChecked ? c.speakerCorrect / c.speakerChecked : NaN,
    sideAccuracy: c.sideChecked ? c.sideCorrect / c.sideChecked : NaN,
    byKind,
  };
}

/** Sums per-text scores into corpus-level (micro-averaged) scores. No parts: zero counts, rates 0 (NaN for accuracies). */
export function sumScores(parts: readonly QuoteScores[]): QuoteScores {
  const s = (k: keyof QuoteScores) => parts.reduce((t, p) => t + (p[k] as number), 0);
  const gold = s("gold");
  const predicted = s("predicted");
  const matched = s("matched");
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const byKind: Record<string, KindCount> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.byKind)) {
    const t = (byKind[k] ??= { gold: 0, matched: 0 });
    t.gold += v.gold;
    t.matched += v.matched;
  }
  return {
    gold, predicted, matched, precision, recall, f1: f1Of(precision, recall),
    speakerChecked: s("speakerChecked"), speakerCorrect: s("speakerCorrect"), speakerAccuracy: s("speakerChecked") ? s("speakerCorrect") / s("speakerChecked") : NaN,
    namedChecked: s("namedChecked"), namedCorrect: s("namedCorrect"),
    pronounGold: s("pronounGold"), pronounMatched: s("pronounMatched"), pronounResolved: s("pronounResolved"),
    sideChecked: s("sideChecked"), sideCorrect: s("sideCorrect"), sideAccuracy: s("sideChecked") ? s("sideCorrect") / s("sideChecked") : NaN,
    byKind,
  };
}

/** How many gold spans a set of predicted quotes finds, and with the right speaker. */
export interface SpanFinds {
  gold: number;
  /** Gold spans with at least `threshold` of their words inside one predicted quote. */
  found: number;
  /** Found spans whose gold has a speaker, and of those how many the best-covering prediction attributes right. */
  speakerChecked: number;
  speakerCorrect: number;
}

/**
 * Recall of gold spans that may be parts of quotes (BASIL's bias spans inside quotes): a span is found
 * when one predicted quote covers at least `threshold` of its words (|A ∩ B| / |A|, not the symmetric
 * overlap, since the gold is a phrase of the quote); the prediction covering most of it gives the speaker
 * checked against the gold (sameSpeaker; on a tie, the earlier prediction). Predictions may find
 * several spans. No gold gives zeros.
 */
export function findSpans(text: string, gold: readonly GoldQuote[], predicted: readonly QuoteRecord[], threshold: number, registry?: ActorRegistry): SpanFinds {
  const words = wordSpans(text);
  const p = predicted.map((q) => wordsIn(words, q.start, q.end));
  const out: SpanFinds = { gold: gold.length, found: 0, speakerChecked: 0, speakerCorrect: 0 };
  for (const q of gold) {
    const g = goldWords(words, q);
    if (g.size === 0) continue;
    let best = -1;
    let bestCover = 0;
    p.forEach((ps, j) => {
      const cover = intersection(g, ps) / g.size;
      if (cover > bestCover) [best, bestCover] = [j, cover];
    });
    if (best < 0 || bestCover < threshold) continue;
    out.found++;
    if (q.speaker) {
      out.speakerChecked++;
      if (sameSpeaker(q.speaker, predicted[best], registry)) out.speakerCorrect++;
    }
  }
  return out;
}

/** Why predictions went unmatched, for reading precision (see unmatchedPredictions). */
export interface UnmatchedBreakdown {
  /** Unmatched predictions with at least half their words inside a gold span that another prediction matched. */
  insideMatchedGold: number;
  /** ... with half their words inside a gold span left unmatched: the spans' boundaries disagree (overlap below the threshold). */
  boundary: number;
  /** ... inside, or matching at the threshold, an annotated attribution outside the compared subset. */
  outsideSubset: number;
  /** ... none of these: mostly words no annotated attribution covers. */
  unattributed: number;
}

/**
 * Sorts the predictions that scoreQuotes leaves unmatched (same matching) into four bins: fragments of
 * an attribution already matched (a second quoted piece of one PolNeAR content), boundary disagreements
 * with a gold span left unmatched, predictions of attributions the gold set left out of the comparison
 * (beliefs, intentions), and the rest. Counts only:
 * precision itself is not changed. No predictions give zeros.
 */
export function unmatchedPredictions(text: string, gold: readonly GoldQuote[], outside: readonly GoldQuote[], predicted: readonly QuoteRecord[], threshold: number, options: ScoreOptions = {}): UnmatchedBreakdown {
  const words = wordSpans(text);
  const g = gold.map((q) => goldWords(words, q));
  const o = outside.map((q) => goldWords(words, q));
  const p = predictionUnits(words, predicted, options).words;
  const rule = options.overlap ?? "symmetric";
  const matches = greedyMatches(g, p, threshold, rule);
  const usedG = new Set(matches.map(([i]) => i));
  const usedP = new Set(matches.map(([, j]) => j));
  const inside = (a: Set<number>, b: Set<number>) => a.size > 0 && intersection(a, b) / a.size >= 0.5;
  const out: UnmatchedBreakdown = { insideMatchedGold: 0, boundary: 0, outsideSubset: 0, unattributed: 0 };
  p.forEach((ps, j) => {
    if (usedP.has(j)) return;
    if (g.some((gs, i) => usedG.has(i) && inside(ps, gs))) out.insideMatchedGold++;
    else if (g.some((gs) => inside(ps, gs))) out.boundary++;
    else if (o.some((os) => inside(ps, os) || passes(overlapOf(os, ps, rule), threshold, rule))) out.outsideSubset++;
    else out.unattributed++;
  });
  return out;
}
