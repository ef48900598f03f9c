import { capitalisedRuns } from "./names";
import { defaultActorRegistry, resolveActor } from "./registry";
import { resolutionDate } from "./roles";
import { ActorKind, ActorRegistry, UNKNOWN_SIDE } from "./types";

/** What suggestActors reads of an article record (pipeline/record.ts ArticleRecord has all of it). */
export interface SuggestInput {
  id: string;
  outlet: string;
  meta: { date?: string };
  quotes: ReadonlyArray<{ speakerText: string | null; speakerId: string | null; sentence: number }>;
  sentences: ReadonlyArray<{ index: number; role: string; text: string }>;
}

/** An unresolved person or organisation, with the evidence for adding it to the registry. */
export interface ActorSuggestion {
  /** The fullest form seen ("John McCain"). */
  name: string;
  /** A guess the user checks: organisation (an organisation word: Committee, Senate ...), group (one plural word: "Democrats"), person (seen with a title, or two or three words), else organisation. */
  kind: ActorKind;
  /** Every form seen, most frequent first, with titles ("Sen. John McCain", "McCain", "Mr. McCain"). */
  variants: string[];
  /** Quotes whose speaker the registry did not resolve and whose head name is this one. */
  quotes: number;
  /** Times named in body sentences (capitalised runs; headlines left out). */
  mentions: number;
  articles: number;
  outlets: number;
  /** Up to `examples` sentences (article id, sentence index, text), from different articles where possible. */
  examples: Array<{ articleId: string; sentence: number; text: string }>;
  /**
   * Other names ending with the same last word ("Bill Clinton" for "Hillary Clinton"): for a merged name,
   * the ones its one-word form was not merged with; for a one-word name left alone, all of them.
   */
  sharedWith: string[];
}

export interface SuggestOptions {
  /** The registry whose actors count as resolved; default defaultActorRegistry(). */
  registry?: ActorRegistry;
  /** Example sentences kept per suggestion; default 2. */
  examples?: number;
  /** Suggestions named or quoted fewer times (quotes + mentions) are left out; default 2. */
  minCount?: number;
}

interface Tally {
  variants: Map<string, number>;
  quotes: number;
  mentions: number;
  titled: boolean;
  articles: Set<string>;
  outlets: Set<string>;
  examples: ActorSuggestion["examples"];
}

/**
 * A fold over records for `framelens actors suggest`: `add` each record (any order, one at a time, as
 * streamRecords hands them on), then `result()`. Keeps one small tally per distinct name, never a record.
 */
export function actorSuggester(options: SuggestOptions = {}) {
  const { registry = defaultActorRegistry(), examples = 2, minCount = 2 } = options;
  for (const [k, v] of [["examples", examples], ["minCount", minCount]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`suggestActors: option ${k} must be a whole number, at least 0; got ${String(v)}`);
  }
  const tallies = new Map<string, Tally>();
  const known = (name: string, date: string | undefined) => resolveActor(name, registry, { date, bySurname: false }) !== null;
  const note = (r: SuggestInput, name: string, written: string, titled: boolean, sentence: number, text: string | undefined, quoted: boolean) => {
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = { variants: new Map(), quotes: 0, mentions: 0, titled: false, articles: new Set(), outlets: new Set(), examples: [] }));
    for (const v of new Set([name, written])) t.variants.set(v, (t.variants.get(v) ?? 0) + 1);
    if (quoted) t.quotes++;
    else t.mentions++;
    t.titled ||= titled;
    t.articles.add(r.id);
    t.outlets.add(r.outlet);
    if (text !== undefined && t.examples.length < examples && !t.examples.some((e) => e.articleId === r.id)) t.examples.push({ articleId: r.id, sentence, text });
  };
  return {
    add(r: SuggestInput): void {
      const date = resolutionDate(r.meta, undefined, "suggestActors");
      const texts = new Map(r.sentences.map((s) => [s.index, s.text]));
      for (const q of r.quotes) {
        if (q.speakerId !== null || !q.speakerText) continue;
        // The head name of the speaker phrase: its last capitalised run before any comma.
        const runs = capitalisedRuns(q.speakerText.split(",")[0], { skipOpening: false });
        const head = runs[runs.length - 1];
        if (!head || known(head.name, date) || known(head.written, date)) continue;
        note(r, head.name, head.written, head.titled, q.sentence, texts.get(q.sentence), true);
      }
      for (const s of r.sentences) {
        if (s.role !== "body") continue;
        for (const run of capitalisedRuns(s.text)) {
          if (!known(run.name, date) && !known(run.written, date)) note(r, run.name, run.written, run.titled, s.index, s.text, false);
        }
      }
    },
    result(): ActorSuggestion[] {
      return rank(merge(tallies, examples), minCount);
    },
  };
}

