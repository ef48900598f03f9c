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
 * from the rest). Items must appear up front. Empty input gives []. Same as positionEmphasisFromParts on
 * each article's positionPart.
 */
export function positionEmphasis(articles: readonly ParsedArticle[], options: { registry?: ActorRegistry } = {}): PositionEmphasis[] {
  const { registry = defaultActorRegistry() } = options;
  return positionEmphasisFromParts(articles.map((a) => positionPart(a, registry)));
}

/**
 * One article's counts by position, as [item, count] pairs in order of first occurrence: content-word
 * lemmas (`topTerms`, `restTerms`) and actor mentions by actor name (`topActors`, `restActors`) in the
 * headline and lead paragraph (top) and in the rest, captions left out.
 */
export type PositionPart = {
  articleId: string;
  outlet: string;
  position: { topTerms: Array<[string, number]>; restTerms: Array<[string, number]>; topActors: Array<[string, number]>; restActors: Array<[string, number]> };
};

/** The position part of one article; actors from `registry` (default: defaultActorRegistry()). */
export function positionPart(article: ParsedArticle, registry: ActorRegistry = defaultActorRegistry()): PositionPart {
  const a = article;
  const names = new Map(registry.actors.map((x) => [x.id, x.name]));
  const top = new Map<string, number>();
  const rest = new Map<string, number>();
  const topA = new Map<string, number>();
  const restA = new Map<string, number>();
  const lead = a.paragraphs.find((p) => p.role === "body");
  const isTop = (sentence: number) => {
    const s = a.sentences[sentence];
    return s.role === "headline" || (lead !== undefined && s.paragraph === lead.index);
  };
  for (const s of a.sentences) {
    if (s.role === "caption") continue;
    const m = isTop(s.index) ? top : rest;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = a.tokens[i];
      if (t.kind !== "word" || t.stop || t.norm.length < 2) continue;
      const term = termOf(t, true);
      m.set(term, (m.get(term) ?? 0) + 1);
    }
  }
  for (const m of findActorMentions(a, registry)) {
    const name = names.get(m.actorId) ?? m.actorId;
    const map = isTop(m.sentence) ? topA : restA;
    map.set(name, (map.get(name) ?? 0) + 1);
  }
  return { articleId: a.id, outlet: a.outlet, position: { topTerms: Array.from(top), restTerms: Array.from(rest), topActors: Array.from(topA), restActors: Array.from(restA) } };
}

/** Position counts summed over parts, as maps keyed in order of first appearance. */
export type PositionSums = { topTerms: Map<string, number>; restTerms: Map<string, number>; topActors: Map<string, number>; restActors: Map<string, number> };

export function emptyPositionSums(): PositionSums {
  return { topTerms: new Map(), restTerms: new Map(), topActors: new Map(), restActors: new Map() };
}

function addPairs(into: Map<string, number>, pairs: ReadonlyArray<readonly [string, number]>): void {
  for (const [k, v] of pairs) into.set(k, (into.get(k) ?? 0) + v);
}

/** Adds one part's position counts to `into` (the sum positionEmphasisFromParts and EmphasisMerger fold). */
export function addPosition(into: PositionSums, position: PositionPart["position"]): void {
  addPairs(into.topTerms, position.topTerms);
  addPairs(into.restTerms, position.restTerms);
  addPairs(into.topActors, position.topActors);
  addPairs(into.restActors, position.restActors);
}

/**
 * positionEmphasis from per-article parts (positionPart or emphasisPart): counts are summed per outlet,
 * so they do not depend on the order of `parts`; outlets, and items within an outlet, come in order of
 * first appearance. No parts gives [].
 */
export function positionEmphasisFromParts(parts: readonly Pick<PositionPart, "outlet" | "position">[]): PositionEmphasis[] {
  const byOutlet = new Map<string, PositionSums>();
  for (const p of parts) {
    let o = byOutlet.get(p.outlet);
    if (!o) byOutlet.set(p.outlet, (o = emptyPositionSums()));
    addPosition(o, p.position);
  }
  const out: PositionEmphasis[] = [];
  for (const [outlet, { topTerms: top, restTerms: rest, topActors: topA, restActors: restA }] of byOutlet) {
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
