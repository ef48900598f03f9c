import { ActorMention, ActorRegistry, Side, UNKNOWN_SIDE } from "../actors/types";
import { actorById, resolveActor } from "../actors/registry";
import { ParsedArticle, Token } from "../corpus/types";
import { speechCueAt } from "./cues";
import { MentionLookup, SpanLookup, sentenceHolding } from "./lookup";
import { POSTMOD_PREPS, REFLEXIVES, isTimeWord, personNamedBefore, roleOfPhrase, skipTimeBack, titledBefore } from "./speaker-clues";

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
}

const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);
const SKIP_BEFORE_CUE = new Set(["AUX", "ADV", "PART"]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET"]);
const NP_LINKS = new Set(["'s", "'", "of", "for", "-", "&"]);
const RELATIVE = new Set(["who", "which", "that"]);
const HEAD_POS = new Set(["PROPN", "NOUN", "PRON"]);

/**
 * How far (in tokens) a speaker's noun phrase, with an apposition or a title, may reach from its cue.
 * Longer stretches are not names, and the bound keeps each look-up constant-time on hostile input
 * (a sentence of thousands of capitalised words).
 */
export const PHRASE_REACH = 40;

/** The cue at token `t` (a speech verb in a speech sense, or a phrase: "according to", "point out"; see speechCueAt), or null. */
export function cueAt(tokens: readonly Token[], t: number, end: number): Cue | null {
  const m = speechCueAt(tokens, t, end);
  return m ? { lemma: m.lemma, first: t, last: m.last } : null;
}

/** The noun phrase just before token `t` (exclusive) and not before `floor`: its first and last token, or null. */
function nounPhraseBefore(tokens: readonly Token[], t: number, floor: number): [number, number] | null {
  floor = Math.max(floor, t - PHRASE_REACH);
  let j = t - 1;
  while (j >= floor && (SKIP_BEFORE_CUE.has(tokens[j].pos) || REFLEXIVES.has(tokens[j].norm)) && !PRONOUNS.has(tokens[j].norm)) j--;
  if (j < floor) return null;
  // "Sanders on Tuesday said", "the company last month said": a time phrase is not the subject.
  const timeAt = skipTimeBack(tokens, j, floor);
  if (timeAt !== j) {
    j = timeAt;
    while (j >= floor && SKIP_BEFORE_CUE.has(tokens[j].pos) && !PRONOUNS.has(tokens[j].norm)) j--;
    if (j < floor) return null;
  }
  // "Rep. Ann Cole (D-Ohio) said": a short bracket right before the cue is skipped.
  if (tokens[j].norm === ")") {
    let k = j - 1;
    while (k >= floor && k > j - 8 && tokens[k].norm !== "(") k--;
    if (k > floor && tokens[k].norm === "(") j = k - 1;
  }
  let relative = false;
  if (RELATIVE.has(tokens[j].norm) && j - 1 >= floor && tokens[j - 1].norm === ",") {
    j -= 2; // "Zelensky, who tweeted"
    relative = true;
  } else if (tokens[j].norm === "," ) {
    // apposition: "Oleg Ignatov, International Crisis Group's senior analyst for Russia, thinks"
    let k = j - 1;
    // A possessive apostrophe ("the supporters' trust") is part of the apposition, not its end.
    while (k >= floor && tokens[k].norm !== "," && (tokens[k].kind !== "punctuation" || tokens[k].norm === "'")) k--;
    if (k >= floor && tokens[k].norm === ",") j = k - 1;
    else return null;
  }
  if (j < floor) return null;
  if (PRONOUNS.has(tokens[j].norm)) return [j, j];
  if ((tokens[j].norm === "former" || tokens[j].norm === "latter") && j - 1 >= floor && tokens[j - 1].norm === "the") return [j - 1, j];
  const last = j;
  if (!HEAD_POS.has(tokens[last].pos)) return null;
  while (j >= floor && (NP_POS.has(tokens[j].pos) || NP_LINKS.has(tokens[j].norm) || (tokens[j].kind === "word" && /^\p{Lu}/u.test(tokens[j].text)))) j--;
  let first = j + 1;
  // "officials in both parties said": the head is before the preposition. Not for a relative clause
  // ("a rebuke from Zelensky, who tweeted") nor a name after the preposition.
  if (!relative && tokens[last].pos !== "PROPN" && j - 1 >= floor && tokens[j].pos === "ADP" && POSTMOD_PREPS.has(tokens[j].norm) && HEAD_POS.has(tokens[j - 1].pos) && tokens[j - 1].pos !== "PRON") {
    const head = j - 1;
    let k = head;
    while (k >= floor && (NP_POS.has(tokens[k].pos) || NP_LINKS.has(tokens[k].norm) || (tokens[k].kind === "word" && /^\p{Lu}/u.test(tokens[k].text)))) k--;
    first = k + 1;
    while (first <= head && (tokens[first].pos === "DET" || tokens[first].pos === "ADP" || tokens[first].norm === "'s")) first++;
    if (first <= head) return [first, head];
    first = j + 1;
  }
  while (first <= last && (tokens[first].pos === "DET" || tokens[first].pos === "ADP" || tokens[first].norm === "'s")) first++;
  if (first > last) return null;
  return [first, last];
}

/** The noun phrase starting right after token `t` ("said Mr Blinken", "according to the Kremlin"). */
function nounPhraseAfter(tokens: readonly Token[], t: number, ceiling: number): [number, number] | null {
  ceiling = Math.min(ceiling, t + 1 + PHRASE_REACH);
  let j = t + 1;
  while (j < ceiling && (tokens[j].pos === "DET" || tokens[j].pos === "ADJ")) j++;
  if (j >= ceiling) return null;
  if (PRONOUNS.has(tokens[j].norm)) return [j, j];
  const first = j;
  while (j < ceiling && (tokens[j].pos === "PROPN" || tokens[j].pos === "NOUN" || NP_LINKS.has(tokens[j].norm))) j++;
  return j > first ? [first, j - 1] : null;
}

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
  if (first === last && PRONOUNS.has(norm)) return resolvePronoun(ctx, norm, start, end);
  if (norm === "the former" || norm === "the latter") return resolvePronoun(ctx, norm, start, end);
  const inside = lookupsOf(ctx).mentions.within(start, end);
  const actorOf = (id: string) => actorById(registry, id) ?? null;
  // The head of the phrase is its last word: "White House spokesman Josh Earnest" is Earnest, not the White House.
  const atHead = inside.filter((m) => m.end === end);
  const headIsOtherName = atHead.length === 0 && article.tokens[last].pos === "PROPN";
  const pool = atHead.length ? atHead : headIsOtherName ? [] : inside;
  if (pool.length) {
    const best = pool.slice().sort((a, b) => kindRank(actorOf(b.actorId)?.kind) - kindRank(actorOf(a.actorId)?.kind) || b.end - b.start - (a.end - a.start) || b.start - a.start)[0];
    const actor = actorOf(best.actorId);
    if (actor) return { name: actor.name, text, actorId: actor.id, side: actor.side, start, end };
  }
  const actor = resolveActor(text, registry, { date: ctx.date });
  if (actor) return { name: actor.name, text, actorId: actor.id, side: actor.side, start, end };
  // "the governor", "the Texas governor": the person the text introduced with that title ("Gov. Rick Perry").
  const role = roleOfPhrase(article.tokens, last);
  const holder = role ? titledBefore(article.tokens, lookupsOf(ctx).quoted, role, start) : null;
  if (holder) return { name: holder, text, actorId: null, side: UNKNOWN_SIDE, start, end };
  return { name: text, text, actorId: null, side: UNKNOWN_SIDE, start, end };
}

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
  if (actor) return { name: actor.name, text, actorId: actor.id, side: actor.side, start, end, antecedentSentence: pick?.sentence };
  // Fallback, used only if the previous speaker does not fit: the last fitting name in the two sentences before.
  const last = at(wantPerson ? m.lastPerson[n] : m.lastOtherKind[n]);
  const fallback = last && last.sentence >= here - 2 ? last : undefined;
  const fa = fallback ? actorById(registry, fallback.actorId) : undefined;
  if (fa) return { name: fa.name, text, actorId: fa.id, side: fa.side, start, end, pronoun: word };
  // Not in the registry: he/she take the last person named in the text (issue 13, cause 2).
  const named = wantPerson && word !== "the former" && word !== "the latter" ? personNamedBefore(article.tokens, lookupsOf(ctx).quoted, start, here) : null;
  return { name: named ?? text, text, actorId: null, side: UNKNOWN_SIDE, start, end, pronoun: word };
}

