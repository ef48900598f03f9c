import { Side } from "../actors/types";
import { BootstrapOptions, bootstrapMeanCI, bootstrapMeanCIs } from "../stats/bootstrap";
import { spearman } from "../stats/correlation";
import { SentenceSentiment, Voice } from "./sentences";

/** Per-outlet sentiment: sentence means with 95% bootstrap intervals, shares, and GDELT-style rates. */
export type OutletSentiment = {
  outlet: string;
  articles: number;
  sentences: number;
  words: number;
  /** Mean sentence score (improved AFINN by default) and its bootstrap interval. */
  mean: number;
  low: number;
  high: number;
  /** Mean compound (score squashed into -1..1) and its interval. */
  compound: number;
  compoundLow: number;
  compoundHigh: number;
  /** Shares of sentences scoring above, below and at zero. */
  positiveShare: number;
  negativeShare: number;
  neutralShare: number;
  /** Words carrying a positive / negative value per 100 words, their sum (polarity) and difference (tone), as GDELT. */
  positivePer100: number;
  negativePer100: number;
  polarity: number;
  tone: number;
  narrationMean: number;
  narrationLow: number;
  narrationHigh: number;
  narrationN: number;
  quoteMean: number;
  quoteLow: number;
  quoteHigh: number;
  quoteN: number;
  vaderMean: number;
  vaderLow: number;
  vaderHigh: number;
};

/**
 * What the per-outlet aggregates (outletSentiment, toneTowardSides) read of a scored sentence: its numbers,
 * voice and sides, not its text, evidence or place in the article. A SentenceSentiment is one; the
 * sentiment step keeps just these fields per sentence (see slimScore), a third of the memory of the whole
 * sentence without its text.
 */
export type SentenceScore = Pick<SentenceSentiment, "articleId" | "outlet" | "voice" | "score" | "compound" | "vader" | "words" | "positiveWords" | "negativeWords" | "sides">;

const NO_SIDES: Side[] = [];

/**
 * A sentence's SentenceScore as a new object of just those fields. `articleId` and `outlet` are given by
 * the caller, so that the sentences of an article share one copy of each string (a record copied from a
 * worker thread carries a copy per sentence); a sentence naming no side shares one empty array.
 */
export function slimScore(s: SentenceSentiment, articleId: string, outlet: string): SentenceScore {
  return { articleId, outlet, voice: s.voice, score: s.score, compound: s.compound, vader: s.vader, words: s.words, positiveWords: s.positiveWords, negativeWords: s.negativeWords, sides: s.sides.length ? s.sides : NO_SIDES };
}

function byOutlet<R extends SentenceScore>(rows: readonly R[]): Map<string, R[]> {
  const m = new Map<string, R[]>();
  for (const r of rows) {
    const list = m.get(r.outlet) ?? [];
    list.push(r);
    m.set(r.outlet, list);
  }
  return m;
}

function voiceCI(rows: readonly SentenceScore[], voice: Voice, boot: BootstrapOptions) {
  return bootstrapMeanCI(rows.filter((r) => r.voice === voice).map((r) => r.score), boot);
}

/**
 * Aggregates sentence scores per outlet, in first-seen order. Every mean comes with a 95% percentile
 * bootstrap interval over sentences (2000 resamples, seeded; the normal approximation above 1,000
 * sentences, see bootstrapMeanCI) and its n. The score, compound and VADER intervals share their
 * resampling draws (same numbers as three separate calls). Empty input gives [].
 */
export function outletSentiment(rows: readonly SentenceScore[], boot: BootstrapOptions = {}): OutletSentiment[] {
  return Array.from(byOutlet(rows), ([outlet, list]) => {
    const [m, c, v] = bootstrapMeanCIs([list.map((r) => r.score), list.map((r) => r.compound), list.map((r) => r.vader)], boot);
    const n = voiceCI(list, "narration", boot);
    const q = voiceCI(list, "quote", boot);
    const words = list.reduce((s, r) => s + r.words, 0);
    const pos = list.reduce((s, r) => s + r.positiveWords, 0);
    const neg = list.reduce((s, r) => s + r.negativeWords, 0);
    const per100 = (x: number) => (words ? (100 * x) / words : 0);
    return {
      outlet,
      articles: new Set(list.map((r) => r.articleId)).size,
      sentences: list.length,
      words,
      mean: m.estimate,
      low: m.low,
      high: m.high,
      compound: c.estimate,
      compoundLow: c.low,
      compoundHigh: c.high,
      positiveShare: list.filter((r) => r.score > 0).length / list.length,
      negativeShare: list.filter((r) => r.score < 0).length / list.length,
      neutralShare: list.filter((r) => r.score === 0).length / list.length,
      positivePer100: per100(pos),
      negativePer100: per100(neg),
      polarity: per100(pos + neg),
      tone: per100(pos - neg),
      narrationMean: n.estimate,
      narrationLow: n.low,
      narrationHigh: n.high,
      narrationN: n.n,
      quoteMean: q.estimate,
      quoteLow: q.low,
      quoteHigh: q.high,
      quoteN: q.n,
      vaderMean: v.estimate,
      vaderLow: v.low,
      vaderHigh: v.high,
    };
  });
}

/** Tone of the sentences naming one side's actors, per outlet. */
export type SideTone = { outlet: string; side: Side; n: number; mean: number; low: number; high: number };

