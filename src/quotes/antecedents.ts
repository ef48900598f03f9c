import { actorById } from "../actors/registry";
import { ActorMention, ActorRegistry } from "../actors/types";
import { ParsedArticle, Token } from "../corpus/types";
import { SpanLookup, lowerBound, tokenEndingFrom, tokenFrom } from "./lookup";
import { NOT_PERSON, PERSON_TITLES, isTimeWord } from "./speaker-clues";

/**
 * The people an article names, for he/she to refer back to (issue 13, cause 2): registry people and
 * people the registry does not know, each with whether it stands where a clause's subject stands, and
 * the gender its title gives (Mr. / Ms.). Built once per article in one pass over its tokens; each
 * look-up then reads a bounded stretch of it, so extraction stays linear in the article's length.
 *
 * The antecedent rule follows the centering idea that the subject of the sentence before is the most
 * likely referent of a subject pronoun (Grosz, Joshi & Weinstein 1995): a person in subject position
 * earlier in the same sentence, else the subject of one of the two sentences before; only failing both,
 * the last person named (a weaker guess that the previous speaker may override). An organisation, a
 * newspaper or a place is never a candidate, and neither is a name inside a quote.
 */

export type Gender = "m" | "f" | null;

/** One naming of a person outside quotes. */
export interface PersonMention {
  /** Character offsets of the name as written (title included). */
  start: number;
  end: number;
  sentence: number;
  /** Canonical name for a registry person, else the fullest form the text gave ("Ann Cole" for a later "Cole"). */
  name: string;
  actorId: string | null;
  /** Not after a preposition, verb, determiner or possessive, and not itself a possessor or a modifier. */
  subject: boolean;
  /** Mentioned with a title or in the registry, or a surname the text repeats: safe as a weak guess too. */
  reliable: boolean;
  gender: Gender;
}

export interface PersonIndex {
  people: readonly PersonMention[];
  /**
   * The person the text has named most often (by surname, outside quotes) before character `offset`,
   * among those the registry does not know, or null: whom "the Ohio governor" most likely is when no
   * one was introduced with that title (the registry resolves its own people's roles).
   */
  salientBefore(offset: number): string | null;
  /** Gender by folded surname, from any titled mention ("Ms. Rice" makes every "Rice" female). */
  genderOf(name: string): Gender;
}

const MALE_TITLES = new Set(["mr", "mr."]);
const FEMALE_TITLES = new Set(["ms", "ms.", "mrs", "mrs.", "miss"]);
const NOT_SUBJECT_BEFORE = new Set(["ADP", "VERB", "DET", "AUX", "PART"]);

