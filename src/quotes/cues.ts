import { Token } from "../corpus/types";

/**
 * Verbs (and a few phrases) that introduce speech, by lemma, grouped by the stance they lend the speaker.
 * The grouping follows the newsroom guidance on attribution verbs (e.g. the AP Stylebook's advice to
 * prefer "said", and the "loaded" verbs it warns about): "claimed" doubts the speaker, "noted" endorses,
 * "admitted" or "insisted" colour, "warned" frames a threat.
 */
export const CUE_STANCES = ["neutral", "doubting", "endorsing", "conceding", "warning", "opinion"] as const;
export type CueStance = (typeof CUE_STANCES)[number];

export const STANCE_LABELS: Readonly<Record<CueStance, string>> = {
  neutral: "neutral (said, told, added)",
  doubting: "doubting (claimed, alleged)",
  endorsing: "endorsing (noted, revealed, pointed out)",
  conceding: "conceding or loaded (admitted, insisted, denied)",
  warning: "warning (warned, cautioned, threatened)",
  opinion: "opinion and demand (thinks, believes, urged)",
};

export const CUE_LEXICON: Readonly<Record<string, CueStance>> = {
  say: "neutral", tell: "neutral", add: "neutral", state: "neutral", announce: "neutral", report: "neutral", explain: "neutral",
  write: "neutral", tweet: "neutral", reply: "neutral", respond: "neutral", describe: "neutral", call: "neutral", ask: "neutral",
  comment: "neutral", remark: "neutral", speak: "neutral", "according to": "neutral", declare: "neutral", answer: "neutral", continue: "neutral",
  "talk about": "neutral", interject: "neutral", "put it": "neutral", read: "neutral", email: "neutral", retweet: "neutral", express: "neutral", indicate: "neutral", "decline to comment": "neutral",
  claim: "doubting", allege: "doubting", purport: "doubting", contend: "doubting",
  note: "endorsing", reveal: "endorsing", "point out": "endorsing", confirm: "endorsing", observe: "endorsing",
  conclude: "endorsing", remind: "endorsing", cite: "endorsing",
  admit: "conceding", insist: "conceding", deny: "conceding", concede: "conceding", maintain: "conceding", argue: "conceding", stress: "conceding",
  emphasise: "conceding", emphasize: "conceding", reiterate: "conceding", boast: "conceding", complain: "conceding", acknowledge: "conceding",
  // Loaded verbs: they colour how the words came out (AP: "said" unless the manner matters).
  joke: "conceding", sigh: "conceding", lament: "conceding", "blurt out": "conceding", shout: "conceding", gush: "conceding", repeat: "conceding",
  exclaim: "conceding", fume: "conceding", retort: "conceding", assert: "conceding", chant: "conceding",
  warn: "warning", caution: "warning", threaten: "warning", vow: "warning",
  "call for": "opinion", "call on": "opinion",
  think: "opinion", believe: "opinion", suggest: "opinion", hint: "opinion", predict: "opinion", urge: "opinion", demand: "opinion",
  accuse: "opinion", blame: "opinion", criticise: "opinion", criticize: "opinion", hope: "opinion", promise: "opinion", agree: "opinion", expect: "opinion", propose: "opinion", recall: "opinion",
  assure: "opinion", praise: "opinion", advise: "opinion", charge: "opinion", implore: "opinion", speculate: "opinion", plead: "opinion", pledge: "opinion",
  question: "opinion", reject: "opinion", dismiss: "opinion", denounce: "opinion", blast: "opinion", condemn: "opinion", encourage: "opinion",
  // Verbs that label someone or something in the speaker's words ('branded the plan a "disaster"').
  brand: "opinion", label: "opinion", liken: "opinion", hail: "opinion", laud: "opinion", exhort: "opinion", attack: "opinion",
  characterize: "neutral", characterise: "neutral", proclaim: "neutral",
};

const RELATIVE_PRONOUNS = new Set(["which", "that", "who"]);

/** True when "as" stands at most eight tokens before `t` in its sentence ("as Ms. Cole, a pilot, put it"). */
function asBefore(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 8 && tokens[k].sentence === tokens[t].sentence; k--) if (tokens[k].norm === "as") return true;
  return false;
}

/** CUE_LEXICON as a map: attribution asks for the stance of every verb of the text. */
const STANCE_OF = new Map(Object.entries(CUE_LEXICON));

