import { ParsedArticle, Sentence, Span } from "../corpus/types";

/**
 * Who toneToward looks for: the forms of a name it matches and what it knows about them. Built once per
 * call by toneTarget; tone-toward.ts reads it, tests may build it directly.
 */
export interface ToneTarget {
  /** The first alias, underscores read as spaces: the name results are reported under. */
  name: string;
  /** Every form matched, longest first: the aliases as given plus the surname forms of person names. */
  forms: readonly string[];
  /** Words before the surname in the aliases ("Donald"), which may precede a surname match. */
  givenNames: ReadonlySet<string>;
  /** The aliases' name suffix ("Jr.", "III"), or null: without one, "X Jr." is another person. */
  suffix: string | null;
  /** Whether the target is taken to be a person: he/she may refer to it. */
  person: boolean;
}

/** One place the target is named: the matched span, widened over a title or given names before it. */
export interface TargetMention extends Span {
  sentence: number;
  text: string;
}

/** Titles that may stand before a name ("Mr.", "Sen.", "President", "Vice President"); compared without a final ".". */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "President", "Vice", "Secretary",
  "Speaker", "Leader", "Attorney", "General", "Gen", "Judge", "Justice", "Chief", "Sheriff", "Mayor", "Prime", "Minister", "Chairman",
  "Chairwoman", "Director", "Commissioner", "Ambassador", "Congressman", "Congresswoman", "Candidate", "Lt", "Col", "Adm", "Rev",
  "Former", "former", "Sens", "Reps", "Prof", "Professor", "Counsel", "Special", "Deputy", "Assistant", "First", "Lady", "Majority", "Minority",
]);
const SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);
/** Words that make a run of capitalised words an organisation or group rather than a person. */
const GROUP_WORDS = /^(Republicans?|Democrats?|Democratic|Department|Party|Congress|House|Senate|Association|Service|Administration|Committee|Court|Agency|Act|Council|Union|News|Times|Post|Inc\.?|Corp\.?|Company|Group|Lawmakers|Officials|Bureau|Office|Institute|Foundation|University|Network|Media|Campaign|Coalition|States?|Nations|Security|Federal|National|Government|Organization|Organisation|Army|Force|Police|Board|Commission|Authority|Ministry|Bank|Fund|Club|League|Trust)$/;
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019.-]*$/u;

/** Quotes and apostrophes straightened and spaces collapsed, so aliases match the articles' normalised text. */
function fold(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/_/g, " ").replace(/\s+/g, " ").trim();
}

/** Whether a form looks like a person's name: two or more capitalised words, none of them GROUP_WORDS. */
function personLike(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((w) => NAME_WORD.test(w) && !GROUP_WORDS.test(w));
}

/**
 * The forms of a target: each alias (underscores read as spaces, so BASIL's "Donald_Trump" works), plus,
 * for a person's full name, its surname ("Trump", "Trump Jr."), so later mentions count. A single-word
 * alias is matched as given; mentions of it widen over titles and given names before it. An alias all in
 * lower case also matches capitalised and title-cased ("supreme court": "Supreme Court"). `person`
 * (default: guessed, true when an alias looks like a full name) says whether he/she may refer to it.
 * Throws when the target is empty or an alias is blank.
 */
export function toneTarget(target: string | readonly string[], person?: boolean): ToneTarget {
  const list = typeof target === "string" ? [target] : Array.from(target);
  if (list.length === 0) throw new Error("toneToward: target is an empty list; pass a name or a list of aliases");
  const aliases = list.map((a, i) => {
    if (typeof a !== "string" || !fold(a)) throw new Error(`toneToward: target alias ${i} (${JSON.stringify(a)}) must be a non-empty string`);
    return fold(a);
  });
  const forms = new Set<string>(aliases);
  for (const alias of aliases) {
    // An alias written all in lower case states no case: it also matches capitalised ("Supreme court")
    // and title-cased ("Supreme Court"). Capitalised aliases stay exact ("Trump" never matches "trump").
    if (alias !== alias.toLowerCase()) continue;
    forms.add(alias[0].toUpperCase() + alias.slice(1));
    forms.add(alias.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()));
  }
  const givenNames = new Set<string>();
  let suffix: string | null = null;
  let looksPerson = false;
  for (const alias of aliases) {
    const words = alias.split(" ");
    const last = words[words.length - 1];
    const suff = words.length > 2 && SUFFIXES.has(last) ? last : null;
    const core = suff ? words.slice(0, -1) : words;
    if (!personLike(core)) continue;
    looksPerson = true;
    suffix ??= suff;
    const surname = core[core.length - 1];
    forms.add(suff ? `${surname} ${suff}` : surname);
    for (const g of core.slice(0, -1)) givenNames.add(g);
  }
  return {
    name: aliases[0],
    forms: Array.from(forms).sort((a, b) => b.length - a.length),
    givenNames,
    suffix,
    person: person ?? looksPerson,
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const patterns = new WeakMap<ToneTarget, RegExp>();

/** Every form, longest first, on word boundaries as the actor registry matches names (mentions.ts). */
function patternOf(target: ToneTarget): RegExp {
  let re = patterns.get(target);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${target.forms.map(escape).join("|")})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
    patterns.set(target, re);
  }
  return re;
}