const fold = (w: string) => w.toLowerCase().replace(/[.'’]/g, "");
const surnameOf = (name: string) => fold(name.split(/\s+/).filter(Boolean).pop() ?? "");
/** Offices written before a name beyond PERSON_TITLES ("Attorney General Ann Cole", "Prime Minister ..."). */
const OFFICE_WORDS = new Set(["attorney", "general", "minister", "prime", "chairman", "chairwoman", "leader", "director", "chief", "justice", "ambassador", "deputy", "commissioner", "candidate", "nominee", "representative", "lt", "col", "capt", "adm", "sgt"]);
const isTitle = (x: Token) => PERSON_TITLES.has(x.norm.replace(/\.$/, "")) || OFFICE_WORDS.has(x.norm.replace(/\.$/, ""));
const possessive = (x: Token | undefined) => x !== undefined && (x.norm === "'s" || x.norm === "'");

const indexes = new WeakMap<SpanLookup, PersonIndex>();

/**
 * The person index of an article (built on first use and kept with the quoted-span lookup of its
 * attribution context). `mentions` are the registry's mentions outside quotes, in text order.
 */
export function personIndex(article: ParsedArticle, quoted: SpanLookup, mentions: readonly ActorMention[], registry: ActorRegistry): PersonIndex {
  let index = indexes.get(quoted);
  if (index) return index;
  const tokens = article.tokens;
  const out: PersonMention[] = [];
  const genders = new Map<string, Gender>();
  const fullNames = new Map<string, string>();
  // Single capitalised words standing alone: a two-word name whose surname recurs alone is a person's.
  const loneWords = new Set<string>();
  const covered = new Uint8Array(tokens.length);
  const registryPeople: Array<{ m: ActorMention; first: number; last: number }> = [];
  for (const m of mentions) {
    const first = tokenFrom(article, m.start);
    const last = tokenEndingFrom(article, m.end);
    if (first >= tokens.length || last < first) continue;
    for (let k = first; k <= last; k++) covered[k] = 1;
    if (actorById(registry, m.actorId)?.kind === "person") registryPeople.push({ m, first, last });
  }
  const capital = (x: Token) => x.kind === "word" && /^\p{Lu}/u.test(x.text);
  const cap = (x: Token) => capital(x) && (x.pos === "PROPN" || isTitle(x));
  // A surname the tagger reads as a verb or noun ("Pike said" tagged a verb): a lone capitalised word, kept only if the
  // text has already given it as a person's surname.
  const loneCapital = (x: Token) => capital(x) && (x.pos === "VERB" || x.pos === "NOUN" || x.pos === "ADJ");
  const runs: Array<{ first: number; last: number; lone: boolean }> = [];
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] || quoted.covers(tokens[t].start)) continue;
    if (!cap(tokens[t])) {
      if (loneCapital(tokens[t])) runs.push({ first: t, last: t, lone: true });
      continue;
    }
    let e = t;
    // After a name word, any capitalised word goes on with it ("Ann E. Pike", whatever "Pike" was tagged).
    const goesOn = (k: number) => cap(tokens[k]) || (capital(tokens[k]) && tokens[k - 1].pos === "PROPN" && !isTitle(tokens[k - 1]))
      || (tokens[k].norm === "." && (isTitle(tokens[k - 1]) || /^\p{Lu}$/u.test(tokens[k - 1].text)));
    while (e + 1 < tokens.length && !covered[e + 1] && tokens[e + 1].sentence === tokens[t].sentence && goesOn(e + 1)) e++;
    runs.push({ first: t, last: e, lone: false });
    const words = tokens.slice(t, e + 1).filter((x) => x.kind === "word");
    if (words.length === 1) loneWords.add(fold(words[0].text));
    t = e;
  }
  // Subject position, by run end: a conjunct shares it ("from Texas or Puerto Rico" is no subject).
  const subjectEnding = new Map<number, boolean>();
  const subjectAt = (first: number, last: number) => {
    const prev = first > 0 && tokens[first - 1].sentence === tokens[first].sentence ? tokens[first - 1] : undefined;
    const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
    let subject = !(prev && (NOT_SUBJECT_BEFORE.has(prev.pos) || possessive(prev))) && !possessive(next);
    // "his wife, Huma Abedin, a longtime aide": a name between commas after a noun is an apposition.
    const beforeComma = prev?.norm === "," && first >= 2 ? tokens[first - 2] : undefined;
    if (subject && beforeComma && (beforeComma.pos === "NOUN" || beforeComma.pos === "PROPN") && !isTimeWord(beforeComma) && next?.norm === ",") subject = false;
    if (subject && prev?.pos === "CCONJ" && subjectEnding.has(first - 2)) subject = subjectEnding.get(first - 2)!;
    subjectEnding.set(last, subject);
    return subject;
  };
  const texts: PersonMention[] = [];
  for (const { first, last, lone } of runs) {
    const subject = subjectAt(first, last);
    const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
    const words = tokens.slice(first, last + 1).filter((x) => x.kind === "word");
    if (lone && !fullNames.has(fold(words[0].text))) continue;
    // "the Bush administration", "Trump supporters": a lone name before a common noun modifies it (a
    // full name before one is more often the tagger taking a verb for a noun: "Rick Perry pledges").
    if (words.length === 1 && next && next.kind === "word" && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text)) continue;
    let k = words.length - 1;
    while (k >= 0 && !isTitle(words[k])) k--;
    const title = k >= 0 ? words[k] : undefined;
    const name = words.slice(k + 1);
    if (name.length === 0 || name.length > 3 || name.some((x) => NOT_PERSON.has(x.norm))) continue;
    const before = first > 0 ? tokens[first - 1] : undefined;
    const afterThe = before?.norm === "the";
    let text = name[0].text;
    for (let i = 1; i < name.length; i++) text += ` ${name[i].text}`;
    const surname = surnameOf(text);
    let full = text;
    let reliable = title !== undefined;
    if (title) {
      const g: Gender = MALE_TITLES.has(title.norm) ? "m" : FEMALE_TITLES.has(title.norm) ? "f" : null;
      if (g) genders.set(surname, g);
      if (name.length > 1) fullNames.set(surname, text);
      else full = fullNames.get(surname) ?? text;
    } else if (name.length === 1) {
      const known = fullNames.get(surname);
      if (!known || afterThe) continue;
      full = known;
      reliable = true;
    } else {
      if (afterThe) continue;
      fullNames.set(surname, text);
    }
    texts.push({ start: tokens[first].start, end: tokens[last].end, sentence: tokens[first].sentence, name: full, actorId: null, subject, reliable, gender: null });
  }
  for (const p of texts) if (!p.reliable && loneWords.has(surnameOf(p.name))) p.reliable = true;
  for (const { m, first, last } of registryPeople) {
    const a = actorById(registry, m.actorId)!;
    out.push({ start: m.start, end: m.end, sentence: m.sentence, name: a.name, actorId: a.id, subject: subjectAt(first, last), reliable: true, gender: null });
    const title = tokens[first];
    if (title && isTitle(title)) {
      const g: Gender = MALE_TITLES.has(title.norm) ? "m" : FEMALE_TITLES.has(title.norm) ? "f" : null;
      if (g) genders.set(surnameOf(a.name), g);
    }
  }
  out.push(...texts);
  out.sort((a, b) => a.start - b.start);
  for (const p of out) p.gender = genders.get(surnameOf(p.name)) ?? null;
  // Running leader of the text persons by mentions of their surname: leaders[i] is the leader after texts[0..i].
  const counts = new Map<string, number>();
  const leaders: string[] = [];
  let leader: string | null = null;
  for (const p of texts) {
    const k = surnameOf(p.name);
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (leader === null || c > (counts.get(surnameOf(leader)) ?? 0)) leader = p.name;
    else if (surnameOf(leader) === k) leader = p.name.split(/\s+/).length > leader.split(/\s+/).length ? p.name : leader;
    leaders.push(leader);
  }
  const salientBefore = (offset: number) => {
    const i = lowerBound(texts.length, (k) => texts[k].end <= offset);
    return i > 0 ? leaders[i - 1] : null;
  };
  index = { people: out, genderOf: (name: string) => genderOfWritten(name) ?? genders.get(surnameOf(name)) ?? null, salientBefore };
  indexes.set(quoted, index);
  return index;
}

