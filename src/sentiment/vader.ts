import * as fs from "fs";
import * as path from "path";
import { BoundedCache } from "./bounded-cache";

// VADER (Hutto & Gilbert 2014) as the `vader-sentiment` 1.1.3 package computes it (Apache-2.0, a port of
// the Python original), re-written for speed: the package builds a dictionary of every word with every
// punctuation mark on each call, which made VADER the largest part of the sentiment step. The rules,
// constants and lexicon (the package's own vader_lexicon.txt) are the package's; the tests check the
// compound score equals the package's on every sentence they try.

const B_INCR = 0.293;
const B_DECR = -0.293;
const C_INCR = 0.733;
const N_SCALAR = -0.74;
/** The package's punctuation class, including its `,-.` range (`,` `-` `.`). */
const PUNCTUATION = /[!"#$%&'()*+,-./:;<=>?@[\\\]^_`{|}~]/g;
const PUNC_LIST = [".", "!", "?", ",", ";", ":", "-", "'", '"', "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"];
const NEGATE = new Set([
  "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't",
  "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
  "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
  "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't",
  "wouldn't", "rarely", "seldom", "despite",
]);
const BOOSTERS = new Map<string, number>([
  ...["absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing", "enormously", "entirely",
    "especially", "exceptionally", "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging", "friggin", "fully",
    "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite",
    "really", "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "uber", "unbelievably", "unusually", "utterly",
    "very"].map((w) => [w, B_INCR] as [string, number]),
  ...["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little", "marginally", "occasionally",
    "partly", "scarcely", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"].map((w) => [w, B_DECR] as [string, number]),
]);
const IDIOMS = new Map<string, number>([["the shit", 3], ["the bomb", 3], ["bad ass", 1.5], ["yeah right", -2], ["cut the mustard", 2], ["kiss of death", -1.5], ["hand to mouth", -2]]);

let lexicon: Map<string, number> | null = null;

/** The package's lexicon file: token, mean rating, ... per line; a repeated token keeps its last value. */
function vaderLexicon(): Map<string, number> {
  if (!lexicon) {
    const file = path.join(path.dirname(require.resolve("vader-sentiment/package.json")), "vader_lexicon.txt");
    lexicon = new Map();
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      const [token, mean] = line.split("\t");
      if (token && mean !== undefined) lexicon.set(token, parseFloat(mean));
    }
  }
  return lexicon;
}

/** Python's str.isupper as the package reads it (/^[^a-z]*[A-Z]+[^a-z]*$/): some A-Z and no a-z. */
function isUpper(w: string): boolean {
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper;
}

/** The characters of PUNC_LIST's entries: a token that neither starts nor ends with one is kept as it is. */
const PUNC_CHARS = new Set(PUNC_LIST.join(""));

/**
 * Whitespace tokens longer than one character with one leading or trailing punctuation run removed when
 * what remains is a word of the punctuation-free text (the package's `words_and_emoticons`).
 */
export function vaderTokens(text: string): string[] {
  // The words of the punctuation-free text are the whitespace tokens with their punctuation removed
  // (removing it moves no whitespace), those longer than one character. So whether a token stripped of
  // one punctuation run is such a word is mostly answered by the token itself ("talks." -> "talks");
  // the set of all of them is built only when it is not.
  let words: Set<string> | null = null;
  const out: string[] = [];
  for (const t of text.split(/\s/)) {
    if (t.length <= 1) continue;
    let word = t;
    if (PUNC_CHARS.has(t[0]) || PUNC_CHARS.has(t[t.length - 1])) {
      const bare = t.replace(PUNCTUATION, "");
      const isWord = (w: string) => (w === bare && w.length > 1) || (words ??= new Set(text.replace(PUNCTUATION, "").split(/\s/).filter((x) => x.length > 1))).has(w);
      for (const p of PUNC_LIST) {
        if (t.startsWith(p) && isWord(t.slice(p.length))) {
          word = t.slice(p.length);
          break;
        }
        if (t.endsWith(p) && isWord(t.slice(0, -p.length))) {
          word = t.slice(0, -p.length);
          break;
        }
      }
    }
    out.push(word);
  }
  return out;
}

const negated = (w: string) => NEGATE.has(w) || w.includes("n't");

function scalar(word: string, lower: string, valence: number, capDiff: boolean): number {
  let s = BOOSTERS.get(lower) ?? 0;
  if (s === 0) return 0;
  if (valence < 0) s *= -1;
  if (capDiff && isUpper(word)) s += valence > 0 ? C_INCR : -C_INCR;
  return s;
}

function neverCheck(valence: number, w: readonly string[], startI: number, i: number): number {
  if (startI === 0 && negated(w[i - 1])) return valence * N_SCALAR;
  if (startI === 1) {
    if (w[i - 2] === "never" && (w[i - 1] === "so" || w[i - 1] === "this")) return valence * 1.5;
    if (negated(w[i - 2])) return valence * N_SCALAR;
  }
  if (startI === 2) {
    if ((w[i - 3] === "never" && (w[i - 2] === "so" || w[i - 2] === "this")) || w[i - 1] === "so" || w[i - 1] === "this") return valence * 1.25;
    if (negated(w[i - 3])) return valence * N_SCALAR;
  }
  return valence;
}

function idiomsCheck(valence: number, w: readonly string[], i: number): number {
  // Template strings on purpose: before the sentence start they read "undefined", as in the package.
  const twoone = `${w[i - 2]} ${w[i - 1]}`;
  const threetwo = `${w[i - 3]} ${w[i - 2]}`;
  for (const seq of [`${w[i - 1]} ${w[i]}`, `${w[i - 2]} ${w[i - 1]} ${w[i]}`, twoone, `${w[i - 3]} ${w[i - 2]} ${w[i - 1]}`, threetwo]) {
    const v = IDIOMS.get(seq);
    if (v !== undefined) {
      valence = v;
      break;
    }
  }
  if (w.length - 1 > i) valence = IDIOMS.get(`${w[i]} ${w[i + 1]}`) ?? valence;
  if (w.length - 1 > i + 1) valence = IDIOMS.get(`${w[i]} ${w[i + 1]} ${w[i + 2]}`) ?? valence;
  if (BOOSTERS.has(threetwo) || BOOSTERS.has(twoone)) valence += B_DECR;
  return valence;
}

function leastCheck(valence: number, lw: readonly string[], i: number, lex: Map<string, number>): number {
  if (i > 0 && lw[i - 1] === "least" && !lex.has("least")) {
    if (i > 1) return lw[i - 2] !== "at" && lw[i - 2] !== "very" ? valence * N_SCALAR : valence;
    return valence * N_SCALAR;
  }
  return valence;
}

/** The valence of token i; `lw` holds the tokens `w` lower-cased. */
function valenceAt(w: readonly string[], lw: readonly string[], i: number, capDiff: boolean, lex: Map<string, number>): number {
  let valence = lex.get(lw[i]);
  if (valence === undefined) return 0;
  if (capDiff && isUpper(w[i])) valence += valence > 0 ? C_INCR : -C_INCR;
  for (let startI = 0; startI < 3; startI++) {
    if (i > startI && !lex.has(lw[i - (startI + 1)])) {
      let s = scalar(w[i - (startI + 1)], lw[i - (startI + 1)], valence, capDiff);
      if (startI === 1 && s !== 0) s *= 0.95;
      else if (startI === 2 && s !== 0) s *= 0.9;
      valence = neverCheck(valence + s, w, startI, i);
      if (startI === 2) valence = idiomsCheck(valence, w, i);
    }
  }
  return leastCheck(valence, lw, i, lex);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** VADER's compound score, uncached; see vaderCompound. */
export function vaderCompoundUncached(text: string): number {
  const lex = vaderLexicon();
  const w = vaderTokens(text);
  const lw = w.map((x) => x.toLowerCase());
  let caps = 0;
  for (const x of w) if (isUpper(x)) caps++;
  const capDiff = w.length - caps > 0 && w.length - caps < w.length;
  const sentiments: number[] = [];
  for (let i = 0; i < w.length; i++) {
    if ((i < w.length - 1 && lw[i] === "kind" && lw[i + 1] === "of") || BOOSTERS.has(lw[i])) sentiments.push(0);
    else sentiments.push(valenceAt(w, lw, i, capDiff, lex));
  }
  let but = w.indexOf("but");
  if (but < 0) but = w.indexOf("BUT");
  if (but >= 0) for (let i = 0; i < sentiments.length; i++) sentiments[i] *= i < but ? 0.5 : i > but ? 1.5 : 1;
  if (sentiments.length === 0) return 0;
  let sum = 0;
  for (const s of sentiments) sum += s;
  const qm = count(text, "?");
  const amplifier = Math.min(count(text, "!"), 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
  if (sum > 0) sum += amplifier;
  else if (sum < 0) sum -= amplifier;
  const compound = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + 15)));
  return parseFloat(compound.toFixed(4));
}

