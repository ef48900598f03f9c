import { actorById } from "../actors/registry";
import { Token } from "../corpus/types";
import { AttributionContext, Cue, Speaker, cueAt, lookupsOf, resolvePhrase } from "./attribute";
import { PHRASE_REACH, PRONOUNS, nounPhraseAfter, nounPhraseBefore } from "./noun-phrases";
import { BE_FORMS, isTimeWord, participle, sharesClauseSubject } from "./speaker-clues";

// Who speaks for a cue: the phrase that is its subject (before it, after an inverted cue, after
// "according to"), or for a coordinated or participle cue the subject of the clause's earlier cue.
// resolvePhrase (attribute.ts) then turns the phrase into a speaker.

/** Forms of "get" that make a cue passive ("got told"). */
const GET_FORMS = new Set(["get", "gets", "got"]);

/** True when the cue shares its clause's subject (sharesClauseSubject) or follows ", then" ("Cole walked in, then said"; "Cole then said" keeps its own). */
function coordinated(tokens: readonly Token[], cue: Cue, floor: number): boolean {
  const thenAfterComma = cue.first - 1 > floor && tokens[cue.first - 1].norm === "then" && tokens[cue.first - 2].norm === ",";
  return thenAfterComma || sharesClauseSubject(tokens, cue, floor);
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
    const np = nounPhraseAfter(tokens, cue.last, ceiling) ?? wordsAfter(tokens, cue.last, ceiling);
    return np ? resolvePhrase(ctx, np[0], np[1]) : null;
  }
  const prev = cue.first > floor ? tokens[cue.first - 1] : null;
  // "might be said", "was told": passive, no speaker. "is calling", "'s claiming": progressive, active.
  if (prev && prev.pos === "AUX" && (BE_FORMS.has(prev.norm) || GET_FORMS.has(prev.norm)) && !/ing$/.test(tokens[cue.first].norm)) return null;
  if (options.inverted) {
    const after = nounPhraseAfter(tokens, cue.last, ceiling);
    // "said Mr Blinken", "said spokesman Tom Reed", "says psychologist Mara Lind": a name ends the phrase
    // (a title or common noun before it is kept, as written); a weekday is a time, not a speaker.
    // A surname the tagger misreads is still capitalised ("said Batchelder"); a common noun after a
    // determiner is a speaker too ("said the narrator", "said one source in the room").
    const capitalised = (k: number) => tokens[k].kind === "word" && /^\p{Lu}\p{Ll}/u.test(tokens[k].text);
    // The determiner may stand before adjectives or a number ("said a Democratic source", "said two officials").
    const determined = after !== null && after[0] > cue.last + 1 && (/^(the|a|an|one|another)$/.test(tokens[cue.last + 1].norm) || tokens[cue.last + 1].pos === "NUM") && tokens[after[1]].pos === "NOUN";
    // "said an hour later", "said two days ago": a time.
    const ago = after !== null && after[1] + 1 < ceiling && ["later", "ago", "earlier"].includes(tokens[after[1] + 1].norm);
    if (after && !ago && (tokens[after[0]].pos === "PROPN" || tokens[after[1]].pos === "PROPN" || capitalised(after[1]) || determined || PRONOUNS.has(tokens[after[0]].norm)) && !isTimeWord(tokens[after[1]])) return resolvePhrase(ctx, after[0], after[1]);
  }
  // "footage of Ann Cole asking", "with Dan Pike saying": a name right before a participle is its subject.
  if (prev && prev.pos === "PROPN" && !isTimeWord(prev) && participle(tokens, cue, floor)) {
    let first = cue.first - 1;
    while (first - 1 >= floor && first > cue.first - 6 && tokens[first - 1].pos === "PROPN") first--;
    return resolvePhrase(ctx, first, cue.first - 1);
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
      return { name: a.name, text: first.text, actorId: a.id, side: a.side, start: first.start, end: first.end, personLike: a.kind === "person" };
    }
    // No earlier cue and no registry name: the subject of the clause's first verb ("Mr. Trump intervened as well, accusing ...").
    for (let v = floor + 1; v < cue.first && v <= floor + PHRASE_REACH; v++) {
      if (tokens[v].pos !== "VERB" && tokens[v].pos !== "AUX") continue;
      const np = nounPhraseBefore(tokens, v, floor);
      return np ? resolvePhrase(ctx, np[0], np[1]) : null;
    }
    return null;
  }
  const before = nounPhraseBefore(tokens, catenativeVerb(tokens, cue, floor), floor);
  return before ? resolvePhrase(ctx, before[0], before[1]) : null;
}

/**
 * Where the subject of a cue ends: before the cue, or before the verb that carries an infinitive cue on
 * ("Cole continues to insist", "Cole went on to say"): that verb's token index, else the cue's.
 */
export function catenativeVerb(tokens: readonly Token[], cue: Cue, floor: number): number {
  const k = cue.first;
  if (k - 2 <= floor || tokens[k - 1].norm !== "to") return k;
  if (tokens[k - 2].lemma === "continue") return k - 2;
  return k - 3 > floor && tokens[k - 2].norm === "on" && tokens[k - 3].lemma === "go" ? k - 3 : k;
}

const RELATIVE_OPENERS = new Set(["who", "which", "whom"]);

/**
 * The words right after token `t` up to the next punctuation (at most six), when no noun phrase was read
 * there: after "according to" the tagger may read a noun as a verb ("According to police, ...", "to exit
 * polls"). Their first and last token, or null.
 */
function wordsAfter(tokens: readonly Token[], t: number, ceiling: number): [number, number] | null {
  let j = t + 1;
  while (j < Math.min(ceiling, t + 7) && tokens[j].kind === "word") j++;
  return j > t + 1 && j < ceiling && tokens[j].kind === "punctuation" ? [t + 1, j - 1] : null;
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
    // A relative clause's cue ("an architect who said") has its own subject, not the clause's.
    const relative = t > floor && RELATIVE_OPENERS.has(tokens[t - 1].norm);
    const qualifies = cue !== null && !relative && !coordinated(tokens, cue, floor) && nounPhraseBefore(tokens, t, floor) !== null;
    nearest.push(qualifies ? t : nearest[nearest.length - 1]);
  }
  return nearest[before - floor];
}