/** True when the cue is a participle or follows "and"/"but"/"then": its subject is the clause's earlier subject. */
function coordinated(tokens: readonly Token[], cue: Cue, floor: number): boolean {
  const prev = cue.first > floor ? tokens[cue.first - 1].norm : "";
  return /ing$/.test(tokens[cue.first].norm) || ["and", "but", "then"].includes(prev) || (["also", "then"].includes(prev) && cue.first - 1 > floor && ["and", "but"].includes(tokens[cue.first - 2].norm));
}

/**
 * Speaker of a cue: the subject before it; after it only for an inverted attribution right after a quote
 * ("...," said Mr Blinken) or "according to X"; for a participle or coordinated cue ("adding",
 * "and claimed") the speaker of the clause's earlier cue, else the sentence's first named actor. A
 * passive cue ("might be said") has no speaker.
 */
export function speakerOfCue(ctx: AttributionContext, cue: Cue, floor: number, ceiling: number, options: { inverted?: boolean } = {}): Speaker | null {
  const tokens = ctx.article.tokens;
  if (cue.lemma === "according to") {
    const np = nounPhraseAfter(tokens, cue.last, ceiling);
    return np ? resolvePhrase(ctx, np[0], np[1]) : null;
  }
  const prev = cue.first > floor ? tokens[cue.first - 1] : null;
  if (prev && prev.pos === "AUX" && ["be", "being", "been", "is", "was", "were"].includes(prev.norm)) return null;
  if (options.inverted) {
    const after = nounPhraseAfter(tokens, cue.last, ceiling);
    // "said Mr Blinken", "said spokesman Tom Reed", "says psychologist Mara Lind": a name ends the phrase
    // (a title or common noun before it is kept, as written); a weekday is a time, not a speaker.
    if (after && (tokens[after[0]].pos === "PROPN" || tokens[after[1]].pos === "PROPN" || PRONOUNS.has(tokens[after[0]].norm)) && !isTimeWord(tokens[after[1]])) return resolvePhrase(ctx, after[0], after[1]);
  }
  if (coordinated(tokens, cue, floor)) {
    const anchor = anchorBefore(ctx, floor, cue.first);
    if (anchor >= 0) {
      const np = nounPhraseBefore(tokens, anchor, floor)!;
      return resolvePhrase(ctx, np[0], np[1]);
    }
    const first = lookupsOf(ctx).mentions.firstWithin(tokens[floor].start, tokens[cue.first].start);
    if (first) {
      const a = actorById(ctx.registry, first.actorId)!;
      return { name: a.name, text: first.text, actorId: a.id, side: a.side, start: first.start, end: first.end };
    }
    // No earlier cue and no registry name: the subject of the clause's first verb ("Mr. Trump intervened as well, accusing ...").
    for (let v = floor + 1; v < cue.first && v <= floor + PHRASE_REACH; v++) {
      if (tokens[v].pos !== "VERB" && tokens[v].pos !== "AUX") continue;
      const np = nounPhraseBefore(tokens, v, floor);
      return np ? resolvePhrase(ctx, np[0], np[1]) : null;
    }
    return null;
  }
  const before = nounPhraseBefore(tokens, cue.first, floor);
  return before ? resolvePhrase(ctx, before[0], before[1]) : null;
}

/**
 * The clause's earlier cue for a coordinated cue at `before`: the nearest token t (floor <= t < before)
 * holding a cue that is not itself coordinated and has a noun phrase before it, or -1. Whether a token
 * qualifies depends only on the floor, so the answers are memoised per floor and every token is judged
 * once, however many coordinated cues ("and said ... and added ...") a long sentence holds.
 */
function anchorBefore(ctx: AttributionContext, floor: number, before: number): number {
  if (before <= floor) return -1;
  const memo = lookupsOf(ctx).anchors;
  let nearest = memo.get(floor);
  if (!nearest) memo.set(floor, (nearest = [-1]));
  const tokens = ctx.article.tokens;
  while (nearest.length <= before - floor) {
    const t = floor + nearest.length - 1;
    // A two-token cue ("according to") is never cut by the later cue: its second word cannot start one.
    const cue = cueAt(tokens, t, tokens.length);
    const qualifies = cue !== null && !coordinated(tokens, cue, floor) && nounPhraseBefore(tokens, t, floor) !== null;
    nearest.push(qualifies ? t : nearest[nearest.length - 1]);
  }
  return nearest[before - floor];
}
