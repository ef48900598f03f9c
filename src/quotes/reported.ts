import { ParsedArticle, Sentence, Token } from "../corpus/types";
import { Cue, Speaker } from "./attribute";
import { SpanLookup, tokenEndingFrom, tokenFrom } from "./lookup";
import { verblessToEnd } from "./cue-context";
import { isTimeWord } from "./speaker-clues";

/**
 * Reported speech within one sentence (extractQuotes' second pass): which cues start a report of their
 * own, where a report's content runs, and where a relative clause closes it.
 */

/** Words a speaker's phrase may open with that the phrase reading leaves out ("another source", "one official"); at most this many. */
const DETERMINER_WORDS = new Set(["a", "an", "the", "another", "one", "some", "two", "three", "several", "many"]);
const PHRASE_BACK = 50;

/** For an attribution closing its sentence after a comma (", a source said." / ", said Mr X."): the offset where it starts; else -1. */
function trailing(article: ParsedArticle, s: Sentence, cue: Cue, speaker: Speaker, nonPunct: Int32Array): number {
  const t = article.tokens;
  const restEnd = Math.max(cue.last, speaker.end > t[cue.last].end ? tokenEndingFrom(article, speaker.end) : cue.last);
  const tail = Math.max(0, nonPunct[s.tokenEnd] - nonPunct[Math.min(s.tokenEnd, restEnd + 1)]);
  const inverted = speaker.end > t[cue.last].end;
  // ", said Ann Cole, a lawyer for the harbor board.": an apposition after the name runs to the end.
  const apposition = restEnd + 2 < s.tokenEnd && t[restEnd + 1].norm === "," && (t[restEnd + 2].pos === "DET" || DETERMINER_WORDS.has(t[restEnd + 2].norm)) && inverted;
  if (!apposition && tail > 0 && !closingTail(t, cue, restEnd + 1, s.tokenEnd, inverted, tail)) return -1;
  const from = tokenFrom(article, speaker.start);
  let startTok = Math.min(cue.first, from < t.length ? from : -1);
  // ", a source said.", ", the Tax Foundation said.": the speaker's words leave out the determiner or number before them.
  while (startTok > s.tokenStart + 1 && startTok > cue.first - PHRASE_BACK && (t[startTok - 1].pos === "DET" || t[startTok - 1].pos === "NUM" || DETERMINER_WORDS.has(t[startTok - 1].norm))) startTok--;
  return startTok > s.tokenStart && t[startTok - 1].norm === "," ? t[startTok].start : -1;
}

/** Cues whose object after them is the person spoken to (", Cole told reporters on Friday."). */
const ADDRESSEE_CUES = new Set(["tell", "inform", "assure", "remind"]);

/**
 * Whether the words after a closing attribution, tokens [from, end) (`words` of them, not punctuation),
 * still belong to it: a phrase without a verb that runs to the sentence's end, opening with a preposition
 * or a time (", a source said on Friday.", ", said one source in the room."), or after "told" with the
 * person told (", Cole told The Herald on Thursday."). An object of the cue ("Cole acknowledged their
 * battle", "Mexico said enough") or a verb ("which advocates say disadvantages schools") is no closing
 * attribution. After a comma ("..., she said, citing a report.") up to three words are accepted, as before.
 */
function closingTail(t: readonly Token[], cue: Cue, from: number, end: number, inverted: boolean, words: number): boolean {
  if (t[from].norm === ",") return words <= 3;
  if (!verblessToEnd(t, from, end, 8)) return false;
  return inverted || t[from].pos === "ADP" || isTimeWord(t[from]) || ADDRESSEE_CUES.has(cue.lemma);
}

/**
 * A report its attribution interrupts between commas: "The museum, Mr. Cole said, celebrated his heroes";
 * "Too often, she argued, the debate turns tribal"; "The rate fell, the agency said in a report, and ..."
 * (a short phrase without a verb may follow the cue before the comma). The two halves, each [start, end)
 * trimmed, or null. The second half is left out when it opens with "and"/"but" (a clause of the
 * reporter's own): only the first is returned then. At most a bounded stretch after the cue is read.
 */
