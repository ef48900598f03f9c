import { FrameEvidence, FrameShare } from "../frames/detect";
import { EvidenceSample, clip, outletFigure, shareWording, valueText } from "./headline";
import { OutletFigure } from "./types";

/** The sentences behind each outlet's frame shares, folded as records stream past: per outlet and frame, those with most indicator words. */
export class FramesEvidence {
  private readonly sample = new EvidenceSample();

  add(evidence: readonly Pick<FrameEvidence, "outlet" | "articleId" | "sentence" | "frame" | "indicators" | "text">[]): void {
    for (const e of evidence) {
      const key = `${e.outlet}\u0000${e.frame}`;
      // Most sentences fall short of the kept ones: their evidence line (clip, indicators) is not made.
      if (this.sample.wants(key, e.indicators.length)) this.sample.add(key, { outlet: e.outlet, articleId: e.articleId, sentence: e.sentence, text: `${clip(e.text)} [${e.indicators.join(", ")}]` }, e.indicators.length);
    }
  }

  of(outlet: string, frame: string): OutletFigure["evidence"] {
    return this.sample.get(`${outlet}\u0000${frame}`);
  }
}

/**
 * The frames section's headline figures per outlet: the dominant frame (largest share of sentences, with
 * its 95% Wilson interval), and each frame's share (in the findings and overview.csv, not a row of the
 * overview table). Evidence: the sentences with most indicator words. No shares gives [].
 */
export function framesFigures(shares: readonly FrameShare[], evidence: FramesEvidence): OutletFigure[] {
  const out: OutletFigure[] = [];
  for (const outlet of Array.from(new Set(shares.map((s) => s.outlet)))) {
    const mine = shares.filter((s) => s.outlet === outlet);
    const top = mine.reduce((a, b) => (b.share > a.share ? b : a));
    out.push(outletFigure({ outlet, metric: "frame", label: "dominant frame", scale: "text", value: top.share, low: top.low, high: top.high, n: top.n, unit: "sentences", section: "frames", display: top.sentences ? `${top.frame} ${valueText("share", "pooled", top.share, top.low, top.high)}` : "none", evidence: evidence.of(outlet, top.frame) }));
    for (const s of mine) {
      out.push(outletFigure({ outlet, metric: `frame:${s.frame}`, label: `${s.frame} frame`, scale: "share", value: s.share, low: s.low, high: s.high, n: s.n, unit: "sentences", section: "frames", table: false, evidence: evidence.of(outlet, s.frame), wording: shareWording(`share of sentences with the ${s.frame} frame`) }));
    }
  }
  return out;
}
