/**
 * Capitalised names in plain sentence text, for `framelens actors suggest`: runs of capitalised words
 * ("Department of Justice", "Sen. John McCain"), with leading titles split off ("Sen.", "House Speaker").
 * A heuristic, kept simple on purpose: no tagger, no gazetteer; the user edits what it suggests.
 */

/** One capitalised run: the name without titles, and the run as written (with them). */
export interface NameRun {
  /** The name: the run without leading titles or a trailing "'s" ("John McCain"). */
  name: string;
  /** The run as written, titles kept, "'s" dropped ("Sen. John McCain"). */
  written: string;
  /** True when the run began with a personal title (Mr., Sen., President ...). */
  titled: boolean;
  start: number;
  end: number;
}

/** Words that title a name and are split off it (compared lower-case, without dots). */
const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "secretary", "speaker",
  "leader", "majority", "minority", "chief", "attorney", "judge", "gen", "adm", "col", "lt", "sgt", "mayor", "chairman", "chairwoman", "chair",
  "director", "prime", "minister", "press", "former", "first", "lady", "sheriff", "rev", "ambassador", "commissioner", "spokesman", "spokeswoman",
  "spokesperson", "deputy", "assistant", "acting", "candidate", "nominee", "pope", "sir", "dame", "congressman", "congresswoman", "councilman",
  "councilwoman", "lawmaker", "strategist", "adviser", "advisor", "aide", "officer", "agent", "anchor", "host", "correspondent",
]);
/** Titles that address a person directly (so a name after them is a person's). */
const PERSONAL = new Set(["mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "president", "judge", "gen", "mayor", "sir", "dame", "rev", "congressman", "congresswoman"]);
/** A word after a title that belongs to the title ("Attorney General", "Secretary of State"). */
const TITLE_TAIL = new Set(["general", "justice"]);
/** Capitalised words that are not names on their own. */
const NOT_NAMES = new Set([
  "i", "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "we", "they", "but", "and", "or", "if", "in", "on", "at", "as", "so",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ok", "tv", "am", "pm",
  "many", "some", "most", "all", "both", "several", "other", "when", "while", "after", "before", "since", "although", "though", "because",
  "still", "yet", "also", "now", "then", "there", "here", "what", "who", "how", "why", "where", "his", "her", "their", "our", "my", "its",
  "your", "no", "not", "even", "just", "only", "one", "two", "three", "last", "next", "to", "for", "with", "by", "from", "about", "like", "mostly",
  "during", "despite", "every", "each", "under", "over", "among", "against", "without", "within", "through", "until", "unless", "whether",
  "meanwhile", "however", "instead", "asked", "said", "says", "according", "is", "was", "are", "were", "do", "does", "did", "has", "have", "had",
  "dear", "thank", "thanks", "yes", "oh", "well", "please",
]);
/** Lower-case words that may join capitalised words inside one name ("Department of Justice", "Center for ..."). */
const CONNECTORS = new Set(["of", "for"]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** A party-and-state tag ("R-Ariz.", "D-N.Y."), not a name. */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

interface Word {
  text: string;
  start: number;
  end: number;
  /** The characters between the previous word and this one. */
  gap: string;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    let w = m[0];
    // A trailing dot ends the sentence unless the word is an abbreviation (Sen., U.S., J.).
    if (w.endsWith(".") && !(TITLES.has(w.slice(0, -1).toLowerCase()) || /^(\p{Lu}\.)+$/u.test(w) || /\.\p{L}/u.test(w))) w = w.slice(0, -1);
    w = w.replace(/['\u2019]s?$/u, (x) => (x.length > 1 ? "" : x)).replace(/-+$/, "");
    if (!w) continue;
    out.push({ text: w, start: m.index!, end: m.index! + w.length, gap: text.slice(last, m.index!) });
    last = m.index! + m[0].length;
  }
  return out;
}

const bare = (w: string) => w.replace(/\./g, "").toLowerCase();
const isCap = (w: Word) => CAPITALISED.test(w.text) && !PARTY_TAG.test(w.text);
/** A word opening a sentence or a quotation: capitalised whatever it is. */
const opens = (w: Word, i: number) => i === 0 || /[.!?:"\u201C\u2018(\u2014\u2013]\s*$/u.test(w.gap);

/**
 * The capitalised runs of a sentence, in order: words starting with a capital letter joined by single
 * spaces (or by "of"/"for" between two of them). A single word or a function word opening the sentence or
 * a quotation is left out (it is capitalised whatever it is), as are party tags ("R-Ariz."), months, days
 * and pronouns; titles are split off the name (a run that is only a title, "Secretary of State", is kept whole).
 * Empty text gives [].
 */
export function capitalisedRuns(text: string, options: { skipOpening?: boolean } = {}): NameRun[] {
  const { skipOpening = true } = options;
  const ws = words(text);
  const out: NameRun[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isCap(ws[i])) {
      i++;
      continue;
    }
    const opening = skipOpening && opens(ws[i], i);
    let j = i + 1;
    while (j < ws.length && ws[j].gap === " ") {
      if (isCap(ws[j]) && !opens(ws[j], j)) j++;
      else if (CONNECTORS.has(ws[j].text) && j + 1 < ws.length && ws[j + 1].gap === " " && isCap(ws[j + 1])) j += 2;
      else break;
    }
    const run = ws.slice(i, j);
    i = j;
    const named = splitTitles(run, opening);
    if (named) out.push(named);
  }
  return out;
}

/**
 * Splits a run after its last title (with the title's tail: "Attorney General", "Secretary of State"):
 * "House Speaker John Boehner" is John Boehner. A run opening a sentence loses its first word unless
 * that word is a title or the run has more words and the first is not a function word ("The White House" is
 * White House, "Justice Department" stays, "Obama said" gives nothing: a limit of the heuristic).
 */
function splitTitles(run: Word[], opening: boolean): NameRun | undefined {
  // Function words, days and months at either edge are not part of the name ("But Mr. Smith", "Thursday Democratic").
  while (run.length && NOT_NAMES.has(bare(run[0].text))) [run, opening] = [run.slice(1), false];
  while (run.length && NOT_NAMES.has(bare(run[run.length - 1].text))) run = run.slice(0, -1);
  if (run.length === 0) return undefined;
  let cut = 0;
  let titled = false;
  for (let k = 0; k < run.length; ) {
    if (!TITLES.has(bare(run[k].text))) {
      k++;
      continue;
    }
    titled ||= PERSONAL.has(bare(run[k].text));
    k++;
    while (k < run.length && (TITLE_TAIL.has(bare(run[k].text)) || CONNECTORS.has(run[k].text))) k += CONNECTORS.has(run[k].text) ? 2 : 1;
    if (k < run.length) cut = k;
  }
  // An opening single word or function word is capitalised whatever it is; "Justice Department" keeps both.
  if (cut === 0 && opening && !TITLES.has(bare(run[0].text)) && (run.length === 1 || NOT_NAMES.has(bare(run[0].text)))) run = run.slice(1);
  // An opening word before the titles is capitalised by position: "Later Mr. Stone" is written "Mr. Stone".
  if (cut > 0 && opening) {
    const firstTitle = run.findIndex((w) => TITLES.has(bare(w.text)));
    run = run.slice(firstTitle);
    cut -= firstTitle;
  }
  if (run.length === 0) return undefined;
  const rest = run.slice(cut);
  if (rest.every((w) => NOT_NAMES.has(bare(w.text)) || TITLES.has(bare(w.text)))) return undefined;
  const span = (ws: Word[]) => ws.map((w, n) => (n === 0 ? w.text : w.gap + w.text)).join("");
  return { name: span(rest), written: span(run), titled: cut > 0 && (titled || rest.length > 1), start: run[0].start, end: run[run.length - 1].end };
}
