import { Token } from "../corpus/types";
import { SpanLookup } from "./lookup";

/**
 * Clues about a speaker that lie in the text around a cue, for attribution (cue-speaker.ts,
 * attribute.ts): whether a cue shares its clause's subject (a participle, "and said"), time phrases
 * that are not subjects ("X on Tuesday said"), the person a bare title stands for ("the governor" after
 * "Gov. Ann Cole"), and whether a name may be a person's (issue 13, causes 2 and 7; pronouns are
 * resolved in antecedents.ts). Each look-up reads a bounded stretch of tokens, or an index built once
 * per attribution context, so extraction stays linear in the article's length.
 */

/** How many of `n` ascending keys (`key(i)`) are below `value`: a binary search. */
function countBelow(n: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** himself/herself/...: an intensifier between subject and cue ("Trump himself said"). */
export const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);

/** Prepositions of a postmodifier ("officials in both parties"): the phrase's head comes before them. */
export const POSTMOD_PREPS = new Set(["in", "on", "at", "across", "around", "inside", "within", "to"]);

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]);
const TIME_NOUNS = new Set(["morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]);
const TIME_LEAD = new Set(["on", "in", "at", "last", "this", "next", "early", "late", "earlier", "later", "that", "each", "every", "during"]);

/** A weekday, month or other time word ("Tuesday", "morning", "yesterday"). */
export function isTimeWord(x: Token): boolean {
  return WEEKDAYS.has(x.norm) || TIME_NOUNS.has(x.norm);
}

/** Time words that, capitalised after a name, end the name of an outlet or programme. */
const NAME_PARTS = new Set(["Today", "Tonight", "Now"]);

/**
 * The token before a time phrase ending at `j` ("on Tuesday", "last month", "Tuesday night"), or `j`
 * when none ends there. Looks back at most four tokens, never before `floor`.
 */
export function skipTimeBack(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  const isTime = isTimeWord;
  // "who in 2010 said": a year after "in" is a time phrase.
  if (/^(1[89]|20)\d\d$/.test(tokens[k].norm) && k - 1 >= floor && tokens[k - 1].norm === "in") return k - 2 >= floor ? k - 2 : j;
  if (!isTime(tokens[k])) return j;
  // "Russia Today reported", "USA Today said": a capitalised "Today" after a name is part of the name.
  if (NAME_PARTS.has(tokens[k].text) && k - 1 >= floor && tokens[k - 1].pos === "PROPN") return j;
  if (k - 1 >= floor && isTime(tokens[k - 1])) k--;
  const led = k - 1 >= floor && TIME_LEAD.has(tokens[k - 1].norm);
  if (!WEEKDAYS.has(tokens[k].norm) && !led) return j;
  k--;
  while (k >= floor && k > j - 5 && TIME_LEAD.has(tokens[k].norm)) k--;
  return k >= floor ? k : j;
}

/** Titles and the role they name ("Gov." and "governor" are one role). */
const ROLE_OF: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"], ["governor", "governor"], ["sen", "senator"], ["senator", "senator"], ["rep", "representative"], ["representative", "representative"],
  ["congressman", "representative"], ["congresswoman", "representative"], ["speaker", "speaker"], ["president", "president"], ["secretary", "secretary"],
  ["mayor", "mayor"], ["sheriff", "sheriff"], ["judge", "judge"], ["senate", "senate"],
]);

const roleOfWord = (t: Token) => ROLE_OF.get(t.norm.replace(/\.$/, ""));

/** The role a bare role phrase names ("the governor", "House speaker": the head is the last word, so "Speaker Pelosi" is a name), or null. */
export function roleOfPhrase(tokens: readonly Token[], last: number): string | null {
  const role = roleOfWord(tokens[last]);
  return role && role !== "senate" ? role : null;
}

type TitledIndex = Map<string, Array<{ at: number; name: string }>>;
const titledIndexes = new WeakMap<SpanLookup, TitledIndex>();

/**
 * The person last introduced with a title of `role` ("Gov. Ann Cole") before character `offset`, outside
 * quotes, without the title; or null. The index of titled names is built once per `quoted` lookup (one per
 * attribution context), then each look-up is a binary search.
 */
