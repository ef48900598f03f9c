import { ActorMention, ActorRegistry, Side, UNKNOWN_SIDE } from "../actors/types";
import { actorById, resolveActor } from "../actors/registry";
import { ParsedArticle, Token } from "../corpus/types";
import { speechCueAt } from "./cues";
import { MentionLookup, SpanLookup, sentenceHolding, tokenFrom } from "./lookup";
import { mayBePerson, roleOfPhrase, titledBefore } from "./speaker-clues";
import { PRONOUNS } from "./noun-phrases";
import { antecedentOf, personIndex } from "./antecedents";
import { keepLatest } from "../pipeline/heap";

/** A speech cue found in the text: its lemma ("say", "according to") and token range. */
export interface Cue {
  lemma: string;
  first: number;
  last: number;
}

/** Who spoke, as far as the text and the registry tell. */
export interface Speaker {
  /** Canonical name when resolved, else the words as written ("he" when a pronoun stays unresolved). */
  name: string;
  /** The words as written. */
  text: string;
  actorId: string | null;
  side: Side;
  start: number;
  end: number;
  /** The pronoun or "the former"/"the latter" this speaker was resolved from, for a later pass. */
  pronoun?: string;
  /** Sentence of the name the pronoun was resolved to (mention-based guess). */
  antecedentSentence?: number;
  /** Whether a later he/she may refer back to this speaker: a person, not an outlet, office or place ("the Guardian"). */
  personLike: boolean;
}

/** The cue at token `t` (a speech verb in a speech sense, or a phrase: "according to", "point out"; see speechCueAt), or null. */
export function cueAt(tokens: readonly Token[], t: number, end: number): Cue | null {
  const m = speechCueAt(tokens, t, end);
  return m ? { lemma: m.lemma, first: t, last: m.last } : null;
}

export { PHRASE_REACH } from "./noun-phrases";

export interface AttributionContext {
  article: ParsedArticle;
  registry: ActorRegistry;
  /** The date role aliases resolve on (YYYY-MM-DD, the article's); none: only undated sole-holder roles resolve. */
  date?: string;
  /** The article's actor mentions, found on the same date. */
  mentions: readonly ActorMention[];
  /** Quoted stretches: names inside them are not antecedents for pronouns. */
  quoted?: readonly { start: number; end: number }[];
}

/** Indexes over one context, built on first use (see quotes/lookup.ts). */
export interface ContextLookups {
  quoted: SpanLookup;
  mentions: MentionLookup;
  /** Per floor token: nearest[k] is the nearest anchor cue (see anchorBefore) before token floor + k, or -1. */
  anchors: Map<number, number[]>;
}

const contextLookups = new WeakMap<AttributionContext, ContextLookups>();

/** The lookups of a context, built once and kept while the context lives. */
export function lookupsOf(ctx: AttributionContext): ContextLookups {
  let l = contextLookups.get(ctx);
  if (!l) {
    const quoted = new SpanLookup(ctx.quoted ?? [], ctx.article.text.length);
    l = { quoted, mentions: new MentionLookup(ctx.mentions, quoted, ctx.registry), anchors: new Map() };
    contextLookups.set(ctx, l);
    // The lookups and the indexes kept with them (personIndex, titledBefore) outlive the article's forced collection.
    keepLatest("quote lookups", l);
  }
  return l;
}

