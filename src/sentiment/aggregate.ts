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

function byOutlet(rows: readonly SentenceSentiment[]): Map<string, SentenceSentiment[]> {
  const m = new Map<string, SentenceSentiment[]>();
  for (const r of rows) {
    const list = m.get(r.outlet) ?? [];
    list.push(r);
    m.set(r.outlet, list);
  }
  return m;
}

function voiceCI(rows: readonly SentenceSentiment[], voice: Voice, boot: BootstrapOptions) {
  return bootstrapMeanCI(rows.filter((r) => r.voice === voice).map((r) => r.score), boot);
}

/**
 * Aggregates sentence scores per outlet, in first-seen order. Every mean comes with a 95% percentile
 * bootstrap interval over sentences (2000 resamples, seeded; the normal approximation above 20,000
 * sentences, see bootstrapMeanCI) and its n. The score, compound and VADER intervals share their
 * resampling draws (same numbers as three separate calls). Empty input gives [].
 */
export function outletSentiment(rows: readonly SentenceSentiment[], boot: BootstrapOptions = {}): OutletSentiment[] {
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
export function toneTowardSides(rows: readonly SentenceSentiment[], boot: BootstrapOptions = {}): SideTone[] {
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
export function topContributors(rows: readonly SentenceSentiment[], top = 10): WordContribution[] {
  const out: WordContribution[] = [];
  for (const [outlet, list] of byOutlet(rows)) {
    const m = new Map<string, WordContribution>();
    for (const r of list)
      for (const w of r.contributors) {
        const c = m.get(w.lexeme) ?? { outlet, word: w.lexeme, total: 0, count: 0 };
        c.total += w.value;
        c.count += 1;
        m.set(w.lexeme, c);
      }
    out.push(...Array.from(m.values()).sort((x, y) => Math.abs(y.total) - Math.abs(x.total) || x.word.localeCompare(y.word)).slice(0, top));
  }
  return out;
}

/** The `k` most negative and most positive sentences per outlet (ties by position). */
export function extremeSentences(rows: readonly SentenceSentiment[], k = 3): SentenceSentiment[] {
  const out: SentenceSentiment[] = [];
  for (const [, list] of byOutlet(rows)) {
    const sorted = list.slice().sort((x, y) => x.score - y.score || x.index - y.index);
    out.push(...sorted.slice(0, k).filter((r) => r.score < 0), ...sorted.slice(-k).reverse().filter((r) => r.score > 0));
  }
  return out;
}
