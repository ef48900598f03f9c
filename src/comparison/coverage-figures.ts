import { Fact, Omission, uniqueFactsPerOutlet } from "../coverage/facts";
import { clip, outletFigure } from "./headline";
import { OutletFigure } from "./types";

/**
 * The coverage section's headline figures per outlet: facts only this outlet reports (evidence: the most
 * substantial of them, as uniqueFacts ranks them) and facts it leaves out that more than half of the other
 * outlets report (evidence: how another outlet says it). Counted within each story and added, so with
 * several stories the basis is "per-story". No outlets gives [].
 */
export function coverageFigures(outlets: readonly string[], facts: readonly Fact[], omissions: readonly Omission[], stories = 1): OutletFigure[] {
  const basis = stories > 1 ? ("per-story" as const) : ("pooled" as const);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const unique = uniqueFactsPerOutlet(facts, outlets, { limit: 3 });
  const out: OutletFigure[] = [];
  outlets.forEach((outlet, i) => {
    const only = facts.filter((f) => f.outlets.length === 1 && f.outlets[0] === outlet).length;
    const evidence = unique[i].map((f) => ({ outlet, articleId: f.statements[0].articleId, sentence: f.statements[0].sentence, text: clip(f.statements[0].text) }));
    out.push(outletFigure({ outlet, metric: "only", label: "facts only this outlet reports", scale: "count", value: only, n: facts.length, unit: "facts", section: "coverage", basis, evidence }));
    const left = omissions.filter((m) => m.outlet === outlet);
    const leftEvidence = left.slice(0, 3).flatMap((m) => {
      const s = byId.get(m.fact)?.statements[0];
      return s ? [{ outlet: s.outlet, articleId: s.articleId, sentence: s.sentence, text: `${clip(s.text)} (reported by ${m.reportedBy.join(", ")})` }] : [];
    });
    out.push(outletFigure({ outlet, metric: "left-out", label: "facts it leaves out", scale: "count", value: left.length, n: facts.length, unit: "facts", section: "coverage", basis, evidence: leftEvidence }));
  });
  return out;
}