/** Resolves the words of a noun phrase to a speaker: a registry actor named inside it, else the whole phrase, else as written. */
export function resolvePhrase(ctx: AttributionContext, first: number, last: number): Speaker {
  const { article, registry } = ctx;
  const start = article.tokens[first].start;
  const end = article.tokens[last].end;
  const text = article.text.slice(start, end);
  const norm = article.norm.slice(start, end).toLowerCase();
  if (first === last && (norm === "he" || norm === "she")) return resolveHeShe(ctx, norm, start, end);
  if (first === last && PRONOUNS.has(norm)) return resolvePronoun(ctx, norm, start, end);
  if (norm === "the former" || norm === "the latter") return resolvePronoun(ctx, norm, start, end);
  const inside = lookupsOf(ctx).mentions.within(start, end);
  const actorOf = (id: string) => actorById(registry, id) ?? null;
  // A coordinated subject is a group: one actor only when every name in it is that actor; else the
  // words as written, with the side the names share, if they share one (issue 13, cause 8).
  if (article.tokens.slice(first, last + 1).some((x) => x.norm === "and" || x.norm === "&")) {
    const ids = new Set(inside.map((m) => m.actorId));
    const sides = new Set(inside.map((m) => actorOf(m.actorId)?.side ?? UNKNOWN_SIDE));
    const only = ids.size === 1 ? actorOf(inside[0].actorId) : null;
    if (only) return { name: only.name, text, actorId: only.id, side: only.side, start, end, personLike: false };
    return { name: text, text, actorId: null, side: sides.size === 1 ? [...sides][0] : UNKNOWN_SIDE, start, end, personLike: false };
  }
  // The head of the phrase is its last word: "White House spokesman Josh Earnest" is Earnest, not the White House.
  const atHead = inside.filter((m) => m.end === end);
  // "Russia Today", "a reporter for USA Today": a capitalised head no mention ends on is another name.
  const headIsOtherName = atHead.length === 0 && (article.tokens[last].pos === "PROPN" || (last > first && /^\p{Lu}\p{Ll}/u.test(article.tokens[last].text)));
  const pool = atHead.length ? atHead : headIsOtherName ? [] : inside;
  if (pool.length) {
    const best = pool.slice().sort((a, b) => kindRank(actorOf(b.actorId)?.kind) - kindRank(actorOf(a.actorId)?.kind) || b.end - b.start - (a.end - a.start) || b.start - a.start)[0];
    const actor = actorOf(best.actorId);
    // "the Cole campaign", "Cole's aides", "Cole supporters": a person's name modifying a common noun is a
    // group of their own, kept as written (issue 13, cause 8); it shares the person's side only when the
    // noun says it belongs to them (a campaign, aides), not for critics or rivals.
    const head = article.tokens[last];
    if (actor && actor.kind === "person" && atHead.length === 0 && head.pos === "NOUN" && /^\p{Ll}/u.test(head.text)) {
      return { name: text, text, actorId: null, side: BELONGING.has(head.norm) ? actor.side : UNKNOWN_SIDE, start, end, personLike: false };
    }
    if (actor) return { name: actor.name, text, actorId: actor.id, side: actor.side, start, end, personLike: actor.kind === "person" };
  }
  const actor = resolveActor(text, registry, { date: ctx.date });
  if (actor) return { name: actor.name, text, actorId: actor.id, side: actor.side, start, end, personLike: actor.kind === "person" };
  // "the governor", "the Texas governor": the person the text introduced with that title ("Gov. Rick Perry").
  const role = roleOfPhrase(article.tokens, last);
  // Else, for a definite role ("the Ohio governor"), the person the text names most (see salientBefore).
  const definite = first > 0 && article.tokens[first - 1].norm === "the";
  const l = lookupsOf(ctx);
  const holder = role ? titledBefore(article.tokens, l.quoted, role, start) ?? (definite ? personIndex(article, l.quoted, l.mentions.free, registry).salientBefore(start) : null) : null;
  if (holder) return { name: holder, text, actorId: null, side: UNKNOWN_SIDE, start, end, personLike: true };
  // "The Hill", "the Guardian": a name after "the" is an outlet, a body or a place, not a person.
  const afterThe = first > 0 && article.tokens[first - 1].norm === "the";
  return { name: text, text, actorId: null, side: UNKNOWN_SIDE, start, end, personLike: !afterThe && article.tokens[last].pos === "PROPN" && mayBePerson(text) };
}

/** Nouns for people who speak for the person named before them ("the Cole campaign", "Cole's aides"). */
const BELONGING = new Set(["campaign", "camp", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
  "staff", "staffers", "team", "office", "allies", "supporters", "lawyer", "lawyers", "attorney", "attorneys", "administration", "family", "surrogates"]);

/** People outrank organisations, which outrank countries, when a phrase names several. */
function kindRank(kind: string | undefined): number {
  return kind === "person" ? 3 : kind === "organisation" ? 2 : kind === "group" ? 1 : 0;
}

/**
 * he/she: a person the registry knows, named earlier in the same sentence ("Putin ... which he says");
 * they/it: an organisation, group or country named earlier in the same sentence; "the former"/"the latter":
 * the first/last of the people named in the nearest sentence before. Otherwise the pronoun stays as
 * written and extractQuotes gives it the previous speaker (in reading order).
 */
