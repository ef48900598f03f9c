import { ParsedArticle } from "../corpus/types";
import { defaultActorRegistry } from "./registry";
import { NameEntry, actorOn, nameEntries, resolutionDate } from "./roles";
import { Actor, ActorMention, ActorRegistry } from "./types";

/** A node of a character trie of names: the nodes for each next UTF-16 unit, and the actors of the name ending here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Length of the text from the root to here. */
  depth: number;
  /** Set where a name, alias or role alias ends: the actors it may stand for, in registry order (see roles.ts). */
  entry?: NameEntry;
  /** The actor of a name whose first candidate is a name alias: the answer whatever the date (the common case). */
  fixed?: Actor;
}

/**
 * Every name, alias and role alias of a registry (quotes normalised) in a character trie, built once per registry,
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
    for (const [name, entry] of nameEntries(registry, norm)) {
      let node = trie;
      for (let i = 0; i < name.length; i++) {
        const unit = name.charCodeAt(i);
        let child = node.next.get(unit);
        if (!child) node.next.set(unit, (child = { next: new Map(), depth: i + 1 }));
        node = child;
      }
      node.entry = entry;
      if (!entry.candidates[0].role) node.fixed = entry.candidates[0].actor;
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

/**
 * The longest name starting at offset `i` of `text`, followed by a word boundary and standing for an actor
 * on `date` (a role alias out of office is passed over for a shorter name): its length and actor, or undefined.
 */
function nameAt(trie: TrieNode, text: string, i: number, date: string | undefined): { depth: number; actor: Actor } | undefined {
  let depth = 0;
  let found: Actor | undefined;
  let node = trie.next.get(text.charCodeAt(i));
  for (let end = i + 1; node; end++) {
    const actor = node.fixed ?? (node.entry && actorOn(node.entry, date));
    if (actor) {
      BOUNDARY_AFTER.lastIndex = end;
      if (BOUNDARY_AFTER.test(text)) [depth, found] = [node.depth, actor];
    }
    node = end < text.length ? node.next.get(text.charCodeAt(end)) : undefined;
  }
  return found && { depth, actor: found };
}

export interface MentionOptions {
  /** Paragraph roles searched; default headline, subheading, body (captions left out). */
  roles?: readonly string[];
  /**
   * The date role aliases are resolved on (YYYY-MM-DD); default the article's own (article.meta.date).
   * With no date, a role alias names only the one holder of an undated role.
   */
  date?: string;
}

/**
 * Every place an actor of the registry is named in the article (not in captions or removed lines),
 * longest alias first and never overlapping: "Russian Foreign Minister Sergei Lavrov" gives Lavrov twice
 * (title and name) and not Russia. Names are matched case-sensitively on word boundaries in the
 * normalised text; a role alias counts only on a date within its role's dates (see resolveActor). Mentions
 * come in text order and never overlap, so their ends are in order too (quote attribution relies on this
 * to look them up by binary search). Returns [] for an article with no sentences.
 * Options: roles (headline, subheading, body), date (article.meta.date).
 */
export function findActorMentions(article: ParsedArticle, registry: ActorRegistry = defaultActorRegistry(), options: MentionOptions = {}): readonly ActorMention[] {
  const { roles = ["headline", "subheading", "body"] } = options;
  const date = resolutionDate(article.meta, options.date, "findActorMentions");
  // Quotes, sentiment and emphasis each ask for an article's mentions with the same registry, roles and
  // date: the last answer is kept with the article (and goes with it).
  const key = `${roles.join("|")}\u0000${date ?? ""}`;
  const last = lastMentions.get(article);
  if (last && last.registry === registry && last.key === key) return last.mentions;
  const mentions = scanMentions(article, registry, roles, date);
  lastMentions.set(article, { registry, key, mentions });
  return mentions;
}

/** Each article's last findActorMentions answer, by registry and options. */
const lastMentions = new WeakMap<ParsedArticle, { registry: ActorRegistry; key: string; mentions: readonly ActorMention[] }>();

function scanMentions(article: ParsedArticle, registry: ActorRegistry, roles: readonly string[], date: string | undefined): ActorMention[] {
  const trie = trieFor(registry);
  const out: ActorMention[] = [];
  for (const s of article.sentences) {
    if (!roles.includes(s.role)) continue;
    const text = s.norm;
    for (let i = 0; i < text.length; i++) {
      const found = startsWord(text, i) ? nameAt(trie, text, i, date) : undefined;
      if (!found) continue;
      const actor = found.actor;
      const start = s.start + i;
      out.push({ articleId: article.id, actorId: actor.id, side: actor.side, sentence: s.index, start, end: start + found.depth, text: article.text.slice(start, start + found.depth) });
      i += found.depth - 1;
    }
  }
  return out;
}
