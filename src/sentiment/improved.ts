import { LexiconAdjustment } from "./domain-adjustments";
import { ScoredWord, SentimentResult, summarise } from "./result";
import { SentimentTokenBuffer, scanSentimentTokens } from "./tokens";

/* eslint-disable @typescript-eslint/no-var-requires */
const AFINN: Readonly<Record<string, number>> = require("sentiment/languages/en/labels.json");
const PLAIN_NEGATORS: Readonly<Record<string, number>> = require("sentiment/languages/en/negators.json");

/** Negators for the improved strategy: the package's list plus the ones it misses. */
const NEGATORS = new Set([
  ...Object.keys(PLAIN_NEGATORS),
  "no", "never", "nor", "neither", "without", "nobody", "none", "nothing", "nowhere", "hardly", "barely", "cannot",
  "didn't", "didnt", "wasn't", "wasnt", "weren't", "werent", "aren't", "arent", "haven't", "havent", "hasn't", "hasnt",
  "hadn't", "hadnt", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "couldn't", "couldnt", "mustn't", "mightn't", "ain't", "lack", "lacks", "lacking",
]);
const SCOPE_BREAKERS = new Set(["but", "however", "although", "though", "yet"]);
/** Degree words that strengthen or weaken the next sentiment word (a subset of VADER's). */
const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...["very", "extremely", "highly", "deeply", "really", "so", "too", "most", "more", "absolutely", "completely", "totally", "utterly", "particularly", "especially", "exceptionally", "incredibly", "hugely", "greatly", "entirely", "thoroughly", "truly", "seriously", "remarkably", "enormously"].map((w) => [w, 0.293] as const),
  ...["slightly", "somewhat", "barely", "hardly", "marginally", "partly", "less", "little", "kind-of", "sort-of", "fairly", "rather", "relatively"].map((w) => [w, -0.293] as const),
]);

/** A multi-word lexicon entry: its words and the entry as written ("does not work"), reported as is. */
interface Phrase {
  parts: string[];
  term: string;
  value: number;
}

/** What the improved strategy needs to know about one distinct word, looked up once per lexicon. */
interface WordFacts {
  /** The word's lexicon entry (itself or its lemma) and value, or null. */
  entry: [string, number] | null;
  /** Phrases starting with the word, longest first. */
  phrases: readonly Phrase[] | undefined;
  negator: boolean;
  /** "but", "however", ...: ends a negation's scope. */
  scopeBreaker: boolean;
}

interface Lexicon {
  words: Map<string, number>;
  /** Phrases by their first word, longest first. */
  phrases: Map<string, Phrase[]>;
  /** Facts by word, so each distinct word is lemmatised and looked up once. */
  facts: Map<string, WordFacts>;
}

/** Distinct words whose facts are remembered per lexicon; past this the memo starts afresh. */
const FACTS_MEMO_SIZE = 200_000;

const lexicons = new WeakMap<readonly LexiconAdjustment[], Lexicon>();

/** AFINN with the adjustments laid over it, in a new map: the package's shared list is never touched. */
function lexiconFor(adjustments: readonly LexiconAdjustment[]): Lexicon {
  let lex = lexicons.get(adjustments);
  if (!lex) {
    const all = new Map<string, number>(Object.entries(AFINN));
    for (const a of adjustments) {
      if (!Number.isFinite(a.value)) throw new Error(`sentiment adjustment "${a.term}": value must be a number`);
      all.set(a.term.toLowerCase().replace(/\s+/g, " ").trim(), a.value);
    }
    const words = new Map<string, number>();
    const phrases = new Map<string, Phrase[]>();
    for (const [term, value] of all) {
      const parts = term.split(" ");
      if (parts.length === 1) words.set(term, value);
      else {
        const list = phrases.get(parts[0]) ?? [];
        list.push({ parts, term, value });
        list.sort((x, y) => y.parts.length - x.parts.length);
        phrases.set(parts[0], list);
      }
    }
    lex = { words, phrases, facts: new Map() };
    lexicons.set(adjustments, lex);
  }
  return lex;
}

