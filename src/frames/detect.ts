import { articleSentences } from "../corpus/parse";
import { ParsedArticle } from "../corpus/types";
import { wilsonInterval } from "../stats/proportion";
import { DEFAULT_FRAME_LEXICON, FRAMES, Frame, FrameLexicon } from "./lexicon";

/** One sentence carrying one frame, with the indicators that fired. */
export type FrameEvidence = { outlet: string; articleId: string; sentence: number; frame: Frame; indicators: string[]; start: number; end: number; text: string };

/**
 * Finds frame indicators in each sentence (captions left out): a token's lemma or lower-cased form equal
 * to a one-word indicator, or a run of tokens equal to a phrase indicator ("red line", "loved one").
 * Returns one record per sentence and frame it carries. Empty input gives [].
 */
export function detectFrames(articles: readonly ParsedArticle[], lexicon: FrameLexicon = DEFAULT_FRAME_LEXICON): FrameEvidence[] {
  for (const d of lexicon) if (!(FRAMES as readonly string[]).includes(d.frame)) throw new Error(`unknown frame "${d.frame}"; expected one of ${FRAMES.join(", ")}`);
  const defs = lexicon.map((d) => ({ frame: d.frame, words: new Set(d.indicators.filter((i) => !/[\s-]/.test(i))), phrases: d.indicators.filter((i) => /[\s-]/.test(i)).map((p) => p.split(/\s+|(-)/).filter(Boolean)) }));
  const out: FrameEvidence[] = [];
  for (const a of articles)
    for (const s of articleSentences(a)) {
      const toks = a.tokens.slice(s.tokenStart, s.tokenEnd);
      const forms = toks.map((t) => [t.lemma, t.norm]);
      for (const d of defs) {
        const hits = new Set<string>();
        forms.forEach(([lemma, norm]) => {
          if (d.words.has(lemma)) hits.add(lemma);
          else if (d.words.has(norm)) hits.add(norm);
        });
        for (const p of d.phrases)
          for (let i = 0; i + p.length <= forms.length; i++)
            if (p.every((w, k) => forms[i + k][0] === w || forms[i + k][1] === w)) hits.add(p.join(" ").replace(/ - /g, "-"));
        if (hits.size) out.push({ outlet: a.outlet, articleId: a.id, sentence: s.index, frame: d.frame, indicators: Array.from(hits), start: s.start, end: s.end, text: s.text });
      }
    }
  return out;
}

/** Share of an outlet's sentences carrying a frame, with a 95% Wilson interval and n. */
export type FrameShare = { outlet: string; frame: Frame; sentences: number; n: number; share: number; low: number; high: number; topIndicators: string };

/** Frame shares per outlet for every frame (zero rows included, so absences show). */
export function frameShares(articles: readonly ParsedArticle[], evidence: readonly FrameEvidence[]): FrameShare[] {
  const out: FrameShare[] = [];
  for (const outlet of Array.from(new Set(articles.map((a) => a.outlet)))) {
    const n = articles.filter((a) => a.outlet === outlet).reduce((k, a) => k + articleSentences(a).length, 0);
    for (const frame of FRAMES) {
      const ev = evidence.filter((e) => e.outlet === outlet && e.frame === frame);
      const ci = wilsonInterval(ev.length, n);
      const counts = new Map<string, number>();
      for (const e of ev) for (const i of e.indicators) counts.set(i, (counts.get(i) ?? 0) + 1);
      out.push({ outlet, frame, sentences: ev.length, n, share: ci.p, low: ci.low, high: ci.high, topIndicators: Array.from(counts).sort((x, y) => y[1] - x[1]).slice(0, 6).map(([w, c]) => `${w}×${c}`).join(", ") });
    }
  }
  return out;
}
