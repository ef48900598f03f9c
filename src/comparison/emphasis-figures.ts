import { LoadedTermUse } from "../emphasis/contrast";
import { TermEmphasis } from "../emphasis/distinctive";
import { clip, outletFigure } from "./headline";
import { OutletFigure } from "./types";

/** |z| a distinctive term must reach to be called distinctive (two-sided 5%), as the emphasis section. */
export const DISTINCTIVE_Z = 1.96;

/**
 * The word-emphasis section's headline figures per outlet, as text: the (at most three) most distinctive
 * over-used terms with their z (those reaching |z| ≥ 1.96; when none does, the three strongest leanings,
 * said to be leanings), and the loaded-word choices: for each of the outlet's three most-used contrast
 * sets, the term it picks most with its share of the set (evidence: that term in context). `outlets`
 * orders the result; an outlet without terms or loaded words gets "none".
 */
export function emphasisFigures(outlets: readonly string[], terms: Iterable<Pick<TermEmphasis, "outlet" | "term" | "count" | "z">>, loaded: readonly LoadedTermUse[]): OutletFigure[] {
  const best = new Map<string, Array<{ term: string; z: number }>>();
  for (const t of terms) {
    if (t.count <= 0 || !(t.z > 0)) continue;
    const list = best.get(t.outlet) ?? [];
    if (list.length < 3 || t.z > list[list.length - 1].z) {
      list.push({ term: t.term, z: t.z });
      list.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
      if (list.length > 3) list.pop();
    }
    best.set(t.outlet, list);
  }
  const out: OutletFigure[] = [];
  for (const outlet of outlets) {
    const top = best.get(outlet) ?? [];
    const sig = top.filter((t) => t.z >= DISTINCTIVE_Z);
    const list = (xs: typeof top) => xs.map((t) => `${t.term} (z ${t.z.toFixed(1)})`).join(", ");
    const display = sig.length ? list(sig) : top.length ? `none at z ≥ ${DISTINCTIVE_Z}; leaning: ${list(top)}` : "none";
    out.push(outletFigure({ outlet, metric: "distinctive", label: "most distinctive words", scale: "text", value: sig.length, n: sig.length, unit: "terms", section: "emphasis", display }));
    // Per contrast set: the term this outlet uses most, for its three most-used sets.
    const mine = loaded.filter((l) => l.outlet === outlet && l.count > 0);
    const sets = new Map<string, LoadedTermUse>();
    for (const l of mine) {
      const seen = sets.get(l.set);
      if (!seen || l.count > seen.count) sets.set(l.set, l);
    }
    const picked = Array.from(sets.values()).sort((a, b) => b.setTotal - a.setTotal || a.set.localeCompare(b.set)).slice(0, 3);
    const evidence = picked.flatMap((l) => l.examples.slice(0, 1).map((e) => ({ outlet, articleId: e.articleId, sentence: e.sentence, text: clip(`…${e.left}[${e.match}]${e.right}…`) })));
    out.push(outletFigure({ outlet, metric: "loaded", label: "loaded-word choices", scale: "text", value: null, n: picked.reduce((n, l) => n + l.setTotal, 0), unit: "uses", section: "emphasis", display: picked.length ? picked.map((l) => `${l.term} ${l.count} of ${l.setTotal}`).join("; ") : "none", evidence }));
  }
  return out;
}