/** The lexicon entry for a word: itself, else a simple lemma (plural, past, -ing, possessive). */
function lookup(word: string, words: Map<string, number>): [string, number] | null {
  const direct = words.get(word);
  if (direct !== undefined) return [word, direct];
  const stem = word.replace(/'s$/, "");
  const candidates = [stem];
  if (/ies$/.test(stem)) candidates.push(stem.replace(/ies$/, "y"));
  if (/es$/.test(stem)) candidates.push(stem.slice(0, -2));
  if (/s$/.test(stem) && !/ss$/.test(stem)) candidates.push(stem.slice(0, -1));
  if (/ed$/.test(stem)) candidates.push(stem.slice(0, -2), stem.slice(0, -1));
  if (/ing$/.test(stem)) candidates.push(stem.slice(0, -3), `${stem.slice(0, -3)}e`);
  if (/ily$/.test(stem)) candidates.push(`${stem.slice(0, -3)}y`);
  if (/ly$/.test(stem)) candidates.push(stem.slice(0, -2), `${stem.slice(0, -2)}e`);
  if (/ier$|iest$/.test(stem)) candidates.push(stem.replace(/ier$|iest$/, "y"));
  if (/er$/.test(stem)) candidates.push(stem.slice(0, -2), stem.slice(0, -1));
  if (/est$/.test(stem)) candidates.push(stem.slice(0, -3), stem.slice(0, -2));
  for (const c of candidates) {
    const v = words.get(c);
    if (v !== undefined && c.length > 2) return [c, v];
  }
  return null;
}

/** The facts about a word under a lexicon, worked out on its first occurrence and then remembered. */
function factsOf(word: string, lex: Lexicon): WordFacts {
  let facts = lex.facts.get(word);
  if (facts === undefined) {
    facts = { entry: lookup(word, lex.words), phrases: lex.phrases.get(word), negator: NEGATORS.has(word), scopeBreaker: SCOPE_BREAKERS.has(word) };
    if (lex.facts.size >= FACTS_MEMO_SIZE) lex.facts.clear();
    lex.facts.set(word, facts);
  }
  return facts;
}

/** The one token buffer improved() scans each text into (see SentimentTokenBuffer). */
const buffer = new SentimentTokenBuffer();

/** Whether the tokens from `i` are the phrase's words, with no clause break among them. */
function phraseAt(tokens: SentimentTokenBuffer, i: number, parts: readonly string[]): boolean {
  if (i + parts.length > tokens.length) return false;
  for (let k = 0; k < parts.length; k++) if (tokens.boundary[i + k] || tokens.text[i + k] !== parts[k]) return false;
  return true;
}

/** The improved strategy's options, defaults already applied by scoreSentiment. */
export interface ImprovedOptions {
  adjustments: readonly LexiconAdjustment[];
  negationScope: number;
  negationFactor: number;
  butWeighting: boolean;
}

/**
 * scoreSentiment's "improved" strategy (its doc comment gives the rules): AFINN-165 with the adjustments,
 * multi-word entries, simple lemmas, scoped negation, boosters and "but" weighting. Empty text scores 0.
 */
export function improvedSentiment(text: string, options: ImprovedOptions): SentimentResult {
  const lex = lexiconFor(options.adjustments);
  const tokens = scanSentimentTokens(text, buffer);
  const scored: ScoredWord[] = [];
  let wordCount = 0;
  let negateLeft = 0;
  let negator: ScoredWord | null = null;
  let negatorUsed = false;
  let butAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.boundary[i]) {
      negateLeft = 0;
      continue;
    }
    const word = tokens.text[i];
    const facts = factsOf(word, lex);
    wordCount++;
    if (facts.scopeBreaker) {
      negateLeft = 0;
      if (word === "but") butAt = scored.length;
      continue;
    }
    // The match: a phrase starting here (longest first), else the word's own entry; span 0 for none.
    let matched = word;
    let lexeme = "";
    let base = 0;
    let end = tokens.end[i];
    let span = 0;
    if (facts.phrases) {
      for (const p of facts.phrases) {
        if (phraseAt(tokens, i, p.parts)) {
          matched = lexeme = p.term;
          base = p.value;
          end = tokens.end[i + p.parts.length - 1];
          span = p.parts.length;
          break;
        }
      }
    }
    if (span === 0 && facts.entry) {
      lexeme = facts.entry[0];
      base = facts.entry[1];
      span = 1;
    }
    const inScope = negateLeft > 0;
    if (facts.negator && span <= 1) {
      negateLeft = options.negationScope;
      negatorUsed = false;
      negator = span === 1 ? { word, lexeme, value: base, base, negated: false, start: tokens.start[i], end: tokens.end[i] } : null;
      if (negator) scored.push(negator);
      continue;
    }
    if (span > 0 && base !== 0) {
      const negated = inScope;
      const boost = i > 0 && !tokens.boundary[i - 1] ? BOOSTERS.get(tokens.text[i - 1]) ?? 0 : 0;
      const boosted = base + Math.sign(base) * boost;
      const value = negated ? -options.negationFactor * boosted : boosted;
      scored.push({ word: matched, lexeme, value, base, negated, start: tokens.start[i], end });
      if (negated) negateLeft = 1; // a negator flips the first sentiment word it reaches, not every one after it
      if (negated && negator && !negatorUsed) {
        // A negator that flips a sentiment word ("no breakthrough") does not also count on its own.
        scored.splice(scored.indexOf(negator), 1);
        negatorUsed = true;
      }
    }
    if (span > 1) {
      wordCount += span - 1;
      i += span - 1;
    }
    if (inScope) negateLeft--;
  }
  if (butAt >= 0 && options.butWeighting) {
    // "X, but Y": the clause after "but" carries the writer's point (VADER: x0.5 before, x1.5 after).
    scored.forEach((w, k) => (w.value *= k < butAt ? 0.5 : 1.5));
  }
  let sum = 0;
  for (const w of scored) sum += w.value;
  const score = round(sum);
  // The words are this call's own objects: round their values in place.
  for (const w of scored) w.value = round(w.value);
  return summarise(score, wordCount > 0 ? score / wordCount : 0, wordCount, scored);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
