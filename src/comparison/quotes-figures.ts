import { SideInfo, UNKNOWN_SIDE } from "../actors/types";
import { QuoteVoice } from "../quotes/types";
import { QuotePositions, quoteWords } from "../quotes/voices";
import { wilsonInterval } from "../stats/proportion";
import { EvidenceSample, clip, outletFigure, shareWording } from "./headline";
import { ratioInterval } from "./ratio-interval";
import { OutletFigure } from "./types";

/** Sides given their own overview rows (share of voice, speaks first), by quoted words over the corpus. */
export const TOP_SIDES = 4;

/**
 * The quotes section's headline figures per outlet: quotes (by kind); share of voice of each of the
 * TOP_SIDES most-quoted sides (quoted words, 95% interval resampling the outlet's quotes, see
 * ratioInterval; evidence: the side's longest quotes); who speaks first (the first attributed quote of
 * each article: the speaker when the outlet has one article, else the side most often first), and for
 * the TOP_SIDES sides first in most articles the share of articles where each speaks first (Wilson
 * interval; in the findings and overview.csv, not a table row).
 * Sides are named by `sides` (the registry's labels). No quotes gives [].
 */
export function quotesFigures(quotes: readonly QuoteVoice[], positions: readonly QuotePositions[], sides: readonly SideInfo[]): OutletFigure[] {
  const label = new Map(sides.map((s) => [s.id, s.label]));
  const sideName = (s: string) => label.get(s) ?? s;
  const outlets = Array.from(new Set([...positions.map((p) => p.outlet), ...quotes.map((q) => q.outlet)]));
  const byOutlet = new Map<string, QuoteVoice[]>(outlets.map((o) => [o, []]));
  const wordsBySide = new Map<string, number>();
  const longest = new EvidenceSample();
  const words = quotes.map((q) => quoteWords(q.text));
  quotes.forEach((q, i) => {
    byOutlet.get(q.outlet)!.push(q);
    wordsBySide.set(q.side, (wordsBySide.get(q.side) ?? 0) + words[i]);
    // Most quotes fall short of the kept ones: their evidence line (clip) is made only when it is kept.
    const evidence = () => ({ outlet: q.outlet, articleId: q.articleId, sentence: q.sentence, text: `${q.speaker ?? "(unattributed)"}: ${clip(q.text)}` });
    const bySide = `${q.outlet}\u0000${q.side}`;
    if (longest.wants(bySide, words[i])) longest.add(bySide, evidence(), words[i]);
    if (longest.wants(q.outlet, words[i])) longest.add(q.outlet, evidence(), words[i]);
  });
  const wordsOf = new Map(quotes.map((q, i) => [q, words[i]]));
  const top = Array.from(wordsBySide).filter(([s]) => s !== UNKNOWN_SIDE).sort((a, b) => b[1] - a[1]).slice(0, TOP_SIDES).map(([s]) => s);
  // The first attributed quote of each article (positions say who; the quote gives the words).
  const firstQuote = new Map<string, QuoteVoice>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const seen = firstQuote.get(q.articleId);
    if (!seen || q.start < seen.start) firstQuote.set(q.articleId, q);
  }
  // The TOP_SIDES sides that speak first in most articles.
  const firstCount = new Map<string, number>();
  for (const p of positions) if (p.firstSide && p.firstSide !== UNKNOWN_SIDE) firstCount.set(p.firstSide, (firstCount.get(p.firstSide) ?? 0) + 1);
  const firstSides = Array.from(firstCount).sort((a, b) => b[1] - a[1]).slice(0, TOP_SIDES).map(([s]) => s);
  const out: OutletFigure[] = [];
  for (const outlet of outlets) {
    const mine = byOutlet.get(outlet)!;
    const count = (k: string) => mine.filter((q) => q.kind === k).length;
    out.push(outletFigure({ outlet, metric: "quotes", label: "quotes", scale: "count", value: mine.length, n: mine.length, unit: "quotes", section: "quotes", display: `${mine.length} (${count("direct")} direct, ${count("partial")} partial, ${count("indirect")} reported)`, evidence: longest.get(outlet) }));
    for (const side of top) {
      const ci = ratioInterval(mine.map((q) => [q.side === side ? wordsOf.get(q)! : 0, wordsOf.get(q)!] as const));
      out.push(outletFigure({ outlet, metric: `voice:${side}`, label: `share of voice: ${sideName(side)}`, scale: "share", value: ci.estimate, low: ci.low, high: ci.high, n: ci.n, unit: "quotes", section: "quotes", evidence: longest.get(`${outlet}\u0000${side}`), wording: shareWording(`share of quoted words for ${sideName(side)}`) }));
    }
    const articles = positions.filter((p) => p.outlet === outlet);
    const withFirst = articles.filter((p) => p.firstSpeaker);
    const firstEvidence = (pred: (p: QuotePositions) => boolean) =>
      withFirst.filter(pred).flatMap((p) => {
        const q = firstQuote.get(p.articleId);
        return q ? [{ outlet, articleId: p.articleId, sentence: q.sentence, text: `${q.speaker} speaks first: ${clip(q.text)}` }] : [];
      });
    const bySide = new Map<string, number>();
    for (const p of withFirst) bySide.set(p.firstSide, (bySide.get(p.firstSide) ?? 0) + 1);
    const most = Array.from(bySide).sort((a, b) => b[1] - a[1])[0];
    const display = !withFirst.length
      ? "no attributed quote"
      : articles.length === 1
        ? `${withFirst[0].firstSpeaker}${withFirst[0].firstSide && sideName(withFirst[0].firstSide) !== withFirst[0].firstSpeaker ? ` (${sideName(withFirst[0].firstSide)})` : ""}`
        : `${sideName(most[0])} in ${most[1]} of ${withFirst.length} articles`;
    out.push(outletFigure({ outlet, metric: "first", label: "speaks first", scale: "text", value: null, n: withFirst.length, unit: "articles", section: "quotes", display, evidence: firstEvidence((p) => !most || p.firstSide === most[0]) }));
    for (const side of firstSides) {
      const k = withFirst.filter((p) => p.firstSide === side).length;
      const w = wilsonInterval(k, withFirst.length);
      out.push(outletFigure({ outlet, metric: `first:${side}`, label: `speaks first: ${sideName(side)}`, scale: "share", value: w.p, low: w.low, high: w.high, n: withFirst.length, unit: "articles", section: "quotes", table: false, evidence: firstEvidence((p) => p.firstSide === side), wording: shareWording(`share of articles where ${sideName(side)} speaks first`) }));
    }
  }
  return out;
}
