import { Token } from "../corpus/types";
import { POSTMOD_PREPS, REFLEXIVES, skipTimeBack } from "./speaker-clues";

/**
 * The speaker's noun phrase around a cue, read from the tokens alone (attribute.ts resolves it to an
 * actor): the phrase before the cue, with a time phrase, a bracket, an apposition, a relative clause or
 * a coordinated subject taken into account, and the phrase after an inverted cue ("said Mr Blinken").
 * Every reading is bounded by PHRASE_REACH tokens, so attribution stays linear in the article's length.
 */

export const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);
const SKIP_BEFORE_CUE = new Set(["AUX", "ADV", "PART"]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET"]);
const NP_LINKS = new Set(["'s", "'", "of", "for", "-", "&"]);
const RELATIVE = new Set(["who", "which", "that"]);
const HEAD_POS = new Set(["PROPN", "NOUN", "PRON"]);
const DASHES = new Set(["--", "—", "―", "–"]);
/** Quantifiers that may follow the subject they quantify ("the senators all said"). */
const FLOATING = new Set(["all", "both", "each"]);

/**
 * How far (in tokens) a speaker's noun phrase, with an apposition or a title, may reach from its cue.
 * Longer stretches are not names, and the bound keeps each look-up constant-time on hostile input
 * (a sentence of thousands of capitalised words).
 */
export const PHRASE_REACH = 40;

/** The noun phrase just before token `t` (exclusive) and not before `floor`: its first and last token, or null. */
export function nounPhraseBefore(tokens: readonly Token[], t: number, floor: number): [number, number] | null {
  floor = Math.max(floor, t - PHRASE_REACH);
  let j = t - 1;
  // "Pike, Cole and Reed all suggested", "they both said": a floating quantifier after the subject is skipped.
  const floating = (k: number) => FLOATING.has(tokens[k].norm) && k - 1 >= floor && (HEAD_POS.has(tokens[k - 1].pos) || tokens[k - 1].norm === ")");
  while (j >= floor && (SKIP_BEFORE_CUE.has(tokens[j].pos) || REFLEXIVES.has(tokens[j].norm) || floating(j)) && !PRONOUNS.has(tokens[j].norm)) j--;
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
  // "family members, many of whom say": the relative's quantifier stands for the phrase before the comma.
  if (tokens[j].norm === "whom" && j - 3 >= floor && tokens[j - 1].norm === "of" && tokens[j - 3].norm === ",") {
    j -= 4;
    relative = true;
  } else if (RELATIVE.has(tokens[j].norm) && j - 1 >= floor && tokens[j - 1].norm === ",") {
    j -= 2; // "Zelensky, who tweeted"
    relative = true;
    // "Ann Cole, now the council leader, who said": past an apposition to the name before it.
    let k = j;
    while (k > floor && k > j - 8 && tokens[k].kind !== "punctuation") k--;
    if (k > floor && k < j && tokens[k].norm === "," && tokens[k - 1].pos === "PROPN" && tokens.slice(k + 1, j + 1).some((x) => x.pos === "NOUN" && /^\p{Ll}/u.test(x.text))) j = k - 1;
  } else if ((tokens[j].norm === "who" || tokens[j].norm === "which") && j - 1 >= floor && (tokens[j - 1].pos === "NOUN" || tokens[j - 1].pos === "PROPN")) {
    j -= 1; // "an architect who said", "the police department which reported": a restrictive relative clause.
    relative = true;
  } else if (DASHES.has(tokens[j].norm)) {
    // "Ann Cole -- a harbor pilot for 30 years -- said": an apposition between dashes.
    let k = j - 1;
    while (k > floor && !DASHES.has(tokens[k].norm) && tokens[k].norm !== ".") k--;
    if (k > floor && DASHES.has(tokens[k].norm) && k < j - 1) j = k - 1;
    else return null;
  } else if (tokens[j].norm === "," ) {
    // "Ann Cole, 59, of Dover, Del., said"; "Ann Cole, president of the union, which has 900 members,
    // said": a name opening the clause, then appositions, an age, a place or a relative clause.
    const lead = leadingName(tokens, floor, j);
    if (lead) return lead;
    // apposition: "Oleg Ignatov, International Crisis Group's senior analyst for Russia, thinks"
    let k = j - 1;
    // A possessive apostrophe ("the supporters' trust") is part of the apposition, not its end.
    while (k >= floor && tokens[k].norm !== "," && (tokens[k].kind !== "punctuation" || tokens[k].norm === "'")) k--;
    if (k >= floor && tokens[k].norm === ",") j = k - 1;
    else return null;
  }
  if (j < floor) return null;
  if (PRONOUNS.has(tokens[j].norm)) return [j, j];
  // "Those close to him say", "people familiar with the talks said": a head with an adjective's complement.
  const close = closeToPhrase(tokens, j, floor);
  if (close) return close;
  if ((tokens[j].norm === "former" || tokens[j].norm === "latter") && j - 1 >= floor && tokens[j - 1].norm === "the") return [j - 1, j];
  const last = j;
  // A surname the tagger reads as a verb or an adjective ("Lynch said", "Brown says") still heads the phrase.
  // "the state attorney general said": a postposed "general" heads its office's title.
  const general = tokens[last].norm === "general" && last - 1 >= floor && HEAD_POS.has(tokens[last - 1].pos);
  if (!general && !HEAD_POS.has(tokens[last].pos) && !(tokens[last].kind === "word" && /^\p{Lu}\p{Ll}/u.test(tokens[last].text) && tokens[last].pos !== "ADV" && tokens[last].pos !== "ADP")) return null;
  while (j >= floor && (NP_POS.has(tokens[j].pos) || NP_LINKS.has(tokens[j].norm) || (tokens[j].kind === "word" && /^\p{Lu}/u.test(tokens[j].text)))) j--;
  let first = j + 1;
  // "experts on Korea and nuclear arms said", "observers in Ohio and around the country said": a
  // postmodifier of two coordinated parts; its preposition is further back, past the first part.
  const and = (k: number) => tokens[k].norm === "and" || tokens[k].norm === "or";
  if (!relative && j - 2 >= floor && (and(j) || (tokens[j].pos === "ADP" && POSTMOD_PREPS.has(tokens[j].norm) && and(j - 1)))) {
    let k = and(j) ? j - 1 : j - 2;
    while (k > floor && k > j - 8 && (NP_POS.has(tokens[k].pos) || NP_LINKS.has(tokens[k].norm) || (tokens[k].kind === "word" && /^\p{Lu}/u.test(tokens[k].text)))) k--;
    if (k - 1 >= floor && tokens[k].pos === "ADP" && POSTMOD_PREPS.has(tokens[k].norm) && tokens[k - 1].pos === "NOUN") j = k;
  }
  // "officials in both parties said": the head is before the preposition. Not for a relative clause
  // ("a rebuke from Zelensky, who tweeted") nor a name after the preposition.
  // A name after the preposition is the head only when the word before it is no common noun ("Cole in Dover").
  if (!relative && (tokens[last].pos !== "PROPN" || tokens[j - 1]?.pos === "NOUN") && j - 1 >= floor && tokens[j].pos === "ADP" && POSTMOD_PREPS.has(tokens[j].norm) && HEAD_POS.has(tokens[j - 1].pos) && tokens[j - 1].pos !== "PRON") {
    const head = j - 1;
    let k = head;
    while (k >= floor && (NP_POS.has(tokens[k].pos) || NP_LINKS.has(tokens[k].norm) || (tokens[k].kind === "word" && /^\p{Lu}/u.test(tokens[k].text)))) k--;
    first = k + 1;
    while (first <= head && (tokens[first].pos === "DET" || tokens[first].pos === "ADP" || tokens[first].norm === "'s")) first++;
    if (first <= head) return [first, head];
    first = j + 1;
  }
  // "But officials said", "So the council said": a conjunction or adverb opening the clause is no part of the subject.
  while (first <= last && (tokens[first].pos === "DET" || tokens[first].pos === "ADP" || tokens[first].norm === "'s" || tokens[first].pos === "CCONJ" || tokens[first].pos === "SCONJ" || (tokens[first].pos === "ADV" && first < last))) first++;
  if (first > last) return null;
  return [coordinatedFirst(tokens, first, floor), last];
}

/** Adjectives whose complement may follow a speaker's head ("close to him", "familiar with the talks"). */
const COMPLEMENT_ADJECTIVES = new Map([["close", "to"], ["familiar", "with"]]);

/**
 * A phrase "HEAD close to X" / "HEAD familiar with X" ending at token `last`: from its head ("those",
 * "people", "sources") to `last`, or null. The complement is at most six tokens long.
 */
function closeToPhrase(tokens: readonly Token[], last: number, floor: number): [number, number] | null {
  for (let k = last; k > Math.max(floor + 1, last - 6); k--) {
    const prep = COMPLEMENT_ADJECTIVES.get(tokens[k - 1].norm);
    if (prep === undefined || tokens[k].norm !== prep) continue;
    const head = k - 2;
    if (head < floor || !(tokens[head].pos === "NOUN" || tokens[head].norm === "those")) return null;
    return [head, last];
  }
  return null;
}

/**
 * Where a coordinated subject starts ("Mr. Pike and Ms. Cole say", "the council and its allies have
 * promised"): the first conjunct when "and" joins two noun phrases and the first opens its clause (at
 * the floor, after a comma, a conjunction or an adverb); else `first` ("He left the room and reporters said").
 */
function coordinatedFirst(tokens: readonly Token[], first: number, floor: number): number {
  let and = first - 1;
  while (and > floor && and >= first - 2 && (tokens[and].pos === "DET" || tokens[and].pos === "PRON")) and--;
  if (and - 1 < floor || (tokens[and].norm !== "and" && tokens[and].norm !== "&")) return first;
  if (tokens[and - 1].pos !== "PROPN" && tokens[and - 1].pos !== "NOUN") return first;
  let k = and - 1;
  while (k > floor && k > and - 8 && (NP_POS.has(tokens[k - 1].pos) || NP_LINKS.has(tokens[k - 1].norm) || (tokens[k - 1].kind === "word" && /^\p{Lu}/u.test(tokens[k - 1].text)))) k--;
  const before = k > floor ? tokens[k - 1] : null;
  if (before && !(before.norm === "," || before.pos === "CCONJ" || before.pos === "ADV" || before.pos === "SCONJ")) return first;
  while (k < and && tokens[k].pos === "DET") k++;
  return k < and ? k : first;
}

/**
 * A name opening the stretch [floor, comma] (past punctuation and a leading conjunction) and followed by a
 * comma, when what lies between that comma and `comma` is appositive (it holds a common noun, a number or
 * a relative pronoun, so "Cole, Pike and Reed said" is no apposition): the name's first and last token, or null.
 */
function leadingName(tokens: readonly Token[], floor: number, comma: number): [number, number] | null {
  let a = floor;
  while (a < comma && (tokens[a].kind === "punctuation" || tokens[a].pos === "CCONJ")) a++;
  let b = a;
  // A capitalised common noun may be part of a title ("Harbor Council Leader Dan Pike"); the run must hold a name.
  const nameish = (x: Token) => x.kind === "word" && /^\p{Lu}/u.test(x.text) && (x.pos === "PROPN" || x.pos === "NOUN" || TITLE_WORDS.has(x.norm.replace(/\.$/, "")));
  while (b < comma && (nameish(tokens[b]) || (b > a && tokens[b].norm === "."))) b++;
  const nameEnd = b;
  // "Rep. Ann Cole (D-Ohio), 62,": a short bracket after the name.
  if (b < comma && tokens[b].norm === "(") {
    let c = b + 1;
    while (c < comma && c < b + 8 && tokens[c].norm !== ")") c++;
    if (c < comma && tokens[c].norm === ")") b = c + 1;
  }
  if (nameEnd === a || b >= comma || tokens[b].norm !== "," || !tokens.slice(a, nameEnd).some((x) => x.pos === "PROPN")) return null;
  const rest = tokens.slice(b + 1, comma);
  // "Dan Pike, R-Calif.,": a party and state tag is an apposition too.
  const partyTag = rest.length >= 3 && /^[rdi]$/.test(rest[0].norm) && rest[1].norm === "-" && /^\p{Lu}/u.test(rest[2].text);
  const appositive = partyTag || rest.some((x) => (x.pos === "NOUN" && /^\p{Ll}/u.test(x.text)) || x.pos === "NUM" || RELATIVE.has(x.norm) || x.norm === "of");
  return appositive ? [a, nameEnd - 1] : null;
}

const TITLE_WORDS = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "governor", "secretary", "judge", "sheriff", "mayor", "speaker", "gen", "rev", "representative"]);

