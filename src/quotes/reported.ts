import { ParsedArticle, Sentence, Token } from "../corpus/types";
import { Cue, Speaker } from "./attribute";
import { SpanLookup, tokenEndingFrom, tokenFrom } from "./lookup";
import { isTimeWord } from "./speaker-clues";

/**
 * Reported speech within one sentence (extractQuotes' second pass): which cues start a report of their
 * own, where a report's content runs, and where a relative clause closes it.
 */

/** True for an attribution closing its sentence after a comma: ", a source said." / ", said Mr X." */
function trailing(article: ParsedArticle, s: Sentence, cue: Cue, speaker: Speaker, nonPunct: Int32Array): boolean {
  const t = article.tokens;
  const restEnd = Math.max(cue.last, speaker.end > t[cue.last].end ? tokenEndingFrom(article, speaker.end) : cue.last);
  const tail = Math.max(0, nonPunct[s.tokenEnd] - nonPunct[Math.min(s.tokenEnd, restEnd + 1)]);
  if (tail > 3) return false;
  const from = tokenFrom(article, speaker.start);
  const startTok = Math.min(cue.first, from < t.length ? from : -1);
  return startTok > s.tokenStart && t[startTok - 1].norm === ",";
}

/** counts[i]: how many of the first i tokens are not punctuation. */
export function nonPunctuationCounts(article: ParsedArticle): Int32Array {
  const counts = new Int32Array(article.tokens.length + 1);
  article.tokens.forEach((x, i) => {
    counts[i + 1] = counts[i] + (x.kind !== "punctuation" ? 1 : 0);
  });
  return counts;
}

/** True for a cue that shares its clause's subject: a participle ("adding") or after "and"/"but" ("and also said"). */
export function isCoordinated(article: ParsedArticle, cue: Cue, floor: number): boolean {
  const t = article.tokens;
  const prev = cue.first > floor ? t[cue.first - 1].norm : "";
  const prev2 = cue.first - 1 > floor ? t[cue.first - 2].norm : "";
  return /ing$/.test(t[cue.first].norm) || ["and", "but"].includes(prev) || (["also", "then"].includes(prev) && ["and", "but"].includes(prev2));
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

/** Words that open an adverbial, not a report, right after a cue ("said as much", "spoke when she resigned"). */
const ADVERBIAL_OPENERS = new Set(["as", "when", "while", "during", "after", "before", "until", "since", "because", "much", "so", "for", "about", "to", "at", "in", "on", "with", "from", "by", "against", "into", "over", "without"]);

/**
 * True when the words from token `t` may be what the cue reports: a clause or an object ("the plan was
 * rushed", "the rule"), not an adverbial opening with a preposition, a subordinator or a time ("for about
 * five minutes", "as much in an interview", "during the debate", "Friday as he entered"). One or two tokens read.
 */
export function reportAt(tokens: readonly Token[], t: number, end: number): boolean {
  const first = tokens[t];
  if (ADVERBIAL_OPENERS.has(first.norm) || first.pos === "SCONJ" && first.norm !== "whether" && first.norm !== "if") return false;
  if (isTimeWord(first) && (t + 1 >= end || tokens[t + 1].kind === "punctuation" || tokens[t + 1].pos === "ADP" || tokens[t + 1].pos === "SCONJ")) return false;
  return true;
}

/** What was reported: the clause after the cue (past "that" and "told reporters that"), or for
 * "according to X" the rest of the sentence; cut at the next cue or quote mark. Null when mostly quoted
 * or when the words after the cue are an adverbial, not a report (reportAt). */
export function indirectContent(article: ParsedArticle, s: Sentence, cue: Cue, speaker: Speaker, limit: number, quoted: SpanLookup, nonPunct: Int32Array): [number, number] | null {
  const tokens = article.tokens;
  let from: number;
  let to = limit;
  if (cue.lemma === "according to") {
    if (speaker.end >= s.end - 2) {
      from = s.start;
      to = tokens[cue.first].start;
    } else from = speaker.end;
  } else if (trailing(article, s, cue, speaker, nonPunct)) {
    // "Secret Service protocol called for ..., sources said." The report is the sentence before the comma.
    from = s.start;
    to = Math.min(speaker.start, tokens[cue.first].start);
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
    if (t >= s.tokenEnd || (tokens[t].kind === "punctuation" && tokens[t].norm !== '"')) return null; // "The more Russia threatens, ..."
    // "said in a statement that ...": a prepositional phrase before "that" is no content; with no "that"
    // near ("spoke at the pier on Sunday", "reported from Moscow"), there is none.
    if (tokens[t].pos === "ADP" && !["that", "whether", "if"].includes(tokens[t].norm)) {
      let k = t + 1;
      while (k < Math.min(s.tokenEnd, t + 16) && tokens[k].norm !== "that" && tokens[k].kind !== "punctuation") k++;
      if (k < s.tokenEnd && tokens[k].norm === "that") t = k + 1;
      else if (k >= s.tokenEnd || tokens[k].norm === "." || tokens[k].norm === '"') return null;
    }
    if (t >= s.tokenEnd) return null;
    if (!afterThat && !reportAt(tokens, t, s.tokenEnd)) return null;
    from = tokens[t].start;
    // In a relative clause ("lawmakers, who said the plan was rushed, voted against it") the report ends
    // at the comma that closes the clause.
    if (inRelativeClause(tokens, cue, s.tokenStart)) {
      const comma = nextComma(tokens, t, s.tokenEnd);
      if (comma < s.tokenEnd) to = Math.min(to, tokens[comma].start);
    }
  }
  to = quoted.cutAtOpening(from, to);
  let end = to;
  while (end > from && /[\s,.;:!?"'-]/.test(article.norm[end - 1])) end--;
  while (from < end && /[\s,"'-]/.test(article.norm[from])) from++;
  if (end - from < 8) return null;
  return quoted.quotedChars(from, end) / (end - from) > 0.5 ? null : [from, end];
}
