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
 * True for a cue right after a comma whose noun phrase after it ends the sentence or meets a comma:
 * "..., said Tom Reed." / "..., said Tom Reed, a pilot." (the speaker stands after the cue), not
 * "..., said the plan was dead".
 */
export function invertedAfterComma(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number): boolean {
  if (cue.first <= floor || tokens[cue.first - 1].norm !== ",") return false;
  const np = nounPhraseAfter(tokens, cue.last, ceiling);
  return np !== null && (np[1] + 1 >= ceiling || tokens[np[1] + 1].kind === "punctuation");
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
  if (cue.lemma === "call") return objectThen((k) => (tokens[k].norm === "a" || tokens[k].norm === "an") && k + 1 < end && tokens[k + 1].kind === "word");
  return false;
}