/**
 * The people and organisations a corpus quotes or names that the registry does not resolve: unresolved
 * quote speakers (by the head name of the speaker phrase) and capitalised names in body sentences (see
 * names.ts capitalisedRuns), the forms of one name merged ("McCain" into "John McCain", see merge).
 * Ranked by quotes + mentions, then articles, then name. Empty input gives [].
 * Options: registry (default registry), examples (2), minCount (2). A heuristic: it misses a name
 * opening a sentence on its own ("Obama said") and takes some capitalised phrases for names.
 */
export function suggestActors(records: Iterable<SuggestInput>, options: SuggestOptions = {}): ActorSuggestion[] {
  const s = actorSuggester(options);
  for (const r of records) s.add(r);
  return s.result();
}

const ORG_WORDS = /\b(Committee|Department|Senate|House|Congress|Party|Court|Council|Agency|Administration|Association|Bureau|Campaign|Commission|Institute|University|Network|News|Times|Post|Journal|Inc|Corp|Company|Union|Foundation|Center|Centre|Office|Service|Board|Caucus|Group|Club|Bank|Fund|Network|Reserve|Army|Navy|Police|Church|School)\b/;

/** Adds tally `s` into `t` (examples up to `examples`, from articles not yet shown). */
function absorb(t: Tally, s: Tally, examples: number): void {
  for (const [v, n] of s.variants) t.variants.set(v, (t.variants.get(v) ?? 0) + n);
  t.quotes += s.quotes;
  t.mentions += s.mentions;
  t.titled ||= s.titled;
  for (const a of s.articles) t.articles.add(a);
  for (const o of s.outlets) t.outlets.add(o);
  for (const e of s.examples) if (t.examples.length < examples && !t.examples.some((x) => x.articleId === e.articleId)) t.examples.push(e);
}

const count = (t: Tally) => t.quotes + t.mentions;
/** How many times more often the longest-form winner must be seen than the other longer names, for a one-word name to join it. */
const DOMINANCE = 4;

/**
 * Merges the forms of one name: a person-like name of three or four words into the two-word name with
 * the same first and last word ("Adam B. Schiff" into "Adam Schiff"), then a one-word name seen with a
 * personal title ("Mr. Stone") into the longer name ending with it, when there is one such name or one
 * seen DOMINANCE times as often as the rest together ("Stone" into "Roger Stone"); the others are kept in
 * `sharedWith`, so the user can check.
 */
function merge(tallies: Map<string, Tally>, examples: number): Array<{ name: string; t: Tally; sharedWith: string[] }> {
  const personLike = (name: string) => !ORG_WORDS.test(name) && name.split(" ").length >= 2 && name.split(" ").length <= 4;
  for (const [name, t] of Array.from(tallies)) {
    const parts = name.split(" ");
    if (parts.length < 3 || !personLike(name)) continue;
    const short = tallies.get(`${parts[0]} ${parts[parts.length - 1]}`);
    if (short) {
      absorb(short, t, examples);
      tallies.delete(name);
    }
  }
  // A longer name counts only if it reads as given name(s) + surname: no "of"/"for", and its first word is
  // not itself a name seen alone as often ("Trump Democratic" is not a Trump).
  const givenName = (name: string, t: Tally) => !/ (of|for) /.test(name) && count(tallies.get(name.split(" ")[0]) ?? { quotes: 0, mentions: 0 } as Tally) < count(t);
  const longer = new Map<string, string[]>();
  for (const [name, t] of tallies) {
    const last = name.split(" ").pop()!;
    if (personLike(name) && tallies.get(last)?.titled && givenName(name, t)) longer.set(last, [...(longer.get(last) ?? []), name]);
  }
  const into = new Map<string, string>();
  const sharedWith = new Map<string, string[]>();
  for (const [short, names] of longer) {
    const sorted = names.slice().sort((a, b) => count(tallies.get(b)!) - count(tallies.get(a)!) || (a < b ? -1 : 1));
    const rest = sorted.slice(1).reduce((n, x) => n + count(tallies.get(x)!), 0);
    if (count(tallies.get(sorted[0])!) >= DOMINANCE * rest) into.set(short, sorted[0]);
    if (sorted.length > 1) sharedWith.set(into.has(short) ? sorted[0] : short, into.has(short) ? sorted.slice(1) : sorted);
  }
  for (const [short, target] of into) {
    absorb(tallies.get(target)!, tallies.get(short)!, examples);
    tallies.delete(short);
  }
  return Array.from(tallies, ([name, t]) => ({ name, t, sharedWith: sharedWith.get(name) ?? [] }));
}