export function interruptedContent(article: ParsedArticle, s: Sentence, cue: Cue, speaker: Speaker, limit: number, quoted: SpanLookup): Array<[number, number]> | null {
  const t = article.tokens;
  if (cue.lemma === "according to") return null; // its own rule: see indirectContent
  const from = tokenFrom(article, Math.min(speaker.start, t[cue.first].start));
  let open = from;
  while (open > s.tokenStart + 1 && open > from - 4 && (t[open - 1].pos === "DET" || t[open - 1].pos === "NUM" || DETERMINER_WORDS.has(t[open - 1].norm))) open--;
  // The attribution opens after a comma, with at least two words before it.
  if (open - 1 <= s.tokenStart + 1 || t[open - 1].norm !== ",") return null;
  const attrEnd = Math.max(cue.last, speaker.end > t[cue.last].end ? tokenEndingFrom(article, speaker.end) : cue.last);
  let close = attrEnd + 1;
  if (close < s.tokenEnd && t[close].norm !== ",") {
    // "said in a June report,", "said Friday,": a short phrase with no verb before the closing comma.
    if (!(t[close].pos === "ADP" || isTimeWord(t[close]))) return null;
    let k = close + 1;
    while (k < s.tokenEnd && k < close + 8 && t[k].norm !== "," && t[k].kind !== "punctuation" && t[k].pos !== "VERB" && t[k].pos !== "AUX") k++;
    close = k;
  }
  if (close >= s.tokenEnd - 1 || t[close].norm !== ",") return null;
  const first = trimmed(article, s.start, t[open - 1].start);
  if (!first || quoted.quotedChars(first[0], first[1]) > 0) return null;
  const rest = close + 1;
  // ", said Tom Reed, a pilot.": after an inverted attribution a determiner opens the name's apposition.
  const inverted = speaker.start > t[cue.last].end;
  if (t[rest].pos === "CCONJ" || (inverted && (t[rest].pos === "DET" || DETERMINER_WORDS.has(t[rest].norm)))) return [first];
  const second = trimmed(article, t[rest].start, Math.max(t[rest].start, limit));
  if (!second || quoted.quotedChars(second[0], second[1]) / (second[1] - second[0]) > 0.5) return [first];
  return [first, second];
}