export function titledBefore(tokens: readonly Token[], quoted: SpanLookup, role: string, offset: number): string | null {
  let index = titledIndexes.get(quoted);
  if (!index) {
    index = new Map();
    for (let t = 0; t + 1 < tokens.length; t++) {
      const r = roleOfWord(tokens[t]);
      if (!r || !/^\p{Lu}/u.test(tokens[t].text) || quoted.covers(tokens[t].start)) continue;
      let k = t + 1;
      if (tokens[k]?.norm === ".") k++;
      let e = k;
      // Capitalised words, whatever the tagger made of them ("Gov. Mike Pence": it may tag Pence a noun).
      while (e < tokens.length && e < k + 3 && tokens[e].kind === "word" && /^\p{Lu}/u.test(tokens[e].text) && !roleOfWord(tokens[e])) e++;
      if (e === k) continue;
      const list = index.get(r) ?? [];
      list.push({ at: tokens[t].start, name: tokens.slice(k, e).map((x) => x.text).join(" ") });
      index.set(r, list);
    }
    titledIndexes.set(quoted, index);
  }
  const list = index.get(role);
  if (!list) return null;
  const lo = countBelow(list.length, (i) => list[i].at, offset);
  return lo > 0 ? list[lo - 1].name : null;
}

export const PERSON_TITLES = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "governor", "secretary", "judge", "sheriff", "mayor", "speaker", "gen", "rev"]);
/** Words that make a capitalised run an organisation, place, outlet or day rather than a person. */
export const NOT_PERSON = new Set(["news", "times", "post", "journal", "network", "party", "department", "committee", "house", "senate", "court", "university", "congress",
  "campaign", "administration", "county", "city", "state", "states", "foundation", "institute", "council", "association", "agency", "service", "bureau", "office",
  "company", "inc", "corp", "group", "center", "fund", "union", "media", "press", "tribune", "herald", "magazine", "club", "republicans", "democrats", "america",
  "washington", "york", "white", "capitol", "street", "day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "twitter", "facebook"]);
/**
 * Whether a speaker's name as written may be a person's, for he/she to refer back to: one to five
 * capitalised words, none of them an organisation, outlet, place or day word, not opening with "The".
 * "The Hill", "Fox News" and "the Justice Department" are not people; "Trump", "Sen. Cole" may be.
 */
export function mayBePerson(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > 5 || words[0] === "The") return false;
  return /^\p{Lu}/u.test(words[0]) && !words.some((w) => NOT_PERSON.has(w.toLowerCase().replace(/['’]s$/, "")));
}

/** Words that may stand between a conjunction and its cue: "and also said", "but has said", "and then added". */
const BETWEEN_CONJUNCTION_AND_CUE = new Set(["also", "then", "has", "have", "had", "will", "would", "later", "again"]);

/**
 * The word before the cue at token `cue`, past up to three auxiliaries and adverbs ("but has said" gives
 * "but"); "" at the floor. Tells a coordinated cue, whose subject is the clause's earlier one.
 */
export function wordBeforeCue(tokens: readonly Token[], cue: number, floor: number): string {
  let k = cue - 1;
  while (k > floor && k >= cue - 3 && BETWEEN_CONJUNCTION_AND_CUE.has(tokens[k].norm)) k--;
  return k >= floor ? tokens[k].norm : "";
}

/** Forms of "be": before a cue they make it progressive ("is promising") or, with a past form, passive ("was told"). */
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"]);

/**
 * True for a participle cue ("..., saying", "adding"), whose subject is its clause's: an -ing form not
 * after a form of "be" ("Clinton is promising" is a progressive with its own subject).
 */
export function participle(tokens: readonly Token[], cue: { first: number }, floor: number): boolean {
  if (!/ing$/.test(tokens[cue.first].norm)) return false;
  return !(cue.first > floor && BE_FORMS.has(tokens[cue.first - 1].norm));
}

/** True for a cue that shares its clause's subject: a participle ("adding") or after "and"/"but" ("and also said", "but has said"). */
export function sharesClauseSubject(tokens: readonly Token[], cue: { first: number }, floor: number): boolean {
  return participle(tokens, cue, floor) || ["and", "but"].includes(wordBeforeCue(tokens, cue.first, floor));
}