function resolvePronoun(ctx: AttributionContext, word: string, start: number, end: number): Speaker {
  const { registry, article } = ctx;
  const text = article.text.slice(start, end);
  const wantPerson = word === "he" || word === "she" || word === "i" || word === "the former" || word === "the latter";
  const here = sentenceHolding(article, start);
  // The mentions before the pronoun and outside quotes are a prefix of `free`, of length `n`.
  const m = lookupsOf(ctx).mentions;
  const n = m.freeBefore(start);
  const at = (i: number): ActorMention | undefined => (i >= 0 ? m.free[i] : undefined);
  let pick: ActorMention | undefined;
  if (word === "the former" || word === "the latter") {
    pick = at(word === "the former" ? m.former[n] : m.latter[n]);
  } else {
    // The last fitting name, if no name of another sentence comes after it.
    const last = at(wantPerson ? m.lastPerson[n] : m.lastNotPerson[n]);
    if (last && last.sentence === here) pick = last;
  }
  const actor = pick ? actorById(registry, pick.actorId) : undefined;
  if (actor) return { name: actor.name, text, actorId: actor.id, side: actor.side, start, end, antecedentSentence: pick?.sentence, personLike: actor.kind === "person" };
  // Fallback, used only if the previous speaker does not fit: the last fitting name in the two sentences before.
  const last = at(wantPerson ? m.lastPerson[n] : m.lastOtherKind[n]);
  const fallback = last && last.sentence >= here - 2 ? last : undefined;
  const fa = fallback ? actorById(registry, fallback.actorId) : undefined;
  if (fa) return { name: fa.name, text, actorId: fa.id, side: fa.side, start, end, pronoun: word, personLike: fa.kind === "person" };
  return { name: text, text, actorId: null, side: UNKNOWN_SIDE, start, end, pronoun: word, personLike: wantPerson };
}

/**
 * he/she: the person antecedentOf finds among the people the text names, registry or not (a subject
 * before the pronoun in its sentence or the sentence before: final; else the last person named: a guess
 * the previous speaker may override). Unresolved: the pronoun as written, for the previous speaker.
 */
function resolveHeShe(ctx: AttributionContext, word: "he" | "she", start: number, end: number): Speaker {
  const { article, registry } = ctx;
  const text = article.text.slice(start, end);
  const l = lookupsOf(ctx);
  const found = antecedentOf(personIndex(article, l.quoted, l.mentions.free, registry), word, start, sentenceHolding(article, start), {
    opener: (s) => openerOf(article, s),
    inQuote: (s) => {
      const x = article.sentences[s];
      return x !== undefined && x.tokenEnd > x.tokenStart && l.quoted.contains(article.tokens[x.tokenStart].end, article.tokens[x.tokenEnd - 1].start);
    },
    speaks: (p) => speaksAfter(article, p.end),
  });
  if (!found) return { name: text, text, actorId: null, side: UNKNOWN_SIDE, start, end, pronoun: word, personLike: true };
  const p = found.person;
  const side = (p.actorId ? actorById(registry, p.actorId)?.side : undefined) ?? UNKNOWN_SIDE;
  return { name: p.name, text, actorId: p.actorId, side, start, end, antecedentSentence: p.sentence, personLike: true, ...(found.strong ? {} : { pronoun: word }) };
}

/** True when a speech cue follows a name within its clause: after at most an apposition, a bracket or an adverb (12 tokens). */
function speaksAfter(article: ParsedArticle, offset: number): boolean {
  const tokens = article.tokens;
  const from = tokenFrom(article, offset);
  const sentence = tokens[from]?.sentence;
  for (let t = from; t < Math.min(tokens.length, from + 12) && tokens[t].sentence === sentence; t++) {
    if (tokens[t].norm === '"') return false;
    if (cueAt(tokens, t, tokens.length)) return true;
  }
  return false;
}

/** The first word of sentence `s` past a leading conjunction or adverb ("But he said" gives "he"), lower case. */
function openerOf(article: ParsedArticle, s: number): string {
  const sentence = article.sentences[s];
  if (!sentence) return "";
  let t = sentence.tokenStart;
  while (t < sentence.tokenEnd && (article.tokens[t].kind === "punctuation" || article.tokens[t].pos === "CCONJ" || article.tokens[t].pos === "ADV")) t++;
  return t < sentence.tokenEnd ? article.tokens[t].norm : "";
}
