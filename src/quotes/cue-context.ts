import { Token } from "../corpus/types";
import { Cue } from "./attribute";
import { nounPhraseAfter, nounPhraseBefore } from "./noun-phrases";
import { isTimeWord } from "./speaker-clues";

// What stands around a cue and decides how extractQuotes reads it: a phrase between a loose cue and its
// quote, an object between a labelling verb and its quoted fragment, a speaker after an inverted cue, a
// subject opening a new clause.

/**
 * True when tokens [from, to) are a comma or colon alone ("asked, "...", "asked: "...") or a short
 * prepositional or time phrase closed by one ("asked on Twitter, "...", "answered on Friday: "..."): a
 * loose cue then still introduces the quote after it.
 */
export function onlyAdverbialBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from === 1) return [",", ":"].includes(tokens[from].norm);
  if (to - from < 2 || to - from > 8 || ![",", ":"].includes(tokens[to - 1].norm)) return false;
  if (tokens[from].pos !== "ADP" && !isTimeWord(tokens[from])) return false;
  return tokens.slice(from, to - 1).every((x) => x.kind !== "punctuation" && x.pos !== "VERB" && x.pos !== "AUX");
}

/** Conjunctions that open a clause of its own after a report: "and he noted", "though she added", "; they said". */
const CLAUSE_OPENERS = new Set(["and", "but", "though", "although", "while", "whereas", ";", "—", "–", "--"]);

/**
 * For a cue whose subject (a noun phrase or pronoun right before it) follows a clause-opening conjunction
 * or a semicolon or dash ("..., though she noted that", "... and Democrats accused"): the token of that
 * conjunction, where the report before it ends; else -1. Reads a bounded stretch (nounPhraseBefore).
 */
export function clauseOpening(tokens: readonly Token[], cue: Cue, floor: number): number {
  const np = nounPhraseBefore(tokens, cue.first, floor);
  if (!np || np[0] - 1 <= floor) return -1;
  let k = np[0] - 1;
  while (k > floor && tokens[k].pos === "DET") k--;
  return CLAUSE_OPENERS.has(tokens[k].norm) ? k : -1;
}

/**
 * True for a cue right after a comma whose noun phrase after it ends the sentence, meets a comma, or is
 * followed by a short phrase without a verb that ends the sentence: "..., said Tom Reed." / "..., said
 * Tom Reed, a pilot." / "..., said one source in the room." (the speaker stands after the cue), not
 * "..., said the plan was dead".
 */
export function invertedAfterComma(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number): boolean {
  if (cue.first <= floor || tokens[cue.first - 1].norm !== ",") return false;
  const np = nounPhraseAfter(tokens, cue.last, ceiling);
  if (np === null) return false;
  const next = np[1] + 1;
  return next >= ceiling || tokens[next].kind === "punctuation" || (tokens[next].pos === "ADP" && verblessToEnd(tokens, next, ceiling, 6));
}

/**
 * True when tokens [from, ceiling) hold at most `words` words, no verb and no quote mark, and run to the
 * sentence's end: a closing phrase such as "in the room." or "The Huffington Post on Thursday.".
 */
export function verblessToEnd(tokens: readonly Token[], from: number, ceiling: number, words: number): boolean {
  let n = 0;
  for (let k = from; k < ceiling; k++) {
    const x = tokens[k];
    // A capitalised word the tagger read as a verb is part of a name ("the Dover Herald").
    const verb = (x.pos === "VERB" || x.pos === "AUX") && !(k > from && /^\p{Lu}/u.test(x.text));
    if (verb || x.norm === '"' || x.norm === "'") return false;
    if (x.kind === "punctuation") {
      if (x.norm !== "," && k < ceiling - 1) return false;
    } else if (++n > words) return false;
  }
  return true;
}

/**
 * True when tokens [from, to) are a short object, with "as" or "to" before the quote ('the council as a',
 * 'the plan to', 'Ann Cole a'): at most ten tokens, no verb, no punctuation but a hyphen or a possessive.
 */
export function objectBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 10) return false;
  return tokens.slice(from, to).every((x) => x.pos !== "VERB" && x.pos !== "AUX" && (x.kind !== "punctuation" || x.norm === "-" || x.norm === "'s" || x.norm === "'"));
}

const WH_WORDS = new Set(["whether", "if", "how", "why", "what", "when", "who", "where", "which"]);

/**
 * For a loose cue (DIRECT_ONLY_CUES) whose words after it still report speech: "asked whether ...",
 * "asked the council to ...", and the labelling "called the plan a hoax" (an object, then "a"/"an"). Reads
 * at most eight tokens after the cue.
 */
export function reportingUse(tokens: readonly Token[], cue: Cue, end: number): boolean {
  const at = cue.last + 1;
  if (at >= end) return false;
  const objectThen = (ok: (k: number) => boolean): boolean => {
    for (let k = at; k < Math.min(end, at + 8); k++) {
      const x = tokens[k];
      if (k > at && ok(k)) return true;
      if (x.kind === "punctuation" || x.pos === "VERB" || x.pos === "AUX" || x.pos === "ADP" || x.pos === "SCONJ") return false;
    }
    return false;
  };
  if (cue.lemma === "ask") return WH_WORDS.has(tokens[at].norm) || objectThen((k) => tokens[k].norm === "to" && k + 1 < end && tokens[k + 1].pos === "VERB");
  if (cue.lemma === "call") return labelling(tokens, at, end);
  return false;
}

/**
 * The labelling "call": an object, then what it is called, "a"/"an" and a word or an adjective
 * ("called the plan a hoax", "called her vote in favor of the war a mistake", "called the charges
 * unsubstantiated"). The object may hold prepositional phrases (at most 25 tokens, no verb, no
 * punctuation but a hyphen or a possessive); the label must follow a noun, so "called off a strike" and
 * "called reporters to a meeting" are no labelling.
 */
function labelling(tokens: readonly Token[], at: number, end: number): boolean {
  if (tokens[at].pos === "ADP" || tokens[at].pos === "PART") return false;
  for (let k = at + 1; k < Math.min(end, at + 25); k++) {
    const x = tokens[k];
    const afterNoun = tokens[k - 1].pos === "NOUN" || tokens[k - 1].pos === "PROPN";
    if (afterNoun && (((x.norm === "a" || x.norm === "an") && k + 1 < end && tokens[k + 1].kind === "word") || (x.pos === "ADJ" && k + 1 < end && (tokens[k + 1].kind === "punctuation" || tokens[k + 1].pos === "CCONJ")))) return true;
    if ((x.kind === "punctuation" && x.norm !== "-" && x.norm !== "'s") || x.pos === "VERB" || x.pos === "AUX" || x.pos === "SCONJ") return false;
  }
  return false;
}