/** Mean sentence score per outlet and side, over sentences naming that side; cells with no sentence are left out. */
export function toneTowardSides(rows: readonly SentenceScore[], boot: BootstrapOptions = {}): SideTone[] {
  const out: SideTone[] = [];
  for (const [outlet, list] of byOutlet(rows)) {
    const sides = Array.from(new Set(list.flatMap((r) => r.sides)));
    for (const side of sides) {
      const ci = bootstrapMeanCI(list.filter((r) => r.sides.includes(side)).map((r) => r.score), boot);
      out.push({ outlet, side, n: ci.n, mean: ci.estimate, low: ci.low, high: ci.high });
    }
  }
  return out;
}

/** Outlets ranked by each lexicon's mean (1 = most positive), and whether the orderings agree. */
export type LexiconOrdering = { outlet: string; afinnMean: number; afinnRank: number; vaderMean: number; vaderRank: number; plainMean: number; plainRank: number };

function rankDesc(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const r = new Array<number>(values.length);
  order.forEach(([, i], k) => (r[i] = k + 1));
  return r;
}

/**
 * Compares the outlet ordering under framelens' AFINN (improved), VADER and, when given, the plain
 * package; `spearman` is the rank correlation between AFINN and VADER orderings (1 = same order).
 */
export function lexiconOrdering(outlets: readonly OutletSentiment[], plainMeans?: ReadonlyMap<string, number>): { rows: LexiconOrdering[]; spearman: number } {
  const a = outlets.map((o) => o.mean);
  const v = outlets.map((o) => o.vaderMean);
  const p = outlets.map((o) => plainMeans?.get(o.outlet) ?? NaN);
  const ra = rankDesc(a);
  const rv = rankDesc(v);
  const rp = rankDesc(p);
  return {
    rows: outlets.map((o, i) => ({ outlet: o.outlet, afinnMean: a[i], afinnRank: ra[i], vaderMean: v[i], vaderRank: rv[i], plainMean: p[i], plainRank: rp[i] })),
    spearman: outlets.length > 1 ? spearman(a, v) : NaN,
  };
}

/** A lexicon word's total contribution in one outlet. */
export type WordContribution = { outlet: string; word: string; total: number; count: number };

/** The words that moved each outlet's score most (by absolute total), `top` per outlet (default 10). */
export function topContributors(rows: readonly Pick<SentenceSentiment, "outlet" | "contributors">[], top = 10): WordContribution[] {
  const merger = new ContributionMerger();
  merger.add(rows);
  return merger.top(top);
}

/**
 * Lexicon words' contributions summed per outlet as sentences come (topContributors in pieces): totals
 * and counts add up, so sentences can be folded in and dropped. Outlets and words keep their order of
 * first appearance.
 */
export class ContributionMerger {
  private readonly byOutlet = new Map<string, Map<string, WordContribution>>();

  add(rows: readonly Pick<SentenceSentiment, "outlet" | "contributors">[]): void {
    for (const r of rows) {
      let m = this.byOutlet.get(r.outlet);
      if (!m) this.byOutlet.set(r.outlet, (m = new Map()));
      for (const w of r.contributors) {
        const c = m.get(w.lexeme) ?? { outlet: r.outlet, word: w.lexeme, total: 0, count: 0 };
        c.total += w.value;
        c.count += 1;
        m.set(w.lexeme, c);
      }
    }
  }

  /** The `top` words per outlet by absolute total (ties by word). */
  top(top: number): WordContribution[] {
    const out: WordContribution[] = [];
    for (const m of this.byOutlet.values()) out.push(...Array.from(m.values()).sort((x, y) => Math.abs(y.total) - Math.abs(x.total) || x.word.localeCompare(y.word)).slice(0, top));
    return out;
  }
}

/** The `k` most negative and most positive sentences per outlet (ties by position). */
export function extremeSentences<R extends Pick<SentenceSentiment, "outlet" | "score" | "index">>(rows: readonly R[], k = 3): R[] {
  const e = new ExtremeSentences<R>(k);
  e.add(rows);
  return e.result();
}

/**
 * extremeSentences in pieces: per outlet it keeps only the `k` lowest and `k` highest sentences seen so
 * far (in the same stable order: score, then index, then arrival), so sentences can be folded in and
 * dropped, and `result()` equals extremeSentences of every sentence added.
 */
export class ExtremeSentences<R extends Pick<SentenceSentiment, "outlet" | "score" | "index">> {
  private readonly byOutlet = new Map<string, R[]>();

  constructor(private readonly k = 3) {}

  add(rows: readonly R[]): void {
    const groups = new Map<string, R[]>();
    for (const r of rows) {
      const g = groups.get(r.outlet);
      if (g) g.push(r);
      else groups.set(r.outlet, [r]);
    }
    for (const [outlet, list] of groups) {
      let kept = (this.byOutlet.get(outlet) ?? []).concat(list).sort((x, y) => x.score - y.score || x.index - y.index);
      if (kept.length > 2 * this.k) kept = kept.slice(0, this.k).concat(kept.slice(-this.k));
      this.byOutlet.set(outlet, kept);
    }
  }

  result(): R[] {
    const out: R[] = [];
    for (const sorted of this.byOutlet.values()) out.push(...sorted.slice(0, this.k).filter((r) => r.score < 0), ...sorted.slice(-this.k).reverse().filter((r) => r.score > 0));
    return out;
  }
}