/** [from, to) without leading and trailing spaces, quote marks and punctuation, or null when nothing is left. */
function trimmed(article: ParsedArticle, from: number, to: number): [number, number] | null {
  while (to > from && /[\s,.;:!?"'-]/.test(article.norm[to - 1])) to--;
  while (from < to && /[\s,"'-]/.test(article.norm[from])) from++;
  return to > from ? [from, to] : null;
}

/** counts[i]: how many of the first i tokens are not punctuation. */
export function nonPunctuationCounts(article: ParsedArticle): Int32Array {
  const counts = new Int32Array(article.tokens.length + 1);
  article.tokens.forEach((x, i) => {
    counts[i + 1] = counts[i] + (x.kind !== "punctuation" ? 1 : 0);
  });
  return counts;
}



/** The index of the first comma from token `from` before `end`, or `end` when there is none. */
export function nextComma(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (tokens[k].norm === ",") return k;
  return end;
}

/** True when the cue sits in a relative clause opened by ", who"/", which" at most four tokens before it. */
export function inRelativeClause(tokens: readonly Token[], cue: Cue, floor: number): boolean {
  for (let k = cue.first - 1; k >= floor && k >= cue.first - 4; k--) {
    if ((tokens[k].norm === "who" || tokens[k].norm === "which") && k > floor && tokens[k - 1].norm === ",") return true;
    if (tokens[k].kind === "punctuation") return false;
  }
  return false;
}

/** Pronouns that open a reported clause as its subject ("said after the meeting she would resign"). */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);

/** True when "which", "that", "who" or "what" stands among the three tokens before the cue ("which he said"). */
function relativeBefore(tokens: readonly Token[], cue: number, floor: number): boolean {
  for (let k = cue - 1; k >= floor && k >= cue - 3; k--) if (["which", "that", "who", "what"].includes(tokens[k].norm)) return true;
  return false;
}

/** Words that make a number approximate ("about 20 people"): before a number they open no adverbial. */
const APPROXIMATORS = new Set(["about", "around", "over", "nearly", "almost", "roughly", "some"]);

/** Cues of a commitment, whose report may be an infinitive ("vowed to form a task force"): see indirectContent. */
const COMMITMENT_CUES = new Set(["vow", "promise", "pledge", "threaten"]);

/** Words that open an adverbial, not a report, right after a cue ("said as much", "spoke when she resigned"). */
const ADVERBIAL_OPENERS = new Set(["as", "when", "while", "during", "after", "before", "until", "since", "because", "much", "so", "for", "about", "to", "at", "in", "on", "with", "from", "by", "against", "into", "over", "without"]);

/**
 * True when the words from token `t` may be what the cue reports: a clause or an object ("the plan was
 * rushed", "the rule"), not an adverbial opening with a preposition, a subordinator or a time ("for about
 * five minutes", "as much in an interview", "during the debate", "Friday as he entered"). One or two tokens read.
 */
export function reportAt(tokens: readonly Token[], t: number, end: number): boolean {
  const first = tokens[t];
  // "said about 20 people had applied": an approximate number opens the report's subject.
  if (APPROXIMATORS.has(first.norm) && t + 1 < end && (tokens[t + 1].pos === "NUM" || tokens[t + 1].kind === "number")) return true;
  // "who said and did the same things": a coordinated verb, not a report.
  if (ADVERBIAL_OPENERS.has(first.norm) || first.pos === "CCONJ" || (first.pos === "SCONJ" && first.norm !== "whether" && first.norm !== "if")) return false;
  if (isTimeWord(first) && (t + 1 >= end || tokens[t + 1].kind === "punctuation" || tokens[t + 1].pos === "ADP" || tokens[t + 1].pos === "SCONJ")) return false;
  return true;
}

/** What was reported: the clause after the cue (past "that" and "told reporters that"), or for
 * "according to X" the rest of the sentence; cut at the next cue or quote mark. Null when mostly quoted
 * or when the words after the cue are an adverbial, not a report (reportAt). With `acrossQuotes` (the
 * clause around a partial quote), quote marks neither cut the clause nor make it null. */
export function indirectContent(article: ParsedArticle, s: Sentence, cue: Cue, speaker: Speaker, limit: number, quoted: SpanLookup, nonPunct: Int32Array, options: { acrossQuotes?: boolean } = {}): [number, number] | null {
  const tokens = article.tokens;
  let from: number;
  let to = limit;
  let closing = -1;
  if (cue.lemma === "according to") {
    // "Taxes would rise, according to an analysis by Ann Cole, a tax lawyer." After a comma the report is
    // the words before it, however long the noun phrase after "according to" runs.
    const afterComma = cue.first > s.tokenStart + 3 && tokens[cue.first - 1].norm === ",";
    if (afterComma || speaker.end >= s.end - 2) {
      from = s.start;
      to = tokens[cue.first].start;
    } else from = speaker.end;
  } else if ((closing = trailing(article, s, cue, speaker, nonPunct)) >= 0) {
    // "Secret Service protocol called for ..., sources said." The report is the sentence before the comma.
    from = s.start;
    to = closing;
  } else {
    let t = cue.last + 1;
    if (speaker.start > tokens[cue.last].end) t = tokenFrom(article, speaker.end);
    const that = tokens.slice(t, Math.min(t + 6, s.tokenEnd)).findIndex((x) => x.norm === "that");
    // "said Friday that ...": a time before "that" is no content.
    let k = t;
    while (k < s.tokenEnd && k < t + 3 && isTimeWord(tokens[k])) k++;
    if (k > t && tokens[k]?.norm === "that") t = k;
    const afterThat = (that >= 0 && ["tell", "warn", "assure", "remind", "inform"].includes(cue.lemma)) || tokens[t]?.norm === "that";
    if (that >= 0 && ["tell", "warn", "assure", "remind", "inform"].includes(cue.lemma)) t += that + 1;
    else if (tokens[t]?.norm === "that") t++;
    // "said that, if elected, she would ...": a comma right after "that" opens an aside inside the report.
    if (afterThat && tokens[t]?.norm === ",") t++;
    if (t >= s.tokenEnd || (tokens[t].kind === "punctuation" && tokens[t].norm !== '"')) return null; // "The more Russia threatens, ..."
    // "said in a statement that ...": a prepositional phrase before "that" is no content; with no "that"
    // near ("spoke at the pier on Sunday", "reported from Moscow"), there is none.
    // "vowed to bring back the jobs", "is promising to help": a commitment's infinitive is what was said.
    const infinitive = COMMITMENT_CUES.has(cue.lemma) && tokens[t].norm === "to" && t + 1 < s.tokenEnd && (tokens[t + 1].pos === "VERB" || tokens[t + 1].pos === "AUX");
    if ((tokens[t].pos === "ADP" || (tokens[t].norm === "to" && !infinitive)) && !["that", "whether", "if"].includes(tokens[t].norm)) {
      let k = t + 1;
      // "says at a stop in Dover, Del., that ...": commas may stand inside the phrase.
      // "said after the meeting she would resign": a subject pronoun and its verb open the report.
      let subject = -1;
      while (k < Math.min(s.tokenEnd, t + 16) && tokens[k].norm !== "that" && (tokens[k].kind !== "punctuation" || tokens[k].norm === ",")) {
        if (subject < 0 && k + 1 < s.tokenEnd && SUBJECT_PRONOUNS.has(tokens[k].norm) && (tokens[k + 1].pos === "AUX" || tokens[k + 1].pos === "VERB")) subject = k;
        k++;
      }
      if (k < s.tokenEnd && tokens[k].norm === "that") t = k + 1;
      else if (subject >= 0 && subject - t <= 6) t = subject;
      else if (k >= s.tokenEnd || tokens[k].norm === "." || tokens[k].norm === '"') return null;
    }
    if (t >= s.tokenEnd) return null;
    if (!afterThat && !infinitive && !reportAt(tokens, t, s.tokenEnd)) return null;
    // "Everything Trump says is a lie": a verb right after the cue ends a reduced relative clause, no
    // report; after "which he said" the relative pronoun is the report's subject ("which he said would ...").
    if (t === cue.last + 1 && tokens[t].pos === "AUX" && !relativeBefore(tokens, cue.first, s.tokenStart)) return null;
    from = tokens[t].start;
    // In a relative clause ("lawmakers, who said the plan was rushed, voted against it") the report ends
    // at the comma that closes the clause.
    if (inRelativeClause(tokens, cue, s.tokenStart)) {
      const comma = nextComma(tokens, t, s.tokenEnd);
      if (comma < s.tokenEnd) to = Math.min(to, tokens[comma].start);
    }
  }
  // Before a closing attribution (', Cole said.') a quoted fragment inside the report stays in it ('A
  // cashier who "steals $20" is held to account, Cole said'); elsewhere the report ends at a quote.
  if (!options.acrossQuotes) to = quoted.cutAtOpening(from, to, closing >= 0);
  let end = to;
  while (end > from && /[\s,.;:!?"'-]/.test(article.norm[end - 1])) end--;
  while (from < end && /[\s,"'-]/.test(article.norm[from])) from++;
  if (end - from < 8) return null;
  return !options.acrossQuotes && quoted.quotedChars(from, end) / (end - from) > 0.5 ? null : [from, end];
}
