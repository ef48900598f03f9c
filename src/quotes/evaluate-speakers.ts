/**
 * How a gold speaker is compared with a predicted one. Gold sources are written as the text has them
 * ("Republican vice-presidential nominee Mike Pence", "Sen. Ted Cruz of Texas", "he", "officials in both
 * parties"); a predicted speaker is a canonical name or the words at the attribution. Comparing whole
 * strings would count "Mike Pence" wrong against the first, so the gold is reduced to its head name.
 */

/** What a gold source is: a name (head = the name), a common noun phrase (head = its content words), a pronoun. */
export interface SpeakerHead {
  kind: "named" | "common" | "pronoun";
  /** Folded words (lower case, no dots, no possessive): the name's words, or the phrase's content words. */
  words: string[];
}

const PRONOUNS = new Set(["he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us", "his", "hers", "its", "their", "our", "my", "your", "who", "whom", "whose", "which", "that", "this", "these", "those", "one", "himself", "herself", "themselves"]);

/**
 * Titles and modifiers dropped from the front of a capitalised run ("Retired Lt. Gen. Michael Flynn",
 * "House Speaker Paul D. Ryan", "Democratic Sen. X"): a run made only of these is no name.
 */
const TITLES = new Set([
  "the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "representative", "gov", "governor", "lt", "gen", "general",
  "col", "colonel", "maj", "major", "adm", "admiral", "sgt", "capt", "captain", "cmdr", "rev", "reverend", "judge", "justice", "president", "vice", "former", "retired",
  "secretary", "state", "speaker", "house", "senate", "majority", "minority", "leader", "chairman", "chairwoman", "chair", "mayor", "ambassador", "attorney",
  "prime", "minister", "sheriff", "candidate", "nominee", "republican", "republicans", "democratic", "democrat", "gop", "independent", "presidential", "then",
  "first", "lady", "pope", "king", "queen", "prince", "princess", "sir", "dame", "lord", "us", "of",
]);
/** Lower-case words that may follow a name without making it a modifier ("Cruz of Texas", "Trump and Pence"). */
const LINKS = new Set(["of", "from", "at", "in", "on", "for", "with", "and", "or", "to", "by", "as", "said", "says"]);
const STOP = new Set(["the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "to", "by", "with", "from", "some", "many", "several", "other", "others", "both", "two", "three", "all", "most", "more", "few", "its", "their", "his", "her", "our", "this", "that", "these", "those", "one", "top", "senior", "former", "unnamed", "also", "but", "house", "senate"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Lower case, dots and possessive endings dropped: "Obama's" and "OBAMA" are "obama", "U.S." is "us". */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u2018`]/g, "'").replace(/'s$|s'$/, (m) => (m === "s'" ? "s" : "")).replace(/[^\p{L}\p{N}-]/gu, "");
}

/**
 * The head of a gold source, by the rule: the first run of capitalised words that is a name, with
 * titles dropped (Sen., President, Retired Lt. Gen.). The phrase is cut at an apposition or a relative
 * clause (",", "(", "who"). A run followed by a possessive or by a lower-case noun is a modifier ("Hillary
 * Clinton's campaign manager Robby Mook", "Republican vice-presidential nominee Mike Pence": the later
 * run is the head). No name gives a common phrase ("Small groups of protesters", "Democratic lawmakers")
 * with its content words. A lone pronoun (he, who, I) gives kind "pronoun". Empty input: common, no words.
 */
export function speakerHead(source: string): SpeakerHead {
  const cut = source.replace(/[\u2019\u2018]/g, "'").split(/[,;(\u2014]|\s-\s|\s(?:who|which|whom)\s/)[0].trim();
  const tokens = cut.split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && PRONOUNS.has(foldWord(tokens[0]))) return { kind: "pronoun", words: [foldWord(tokens[0])] };
  for (let i = 0; i < tokens.length;) {
    if (!/^\p{Lu}/u.test(tokens[i])) {
      i++;
      continue;
    }
    // The run is tokens[i..j): capitalised words, ended after a possessive ("Clinton's").
    let j = i;
    while (j < tokens.length && /^\p{Lu}/u.test(tokens[j])) if (/'s?$/.test(tokens[j++])) break;
    const run = tokens.slice(i, j);
    const possessive = /'s?$/.test(run[run.length - 1]);
    const next = tokens[j];
    const modifier = possessive || (next !== undefined && !LINKS.has(next.toLowerCase()) && /^\p{Ll}/u.test(next));
    const name = dropTitles(run);
    if (!modifier && name.length) return { kind: "named", words: name };
    i = j;
  }
  return { kind: "common", words: tokens.map(foldWord).filter((w) => w.length > 2 && !STOP.has(w)) };
}

function dropTitles(run: string[]): string[] {
  const words = run.map(foldWord).filter(Boolean);
  let a = 0;
  while (a < words.length && TITLES.has(words[a])) a++;
  return words.slice(a);
}

/** Two folded words agree when equal, or when one extends the other by at most 3 letters past a shared stem of 5 ("democrats", "democratic"). */
function wordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 5 && Math.max(a.length, b.length) - k <= 3;
}

/**
 * Whether a predicted speaker (a canonical name or the words as written) agrees with a gold source:
 * for a name, the last word of its head name (the surname, with Jr. or III when written) is among the
 * predicted words; for a common
 * phrase, one of its content words is; for a pronoun, the same pronoun is written. Case-insensitive.
 * Empty predicted speaker: false.
 */
export function speakerAgrees(gold: string, predicted: string): boolean {
  const head = speakerHead(gold);
  const said = predicted.replace(/[\u2019\u2018]/g, "'").split(/[\s,()]+/).map(foldWord).filter(Boolean);
  if (said.length === 0 || head.words.length === 0) return false;
  if (head.kind === "named") {
    // "Donald Trump Jr." needs "Trump" and "Jr": the suffix tells father and son apart.
    const last = head.words[head.words.length - 1];
    const suffix = SUFFIXES.has(last) && head.words.length > 1 ? last : null;
    const surname = suffix ? head.words[head.words.length - 2] : last;
    return said.some((w) => wordsAgree(w, surname)) && (!suffix || said.includes(suffix));
  }
  if (head.kind === "pronoun") return said.length === 1 && said[0] === head.words[0];
  return head.words.some((h) => said.some((w) => wordsAgree(w, h)));
}
