import { AnalysisStep } from "../cli/step";
import { FramesEvidence, framesFigures } from "../comparison/frames-figures";
import { StringPool } from "../pipeline/string-pool";
import { spooledTable } from "../tables/spool";
import { frameSharesChart } from "./charts";
import { FramesPart, ShareEvidence, frameSharesFromParts } from "./detect";

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The frames section: Semetko & Valkenburg's five generic frames per outlet, with evidence. */
export const framesStep: AnalysisStep = {
  id: "frames",
  title: "Frames",
  begin(shared) {
    // Shares need each detection's outlet, frame and words; the sentence goes to the spooled evidence table.
    const parts: Array<Pick<FramesPart, "outlet" | "sentences"> & { evidence: ShareEvidence[] }> = [];
    const behind = new FramesEvidence();
    const pool = shared?.strings ?? new StringPool();
    const indicatorLists = new Map<string, string[]>();
    const evidence = spooledTable("frames-evidence", "Every sentence carrying a frame, with its indicators", ["outlet", "frame", "indicators", "text", "articleId", "sentence", "start", "end"]);
    evidence.readerColumns = ["outlet", "frame", "indicators", "text", "articleId"];
    return {
      add({ frames }) {
        // Kept until finish, one per detection: the strings shared through the pool (a record from a
        // worker brings its own copy of each), and detections with the same indicator words share one array.
        const kept = frames.evidence.map(({ outlet, frame, indicators }) => {
          const key = indicators.join("\u0000");
          let words = indicatorLists.get(key);
          if (!words) indicatorLists.set(key, (words = indicators.map((w) => pool.get(w))));
          return { outlet: pool.get(outlet), frame: pool.get(frame), indicators: words };
        });
        parts.push({ outlet: pool.get(frames.outlet), sentences: frames.sentences, evidence: kept });
        behind.add(frames.evidence);
        for (const e of frames.evidence) evidence.add({ ...e, indicators: e.indicators.join(", ") });
      },
      finish(corpus) {
        const shares = frameSharesFromParts(parts);
        return {
          intro: "<p>The five generic news frames of Semetko &amp; Valkenburg (2000): conflict, responsibility, economic consequences, human interest and morality, each detected by indicator words derived from the authors' questionnaire items (<code>src/frames/lexicon.ts</code>). A share is the proportion of an outlet's sentences carrying the frame, with a 95% Wilson interval; every detection is listed with the words that fired, so you can judge it.</p>",
          tables: [
            { name: "frames", title: "Frame shares per outlet", columns: ["outlet", "frame", "sentences", "n", "share", "low", "high", "topIndicators"], rows: shares.map((s) => ({ ...s, share: r3(s.share), low: r3(s.low), high: r3(s.high) })) },
            evidence,
          ],
          figures: [{ name: "frames-shares", title: "Frame shares", caption: "Share of each outlet's sentences carrying each frame, with 95% Wilson intervals; hover for counts and the indicator words.", figure: frameSharesChart(shares, { outlets: corpus.outlets }) }],
          headlines: framesFigures(shares, behind),
          summary: [Array.from(new Set(shares.map((s) => s.outlet))).map((o) => `${o}: ${shares.filter((s) => s.outlet === o).map((s) => `${s.frame} ${Math.round(100 * s.share)}%`).join(", ")}`).join("; ")],
        };
      },
    };
  },
};