/** The stance of a cue lemma, or null when it is not a speech cue. */
export function cueStance(lemma: string): CueStance | null {
  return STANCE_OF.get(lemma) ?? null;
}

/**
 * Cues that introduce direct speech only loosely: accepted next to quote marks, not for reported speech.
 * Verbs whose object is usually a thing rather than a statement ("praised the plan", "talked about the
 * economy", "cited a poll", "declined to comment") are here: the words after them are no report. So are
 * "criticized X for Y" (its object is the target, not what was said) and "believes" (a belief the
 * reporter ascribes, not a statement: PolNeAR's dev set has 8 such reports, none an attribution of speech).
 */
export const DIRECT_ONLY_CUES = new Set([
  "continue", "call", "answer", "ask", "agree", "expect", "hope", "recall", "speak",
  "talk about", "praise", "reject", "dismiss", "denounce", "blast", "condemn", "cite", "express", "encourage", "question", "retweet", "decline to comment",
  "chant", "read", "brand", "label", "liken", "hail", "laud", "exhort", "attack", "characterize", "characterise", "proclaim",
  "criticize", "criticise", "believe",
]);

/**
 * Cues whose object may stand between them and a quoted fragment: 'blasted the council as a "disgrace"',
 * 'likened the plan to "a sinking ship"', 'called the rule "unfair"' (see objectBetween in cue-context.ts).
 */
export const OBJECT_CUES = new Set(["call", "brand", "label", "liken", "hail", "laud", "exhort", "attack", "characterize", "characterise", "describe",
  "praise", "blast", "condemn", "denounce", "dismiss", "criticise", "criticize", "accuse", "cite"]);

/**
 * Cues that introduce a quote only after it or before a colon (`"...," the letter reads`; `The sign read:
 * "..."`): before a quote mark they name what is read aloud or a title ('she read "Goodnight Moon"').
 */
export const AFTER_ONLY_CUES = new Set(["read"]);

/**
 * Multi-word cues by the lemma of their first word: the words that must follow (as written, lower case)
 * and the lemma the cue is known by. The first word's part of speech is not checked ("according" is no
 * verb); for the others it is, like any cue verb.
 */
const PHRASES: ReadonlyMap<string, ReadonlyArray<{ rest: readonly string[]; lemma: string; anyPos?: boolean }>> = new Map([
  ["accord", [{ rest: ["to"], lemma: "according to", anyPos: true }]],
  ["point", [{ rest: ["out"], lemma: "point out", anyPos: true }]],
  ["talk", [{ rest: ["about"], lemma: "talk about" }]],
  ["blurt", [{ rest: ["out"], lemma: "blurt out" }]],
  ["decline", [{ rest: ["to", "comment"], lemma: "decline to comment" }]],
  // "as Ms. Cole put it", "as a memo put it:": only after "as" (see speechCueAt), not "put it on hold".
  ["put", [{ rest: ["it"], lemma: "put it" }]],
  // "called for a moratorium", "called on the council to resign": a demand, reported ('called the plan
  // "a disaster"' stays the labelling "call").
  ["call", [{ rest: ["for"], lemma: "call for" }, { rest: ["on"], lemma: "call on" }]],
]);

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "it", "i", "you"]);

/** Cue verbs the tagger sometimes takes for nouns ("Russia says"). */
const NOUN_CUES = new Set(["says", "said", "warns", "claims", "tells"]);

/** Words after which an -ed or -ing form the tagger calls a noun or adjective still acts as a verb. */
const VERB_CONTEXT_AFTER = new Set(["that", ",", ".", ":", ";", '"', "'", "!", "?"]);

const FINANCE = new Set(["earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "income", "results", "growth", "gains", "gain", "deficit", "surplus", "dividend", "dividends", "turnover", "quarterly", "annual"]);
const ADDED_THINGS = new Set(["jobs", "job", "points", "point", "seats", "workers", "positions", "members", "subscribers", "weight", "pounds", "fuel", "millions", "billions", "thousands", "hundreds", "up"]);
/** Amounts that "says ... about" reveals ("says something about", "says a lot about", "says little about"). */
const AMOUNTS = new Set(["something", "much", "little", "nothing", "a", "more", "everything", "plenty"]);
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "some", "more", "another"]);