/** The word just before offset `at` in `text` (not before `floor`), with its start, or null. */
function wordBefore(text: string, floor: number, at: number): { word: string; start: number } | null {
  let end = at;
  while (end > floor && text[end - 1] === " ") end--;
  if (end === at || end === floor) return null; // a name glued to what precedes it, or at the start
  let start = end;
  while (start > floor && /[\p{L}\p{N}.'-]/u.test(text[start - 1])) start--;
  return start < end ? { word: text.slice(start, end), start } : null;
}

const bare = (w: string) => w.replace(/\.$/, "");

/**
 * Where a match of a form stands in `text` (a sentence or a speaker phrase): null when it names someone
 * else ("Mary Cheney" for Liz Cheney, "Donald Trump Jr." for Donald Trump), else the start of the
 * mention widened over a title and the target's given names ("President Donald Trump"). `isName(start)`
 * says whether an unknown capitalised word there is a proper noun (a sentence's first word may not be).
 */
function placeMatch(target: ToneTarget, text: string, floor: number, start: number, end: number, isName: (start: number) => boolean): number | null {
  if (!target.suffix && /^,? (Jr|Sr)\b|^ (II|III|IV)\b/.test(text.slice(end, end + 5))) return null;
  const single = !text.slice(start, end).includes(" ");
  // A bare name given as the target ("Trump"): any first names may come before it ("Donald Trump").
  const anyFirstName = single && target.givenNames.size === 0;
  let from = start;
  let names = 0;
  for (let steps = 0; steps < 4; steps++) {
    // Each step either widens the mention to the word before it (and goes on) or ends the walk.
    const w = wordBefore(text, floor, from);
    if (!w) break;
    if (NAME_TITLES.has(bare(w.word)) || target.givenNames.has(w.word) || /^\p{Lu}\.$/u.test(w.word)) {
      from = w.start;
      continue;
    }
    if (!NAME_WORD.test(w.word) || !isName(w.start)) break;
    if (anyFirstName && names < 2) {
      from = w.start;
      names++;
      continue;
    }
    if (single && steps === 0) {
      // Another first name right before the surname is another person ("Mary Cheney" for Liz Cheney),
      // unless the target's own given name comes just before it (a middle name: "Hillary Rodham Clinton").
      const before = wordBefore(text, floor, w.start);
      if (!before || !target.givenNames.has(before.word)) return null;
      from = before.start;
    }
    break;
  }
  return from;
}

/**
 * Every mention of the target in the article's sentences of the given roles, in text order: case-sensitive
 * forms on word boundaries in the normalised text, each widened over a title or given names before it.
 * Returns [] when the target is not named.
 */
export function findTargetMentions(article: ParsedArticle, target: ToneTarget, roles: readonly string[] = ["headline", "subheading", "body"]): TargetMention[] {
  const out: TargetMention[] = [];
  const re = patternOf(target);
  for (const s of article.sentences) {
    if (!roles.includes(s.role)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s.norm); m; m = re.exec(s.norm)) {
      const from = placeMatch(target, s.norm, 0, m.index, m.index + m[0].length, (at) => properNounAt(article, s, s.start + at));
      if (from === null) continue;
      const start = s.start + from;
      const end = s.start + m.index + m[0].length;
      out.push({ sentence: s.index, start, end, text: article.text.slice(start, end) });
    }
  }
  return out;
}

/** Whether the token starting at `offset` is a proper noun, or a capitalised word not at the start of its sentence. */
function properNounAt(article: ParsedArticle, s: Sentence, offset: number): boolean {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = article.tokens[t];
    if (tok.start === offset) return tok.pos === "PROPN" || t > s.tokenStart;
    if (tok.start > offset) break;
  }
  return true;
}

/**
 * Whether a phrase (a quote's speaker as written: "Mr. Trump", "Donald Trump Jr.") names the target as
 * the speaker, under the same rules as findTargetMentions; a possessive names someone else ("Mr. Trump's
 * lawyer", "Trump's spokesman").
 */
export function namesTarget(phrase: string, target: ToneTarget): boolean {
  const text = fold(phrase);
  const re = patternOf(target);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (/^'s?(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3))) continue;
    if (placeMatch(target, text, 0, m.index, end, () => true) !== null) return true;
  }
  return false;
}