function rank(items: Array<{ name: string; t: Tally; sharedWith: string[] }>, minCount: number): ActorSuggestion[] {
  return items
    .filter(({ t }) => t.quotes + t.mentions >= minCount)
    .map(({ name, t, sharedWith }): ActorSuggestion => ({
      name,
      kind: guessKind(name, t),
      variants: Array.from(t.variants).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v),
      quotes: t.quotes,
      mentions: t.mentions,
      articles: t.articles.size,
      outlets: t.outlets.size,
      examples: t.examples,
      sharedWith,
    }))
    .sort((a, b) => b.quotes + b.mentions - (a.quotes + a.mentions) || b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function guessKind(name: string, t: Tally): ActorKind {
  if (ORG_WORDS.test(name)) return "organisation";
  const words = name.split(" ").length;
  if (words === 1 && /^\p{Lu}\p{Ll}+s$/u.test(name) && !t.titled) return "group";
  return t.titled || words === 2 || words === 3 ? "person" : "organisation";
}

/** A registry file as `starterRegistry` writes it: validateRegistry accepts it as it is. */
export interface StarterRegistry {
  note: string;
  sides: Array<{ id: string; label: string }>;
  actors: Array<{ id: string; name: string; kind: ActorKind; side: string; aliases: string[]; seen: string }>;
}

export interface StarterOptions {
  /** How many suggestions (from the top) become actors; default 30. */
  top?: number;
}

/**
 * A starter registry from ranked suggestions: the first `top` as actors with side "unknown" (the user
 * gives each a side, after adding the corpus's sides), the name as canonical name, the other forms seen
 * as aliases (an ambiguous one-word name, see ActorSuggestion.sharedWith, is said so in `seen`), and the
 * evidence in `seen` (ignored by validateRegistry). Ids are the names in lower case with "-" (numbered
 * when two collide). Empty input gives a registry with no actors. Options: top (30).
 */
export function starterRegistry(suggestions: readonly ActorSuggestion[], options: StarterOptions = {}): StarterRegistry {
  const { top = 30 } = options;
  if (!Number.isInteger(top) || top < 1) throw new Error(`starterRegistry: option top must be a whole number, at least 1; got ${String(top)}`);
  const used = new Set<string>();
  const actors = suggestions.slice(0, top).map((s) => {
    let id = s.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "actor";
    const base = id;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    const last = s.name.split(" ").pop();
    const shared = s.sharedWith.length ? `; "${last}" alone may also be ${s.sharedWith.slice(0, 3).join(" or ")}${s.sharedWith.length > 3 ? " or others" : ""}: check the aliases` : "";
    return {
      id, name: s.name, kind: s.kind, side: UNKNOWN_SIDE, aliases: s.variants.filter((v) => v !== s.name),
      seen: `${s.quotes} quote(s), ${s.mentions} mention(s), ${s.articles} article(s), ${s.outlets} outlet(s)${shared}`,
    };
  });
  return {
    note:
      "Starter actor registry written by `framelens actors suggest`: the most-quoted and most-named names the registry in use did not resolve. " +
      'Edit it: add your sides (e.g. { "id": "democrats", "label": "Democrats" }) and give each actor one of them (side "unknown" counts as unresolved), ' +
      "check each kind (a guess), delete what is not an actor, and move titles that change hands into dated roles " +
      '({ "title": ..., "aliases": [...], "from": "YYYY-MM-DD", "to": "YYYY-MM-DD" }). Save it as actors.json in the corpus folder to have it used.',
    sides: [{ id: UNKNOWN_SIDE, label: "Unresolved" }],
    actors,
  };
}