/**
 * True when a cue verb is used in a sense that is not speech, judged from the words right after it:
 * "reported earnings" or "reported a 5% rise" (figures), "added 200,000 jobs" or "added to the tension"
 * (a sum), "think tank" (a noun), "charged with fraud" (an indictment), "concluded on Friday" or
 * "continued for hours" (ended, went on). Looks at most three tokens ahead, so a scan stays linear.
 */
export function nonSpeechSense(tokens: readonly Token[], lemma: string, last: number, end: number): boolean {
  const at = (k: number) => (last + k < end ? tokens[last + k] : undefined);
  const next = at(1);
  if (!next) return false;
  const figure = (t: Token | undefined) => Boolean(t && (t.pos === "NUM" || t.kind === "number" || /^[$€£¥]/.test(t.norm) || /^\d/.test(t.norm)));
  switch (lemma) {
    case "report": {
      // "reported earnings", "reported a quarterly loss", "reported $3 billion".
      const k = next && DETERMINERS.has(next.norm) ? 2 : 1;
      return figure(at(k)) || FINANCE.has(at(k)?.norm ?? "") || (FINANCE.has(at(k + 1)?.norm ?? "") && at(k)?.pos === "ADJ");
    }
    case "add":
      if (next.norm === "to") return !["reporters", "journalists", "him", "her", "them", "me", "us"].includes(at(2)?.norm ?? "");
      // "adding a few towns to the district": a determiner opening an object with no verb after it is a
      // thing added ("added the plan would fail" reports a clause).
      if (DETERMINERS.has(next.norm) && (figure(at(2)) || ADDED_THINGS.has(at(2)?.norm ?? ""))) return true;
      if (DETERMINERS.has(next.norm) && /ing$/.test(tokens[last].norm)) return ![at(2), at(3), at(4)].some((x) => x?.pos === "VERB" || x?.pos === "AUX");
      return figure(next) || ADDED_THINGS.has(next.norm);
    case "think":
      return next.norm === "tank" || next.norm === "tanks";
    case "say":
      // "says something about the media", "says a lot about him": what a thing reveals, not speech.
      return AMOUNTS.has(next.norm) && (at(2)?.norm === "about" || (next.norm === "a" && at(2)?.norm === "lot" && at(3)?.norm === "about"));
    case "charge":
      return next.norm === "with" || next.norm === "for" || figure(next) || (DETERMINERS.has(next.norm) && (at(2)?.norm === "fee" || figure(at(2))));
    case "conclude":
    case "continue":
    case "repeat":
      return (next.pos === "ADP" && next.norm !== "that") || (lemma === "continue" && next.norm === "to");
    default:
      return false;
  }
}

/**
 * The lemma of the word at `tokens[t]` as a cue verb: wink's lemma when the lexicon has it, else one
 * made from the word's ending when wink left an inflection whole ("retweeted", "fumed", "joking").
 */
function cueLemma(tok: Token): string | null {
  if (STANCE_OF.has(tok.lemma)) return tok.lemma;
  const w = tok.norm;
  // Only a word ending in d, s or g can end in -ed, -ied, -ies, -s or -ing (endingLemma's endings): the
  // others, most words, need no look-up.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 100 && last !== 115 && last !== 103) return null;
  // Every token of every sentence asks: the answer for a word is worked out once (a bounded memo).
  let lemma = endingLemmas.get(w);
  if (lemma === undefined) {
    lemma = endingLemma(w);
    if (endingLemmas.size >= ENDING_MEMO_SIZE) endingLemmas.clear();
    endingLemmas.set(w, lemma);
  }
  return lemma;
}

/** Words whose ending-made cue lemma cueLemma remembers at most; then it starts afresh. */
const ENDING_MEMO_SIZE = 50_000;
const endingLemmas = new Map<string, string | null>();

/** A cue verb made from the word's ending ("retweeted" -> "retweet", "fumed" -> "fume"), or null. */
function endingLemma(w: string): string | null {
  const m = /^(\p{L}{2,}?)(ied|ies|ed|ing|s)$/u.exec(w);
  if (!m) return null;
  const stem = m[1];
  const candidates = m[2] === "ied" || m[2] === "ies" ? [`${stem}y`] : [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, "$1")];
  return candidates.find((c) => STANCE_OF.has(c)) ?? null;
}

/** A speech cue starting at a token: its lemma and the index of its last token. */
export interface CueMatch {
  lemma: string;
  last: number;
}