/**
 * Distinct sentence texts whose VADER score is remembered, per thread: about 375 bytes each with the text
 * (a 135-character sentence), so at most about 7 MB in each worker thread. It was 100,000, about 36 MB per
 * worker once a corpus of new text (over 6,000 articles) had filled it: memory that grew with the number
 * of workers for the rare repeat far back. Wire copy and boilerplate recur within days, well inside the
 * last 20,000 sentences (over 1,000 articles).
 */
export const VADER_CACHE_SIZE = 20_000;
const cache = new BoundedCache<number>(VADER_CACHE_SIZE);

/**
 * VADER's compound score (Hutto & Gilbert 2014), equal to the `vader-sentiment` package's: -1 (most
 * negative) to 1, a second lexicon and rule set to check AFINN's ordering against. Empty text gives 0.
 * Each distinct text is scored once: the last VADER_CACHE_SIZE texts are remembered (least recently
 * used forgotten first), since headlines, boilerplate and shared wire copy recur across articles.
 */
export function vaderCompound(text: string): number {
  return cache.get(text, vaderCompoundUncached);
}

/** Hits and misses of vaderCompound's cache since the process started (or the last clear). */
export function vaderCacheStats(): { hits: number; misses: number; size: number } {
  return { hits: cache.hits, misses: cache.misses, size: cache.size };
}

/** Forgets every remembered score (e.g. so a benchmark's second run starts cold). */
export function clearVaderCache(): void {
  cache.clear();
}
