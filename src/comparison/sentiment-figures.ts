import { SideInfo, UNKNOWN_SIDE } from "../actors/types";
import { OutletSentiment, SideTone } from "../sentiment/aggregate";
import { SentenceSentiment } from "../sentiment/sentences";
import { formatScore } from "./headline";
import { EvidenceSample, clip, outletFigure, toneWording } from "./headline";
import { OutletFigure } from "./types";
import { TOP_SIDES } from "./quotes-figures";

type Scored = Pick<SentenceSentiment, "outlet" | "articleId" | "index" | "score" | "voice" | "sides" | "text">;

/**
 * The sentences behind the sentiment figures, folded as records stream past: per outlet, per outlet and
 * voice, and per outlet and side named, the few sentences of strongest score (|score|), so the overview
 * shows what moved each mean. Memory: EVIDENCE_PER_FIGURE sentences per key.
 */
export class SentimentEvidence {
  private readonly sample = new EvidenceSample();

  add(sentences: readonly Scored[]): void {
    for (const s of sentences) {
      if (s.score === 0) continue;
      const w = Math.abs(s.score);
      const keys = [s.outlet, `${s.outlet}\u0000voice:${s.voice}`, ...s.sides.map((side) => `${s.outlet}\u0000side:${side}`)].filter((k) => this.sample.wants(k, w));
      if (!keys.length) continue;
      // The text is clipped on the way in: the sample keeps no long strings.
      const e = { outlet: s.outlet, articleId: s.articleId, sentence: s.index, text: `${clip(s.text)} (${formatScore(s.score, true)})` };
      for (const k of keys) this.sample.add(k, e, w);
    }
  }

  of(outlet: string, key?: string): OutletFigure["evidence"] {
    return this.sample.get(key ? `${outlet}\u0000${key}` : outlet);
  }
}

/**
 * The sentiment section's headline figures per outlet: sentence tone, narration tone and quoted tone
 * (means with their 95% bootstrap intervals and n, as sentiment.csv), and tone toward each of the
 * TOP_SIDES sides named in most sentences (as sentiment-sides.csv). Evidence: the strongest-scored
 * sentences of each. No outlets gives [].
 */
export function sentimentFigures(outlets: readonly OutletSentiment[], sides: readonly SideTone[], evidence: SentimentEvidence, sideInfo: readonly SideInfo[]): OutletFigure[] {
  const label = new Map(sideInfo.map((s) => [s.id, s.label]));
  const named = new Map<string, number>();
  for (const s of sides) if (s.side !== UNKNOWN_SIDE) named.set(s.side, (named.get(s.side) ?? 0) + s.n);
  const top = Array.from(named).sort((a, b) => b[1] - a[1]).slice(0, TOP_SIDES).map(([s]) => s);
  const out: OutletFigure[] = [];
  for (const o of outlets) {
    const outlet = o.outlet;
    out.push(outletFigure({ outlet, metric: "tone", label: "sentence tone", scale: "score", value: o.mean, low: o.low, high: o.high, n: o.sentences, unit: "sentences", section: "sentiment", evidence: evidence.of(outlet), wording: toneWording("sentence tone") }));
    out.push(outletFigure({ outlet, metric: "tone:narration", label: "narration tone", scale: "score", value: o.narrationMean, low: o.narrationLow, high: o.narrationHigh, n: o.narrationN, unit: "sentences", section: "sentiment", evidence: evidence.of(outlet, "voice:narration"), wording: toneWording("narration") }));
    out.push(outletFigure({ outlet, metric: "tone:quotes", label: "quoted tone", scale: "score", value: o.quoteMean, low: o.quoteLow, high: o.quoteHigh, n: o.quoteN, unit: "sentences", section: "sentiment", evidence: evidence.of(outlet, "voice:quote"), wording: toneWording("quoted voices' tone") }));
    for (const side of top) {
      const t = sides.find((s) => s.outlet === outlet && s.side === side);
      const name = label.get(side) ?? side;
      out.push(outletFigure({ outlet, metric: `toward:${side}`, label: `tone toward ${name}`, scale: "score", value: t ? t.mean : null, low: t?.low ?? null, high: t?.high ?? null, n: t?.n ?? 0, unit: "sentences", section: "sentiment", evidence: evidence.of(outlet, `side:${side}`), wording: toneWording(`tone toward ${name}`) }));
    }
  }
  return out;
}