/** The gender a title written with a name gives ("Mr. Cole" m, "Ms. Cole" f), or null. */
function genderOfWritten(name: string): Gender {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return MALE_TITLES.has(first) ? "m" : FEMALE_TITLES.has(first) ? "f" : null;
}

/** Whether a person of gender `g` may be called `pronoun` (he/she; unknown gender fits both). */
export function genderFits(g: Gender, pronoun: string): boolean {
  return g === null || (pronoun === "he" ? g === "m" : pronoun === "she" ? g === "f" : true);
}

/** How far back (in people named) an antecedent is looked for: keeps each look-up constant-time. */
const ANTECEDENT_REACH = 40;

/**
 * The person he/she at character `offset` (in sentence `sentence`, whose first token is `sentenceFirst`)
 * most likely stands for: a subject-position person earlier in the same sentence (`strong`: final); else,
 * in the sentence before and then the one before it (sentences inside quotes skipped), its first subject-position person or failing that
 * its last reliable person: `strong` when that subject is the subject of a speech cue (`speaks`: "Ann
 * Cole, a pilot, thinks ..."), else a guess the previous speaker may override. A sentence opening
 * with the same pronoun is skipped: it refers to the same person further back. Gender from titles must
 * fit. Null when none.
 */
export interface AntecedentClues {
  /** The first word of sentence s past a leading conjunction or adverb, lower case. */
  opener(s: number): string;
  /** Whether sentence s lies inside a quote (it does not count among the two sentences before). */
  inQuote(s: number): boolean;
  /** Whether a speech cue follows the person's name in its clause. */
  speaks(p: PersonMention): boolean;
}

/** How many sentences inside quotes may lie between a pronoun and the sentences it looks back to. */
const QUOTED_SENTENCES_SKIPPED = 6;

export function antecedentOf(index: PersonIndex, pronoun: string, offset: number, sentence: number, clues: AntecedentClues): { person: PersonMention; strong: boolean } | null {
  const people = index.people;
  const n = lowerBound(people.length, (i) => people[i].end <= offset);
  const stop = Math.max(0, n - ANTECEDENT_REACH);
  const fits = (p: PersonMention) => genderFits(p.gender, pronoun);
  for (let i = n - 1; i >= stop && people[i].sentence === sentence; i--) if (people[i].subject && fits(people[i])) return { person: people[i], strong: true };
  let i = n - 1;
  while (i >= stop && people[i].sentence === sentence) i--;
  let narrated = 0;
  for (let s = sentence - 1; s >= 0 && narrated < 2 && s >= sentence - 2 - QUOTED_SENTENCES_SKIPPED && i >= stop; s--) {
    if (clues.inQuote(s)) continue;
    narrated++;
    let firstSubject: PersonMention | null = null;
    let lastReliable: PersonMention | null = null;
    let j = i;
    while (j >= stop && people[j].sentence > s) j--;
    for (let k = j; k >= stop && people[k].sentence === s; k--) {
      if (!fits(people[k])) continue;
      if (people[k].subject) firstSubject = people[k];
      if (people[k].reliable) lastReliable ??= people[k];
    }
    if (clues.opener(s) !== pronoun && (firstSubject || lastReliable)) {
      const person = (firstSubject ?? lastReliable)!;
      return { person, strong: person === firstSubject && clues.speaks(person) };
    }
    i = j;
  }
  return null;
}