/** The noun phrase starting right after token `t` ("said Mr Blinken", "according to the Kremlin"). */
export function nounPhraseAfter(tokens: readonly Token[], t: number, ceiling: number): [number, number] | null {
  ceiling = Math.min(ceiling, t + 1 + PHRASE_REACH);
  // The sentence splitter may end a sentence at a title's dot ("said the Rev. | Ann Cole"): the name goes on.
  const titleDot = (k: number) => tokens[k]?.norm === "." && TITLE_WORDS.has(tokens[k - 1]?.norm ?? "") && tokens[k + 1]?.pos === "PROPN";
  if (ceiling - 1 > t && ceiling - 1 < t + 5 && titleDot(ceiling - 1)) ceiling = Math.min(tokens.length, ceiling + 4);
  let j = t + 1;
  // "the conservative-leaning Tax Foundation": a hyphenated modifier is skipped with its parts.
  const word = (k: number) => k < ceiling && tokens[k].kind === "word";
  const hyphenated = (k: number) => (tokens[k].kind === "word" && k + 1 < ceiling && tokens[k + 1].norm === "-" && word(k + 2) && word(k + 3) && /^\p{Ll}/u.test(tokens[k + 2].text))
    || (tokens[k].norm === "-" && word(k + 2)) || (k > t + 1 && tokens[k - 1].norm === "-" && word(k) && word(k + 1));
  // "said 9/11 widow Ann Cole", "said two officials": a number before a noun modifies it.
  const numberBefore = (k: number) => tokens[k].pos === "NUM" && k + 1 < ceiling && (tokens[k + 1].pos === "NOUN" || tokens[k + 1].pos === "PROPN" || tokens[k + 1].pos === "ADJ");
  while (j < ceiling && (tokens[j].pos === "DET" || tokens[j].pos === "ADJ" || tokens[j].norm === "one" || hyphenated(j) || numberBefore(j))) j++;
  if (j >= ceiling) return null;
  if (PRONOUNS.has(tokens[j].norm)) return [j, j];
  const first = j;
  // "said the Rev. Peter Wherry": the dot of a title's abbreviation stays inside the name.
  while (j < ceiling && (tokens[j].pos === "PROPN" || tokens[j].pos === "NOUN" || NP_LINKS.has(tokens[j].norm) || (tokens[j].norm === "." && j > first && TITLE_WORDS.has(tokens[j - 1].norm) && j + 1 < ceiling && tokens[j + 1].pos === "PROPN"))) j++;
  return j > first ? [first, j - 1] : null;
}
