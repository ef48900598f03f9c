import { ParsedArticle } from "../corpus/types";
import { defaultActorRegistry } from "./registry";
import { Actor, ActorMention, ActorRegistry } from "./types";

/** A node of a character trie of names: the nodes for each next UTF-16 unit, and the actor of the name ending here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Length of the text from the root to here. */
  depth: number;
  /** Set where a name ends: the first actor (registry order) with that name. */
  actor?: Actor;
}

/**
 * Every name and alias of a registry (quotes normalised) in a character trie, built once per registry,
 * so that the scan of a sentence follows, from each word start, only the names that continue the text.
 * This finds what one alternation regex of all names, longest first, on word boundaries
 * (`(?<![\p{L}\p{N}])(?:longest|...|shortest)(?![\p{L}\p{N}]|\.\p{L})`) finds, without trying every
 * name at every character.
 */
const tries = new WeakMap<ActorRegistry, TrieNode>();

function trieFor(registry: ActorRegistry): TrieNode {
  let trie = tries.get(registry);
  if (!trie) {
    trie = { next: new Map(), depth: 0 };
    for (const a of registry.actors) {
      for (const alias of [a.name, ...a.aliases]) {
        const name = norm(alias);
        let node = trie;
        for (let i = 0; i < name.length; i++) {
          const unit = name.charCodeAt(i);
          let child = node.next.get(unit);
          if (!child) node.next.set(unit, (child = { next: new Map(), depth: i + 1 }));
          node = child;
        }
        node.actor ??= a;
      }
    }
    tries.set(registry, trie);
  }
  return trie;
}

function norm(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'");
}

/** 1 for the ASCII letters and digits: the word-start test of nearly every character, without a regex. */
const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** Sticky (`lastIndex` = offset): no letter or digit (a code point, maybe outside the BMP) just before the offset. */
const BOUNDARY_BEFORE = /(?<![\p{L}\p{N}])/uy;
/** Sticky: neither a letter or digit nor "." and a letter (an initial: "U.S.") at the offset. */
const BOUNDARY_AFTER = /(?![\p{L}\p{N}]|\.\p{L})/uy;

/** No letter or digit just before offset `i` of `text`. */
function startsWord(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (before < 128) return before < 0 || ASCII_WORD_CHAR[before] === 0;
  BOUNDARY_BEFORE.lastIndex = i;
  return BOUNDARY_BEFORE.test(text);
}

/** The end node of the longest name starting at offset `i` of `text` and followed by a word boundary, or undefined. */
function nameAt(trie: TrieNode, text: string, i: number): TrieNode | undefined {
  let found: TrieNode | undefined;
  let node = trie.next.get(text.charCodeAt(i));
  for (let end = i + 1; node; end++) {
    if (node.actor) {
      BOUNDARY_AFTER.lastIndex = end;
      if (BOUNDARY_AFTER.test(text)) found = node;
    }
    node = end < text.length ? node.next.get(text.charCodeAt(end)) : undefined;
  }
  return found;
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
  const trie = trieFor(registry);
  const out: ActorMention[] = [];
  for (const s of article.sentences) {
    if (!roles.includes(s.role)) continue;
    const text = s.norm;
    for (let i = 0; i < text.length; i++) {
      const found = startsWord(text, i) ? nameAt(trie, text, i) : undefined;
      if (!found) continue;
      const actor = found.actor!;
      const start = s.start + i;
      out.push({ articleId: article.id, actorId: actor.id, side: actor.side, sentence: s.index, start, end: start + found.depth, text: article.text.slice(start, start + found.depth) });
      i += found.depth - 1;
    }
  }
  return out;
}
