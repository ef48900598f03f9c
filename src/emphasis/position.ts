import { findActorMentions } from "../actors/mentions";
import { defaultActorRegistry } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { ParsedArticle } from "../corpus/types";
import { termOf } from "./terms";

/** What an outlet puts up front: a term's or actor's share in headline + lead vs in the rest. */
export type PositionEmphasis = { outlet: string; kind: "term" | "actor"; item: string; top: number; rest: number; topShare: number; restShare: number; lift: number };

/**
 * Emphasis by position: for each outlet, content-word lemmas and registry actors in the headline and lead
 * paragraph (the first body paragraph) against the rest of the article. topShare and restShare are shares
 * of the content words (or actor mentions) in each part; lift = topShare / restShare (Infinity when absent
 * from the rest). Items must appear up front. Empty input gives [].
 */
export function positionEmphasis(articles: readonly ParsedArticle[], options: { registry?: ActorRegistry } = {}): PositionEmphasis[] {
  const { registry = defaultActorRegistry() } = options;
  const names = new Map(registry.actors.map((x) => [x.id, x.name]));
  const out: PositionEmphasis[] = [];
  for (const outlet of Array.from(new Set(articles.map((a) => a.outlet)))) {
    const top = new Map<string, number>();
    const rest = new Map<string, number>();
    const topA = new Map<string, number>();
    const restA = new Map<string, number>();
    for (const a of articles.filter((x) => x.outlet === outlet)) {
      const lead = a.paragraphs.find((p) => p.role === "body");
      const isTop = (sentence: number) => {
        const s = a.sentences[sentence];
        return s.role === "headline" || (lead !== undefined && s.paragraph === lead.index);
      };
      for (const s of a.sentences) {
        if (s.role === "caption") continue;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const t = a.tokens[i];
          if (t.kind !== "word" || t.stop || t.norm.length < 2) continue;
          const m = isTop(s.index) ? top : rest;
          m.set(termOf(t, true), (m.get(termOf(t, true)) ?? 0) + 1);
        }
      }
      for (const m of findActorMentions(a, registry)) {
        const name = names.get(m.actorId) ?? m.actorId;
        const map = isTop(m.sentence) ? topA : restA;
        map.set(name, (map.get(name) ?? 0) + 1);
      }
    }
    const emit = (kind: "term" | "actor", t: Map<string, number>, r: Map<string, number>) => {
      const tt = Array.from(t.values()).reduce((x, y) => x + y, 0);
      const rt = Array.from(r.values()).reduce((x, y) => x + y, 0);
      for (const [item, n] of t) {
        const topShare = tt ? n / tt : 0;
        const restShare = rt ? (r.get(item) ?? 0) / rt : 0;
        out.push({ outlet, kind, item, top: n, rest: r.get(item) ?? 0, topShare, restShare, lift: restShare ? topShare / restShare : Infinity });
      }
    };
    emit("term", top, rest);
    emit("actor", topA, restA);
  }
  return out;
}