/** The phrases of a word that starts none (shared: speechCueAt asks for every token). */
const NO_PHRASES: ReadonlyArray<{ rest: readonly string[]; lemma: string; anyPos?: boolean }> = [];

/**
 * The speech cue starting at `tokens[t]` (tokens up to `end`, exclusive, are the sentence's), or null:
 * a multi-word cue ("according to", "point out", "talk about", "blurt out", "decline to comment"), or a
 * verb of CUE_LEXICON by lemma (a few forms the tagger takes for nouns, "Russia says", and -ed/-ing forms
 * it takes for adjectives or nouns right before "that", a quote mark or punctuation count too), unless it
 * is used in a non-speech sense (nonSpeechSense). Constant work per token.
 */
export function speechCueAt(tokens: readonly Token[], t: number, end: number): CueMatch | null {
  const tok = tokens[t];
  for (const p of PHRASES.get(tok.lemma) ?? NO_PHRASES) {
    if (t + p.rest.length >= end || !p.rest.every((w, k) => tokens[t + 1 + k].norm === w)) continue;
    if (!p.anyPos && tok.pos !== "VERB") continue;
    if (p.lemma === "put it" && !asBefore(tokens, t)) continue;
    return { lemma: p.lemma, last: t + p.rest.length };
  }
  const lemma = cueLemma(tok);
  if (!lemma || lemma.includes(" ")) return null;
  // "Let's say you think ...": a supposition, nobody speaks; "It goes without saying that ...": an idiom.
  if (lemma === "say" && t >= 2 && tokens[t - 2].norm === "let" && (tokens[t - 1].norm === "'s" || tokens[t - 1].norm === "us")) return null;
  if (lemma === "say" && t >= 2 && tokens[t - 1].norm === "without" && tokens[t - 2].lemma === "go") return null;
  const next = t + 1 < end ? tokens[t + 1].norm : ".";
  const prev = t > 0 ? tokens[t - 1] : undefined;
  // A noun after an article or adjective is a noun ("issued a warning."), whatever its ending.
  // A relative pronoun the tagger calls a determiner opens a clause instead ("the study, which notes that").
  const nounContext = prev !== undefined && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM" || prev.pos === "ADP" || DETERMINERS.has(prev.norm)) && !RELATIVE_PRONOUNS.has(prev.norm);
  // "The Post reports that ...", "the study, which notes that ...": a third-person form the tagger took for a
  // plural noun is a verb before "that" or a colon, unless a determiner or possessive makes it a noun ("Trump's claims that").
  const possessed = prev !== undefined && (prev.norm === "'s" || prev.norm === "'" || prev.pos === "PRON" && /^(his|her|its|their|our|my|your)$/.test(prev.norm));
  const verbLike = tok.pos === "VERB" || (tok.pos === "NOUN" && NOUN_CUES.has(tok.norm) && !possessed)
    || ((tok.pos === "NOUN" || tok.pos === "ADJ") && /(ed|ing)$/.test(tok.norm) && VERB_CONTEXT_AFTER.has(next) && !nounContext)
    || (tok.pos === "NOUN" && /s$/.test(tok.norm) && (next === "that" || next === ":") && !nounContext && !possessed)
    // "is promising to help", ", promising to help": a progressive or participle the tagger read as an
    // adjective ("a promising start" has neither; "is promising to be busy" is no promise).
    || ((tok.pos === "ADJ" || tok.pos === "NOUN") && /ing$/.test(tok.norm) && (prev?.pos === "AUX" || prev?.norm === ",") && next === "to" && t + 2 < end && tokens[t + 2].pos === "VERB")
    // "Lynch notes they were ...": a third-person form after a name, before a pronoun, is a verb.
    || (tok.pos === "NOUN" && /s$/.test(tok.norm) && prev?.pos === "PROPN" && t + 1 < end && tokens[t + 1].pos === "PRON" && SUBJECT_PRONOUNS.has(next));
  if (!verbLike) return null;
  // "declined to comment" is one cue, found at "declined"; its "comment" is no second one.
  if (lemma === "comment" && t >= 2 && tokens[t - 1].norm === "to" && ["decline", "refuse"].includes(tokens[t - 2].lemma)) return null;
  return nonSpeechSense(tokens, lemma, t, end) ? null : { lemma, last: t };
}
