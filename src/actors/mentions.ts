import { ParsedArticle } from "../corpus/types";
import { defaultActorRegistry } from "./registry";
import { Actor, ActorMention, ActorRegistry } from "./types";

interface Matcher {
  pattern: RegExp;
  byAlias: Map<string, Actor>;
}

const matchers = new WeakMap<ActorRegistry, Matcher>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regular expression of every name and alias, longest first, matched on word boundaries. */
function matcherFor(registry: ActorRegistry): Matcher {
  let m = matchers.get(registry);
  if (!m) {
    const byAlias = new Map<string, Actor>();
    for (const a of registry.actors) for (const alias of [a.name, ...a.aliases]) if (!byAlias.has(norm(alias))) byAlias.set(norm(alias), a);
    const alts = Array.from(byAlias.keys()).sort((x, y) => y.length - x.length).map(escapeRegExp);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
    m = { pattern, byAlias };
    matchers.set(registry, m);
  }
  return m;
}

function norm(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'");
}

/**
 * Every place an actor of the registry is named in the article (not in captions or removed lines),
 * longest alias first and never overlapping: "Russian Foreign Minister Sergei Lavrov" gives Lavrov twice
 * (title and name) and not Russia. Names are matched case-sensitively on word boundaries in the
 * normalised text. Mentions come in text order and never overlap, so their ends are in order too (quote
 * attribution relies on this to look them up by binary search). Returns [] for an article with no sentences.
 */
export function findActorMentions(article: ParsedArticle, registry: ActorRegistry = defaultActorRegistry(), options: { roles?: readonly string[] } = {}): ActorMention[] {
  const { roles = ["headline", "subheading", "body"] } = options;
  const { pattern, byAlias } = matcherFor(registry);
  const out: ActorMention[] = [];
  for (const s of article.sentences) {
    if (!roles.includes(s.role)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s.norm); m; m = pattern.exec(s.norm)) {
      const actor = byAlias.get(m[0]);
      if (!actor) continue;
      const start = s.start + m.index;
      out.push({ articleId: article.id, actorId: actor.id, side: actor.side, sentence: s.index, start, end: start + m[0].length, text: article.text.slice(start, start + m[0].length) });
    }
  }
  return out;
}
