import { ParsedArticle, Sentence } from "../corpus/types";
import { AttributionContext, Cue, Speaker, cueAt, lookupsOf } from "./attribute";
import { clauseOpening, invertedAfterComma, reportingUse } from "./cue-context";
import { catenativeVerb, speakerOfCue } from "./cue-speaker";
import { DIRECT_ONLY_CUES } from "./cues";
import { Pending } from "./in-order";
import { inRelativeClause, indirectContent, interruptedContent, nextComma } from "./reported";
import { sharesClauseSubject } from "./speaker-clues";
import { QuoteKind } from "./types";

// extractQuotes' reported-speech pass: per sentence, which cues head a report of their own and what
// each reports (the content rules are in reported.ts).

/** Nouns whose "calls for" is a provision, not a demand ("the plan calls for two new piers"). */
const PROVIDING_THINGS = new Set(["plan", "plans", "bill", "bills", "proposal", "proposals", "budget", "law", "laws", "rule", "rules", "deal", "measure", "legislation", "program", "programme", "policy", "scheme", "design", "contract", "treaty", "agreement", "project", "formula", "schedule", "forecast", "forecasts", "situation"]);

/** White-space-separated pieces of the article's text `[start, end)`: the four-word floor of a report. */
function wordsIn(article: ParsedArticle, [start, end]: readonly [number, number]): number {
  return article.text.slice(start, end).split(/\s+/).length;
}

/** A first-pass record of words `[start, end)` spoken by `speaker` in sentence `s`, with cue lemma `cue` (null for a label). */
export function spokenRecord(article: ParsedArticle, kind: QuoteKind, [start, end]: readonly [number, number], cue: string | null, speaker: Speaker, s: Sentence): Pending {
  return {
    articleId: article.id, outlet: article.outlet, kind, text: article.text.slice(start, end), start, end, cue,
    speaker: speaker.name, speakerText: speaker.text, speakerId: speaker.actorId, side: speaker.side, sentence: s.index,
    pronoun: speaker.pronoun, antecedentSentence: speaker.antecedentSentence, paragraph: s.paragraph, continues: false, personLike: speaker.personLike,
  };
}

/**
 * The reports of one sentence: the cues outside quote marks that head a clause of their own (the first, a
 * coordinated one, one after a speakerless head, past a quote or a relative clause, or opening a new
 * clause), each with what it reports (interruptedContent, else indirectContent: at least four words).
 * A cue a quote was attributed to (`usedCues`, by first token) heads its clause but reports nothing more.
 * `nonPunct` is nonPunctuationCounts(article). No report gives [].
 */
export function reportsOfSentence(ctx: AttributionContext, s: Sentence, usedCues: ReadonlySet<number>, nonPunct: Int32Array): Pending[] {
  const { article } = ctx;
  const quoted = lookupsOf(ctx).quoted;
  const out: Pending[] = [];
  const cues: Cue[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    // The cue test first: it rejects nearly every token without the binary search of `covers`.
    const cue = cueAt(article.tokens, t, s.tokenEnd);
    if (cue && (!DIRECT_ONLY_CUES.has(cue.lemma) || reportingUse(article.tokens, cue, s.tokenEnd)) && !quoted.covers(article.tokens[t].start)) cues.push(cue);
  }
  // A later cue starts its own report only when coordinated ("and added", "but said", "adding"), or when
  // the cue before it has no speaker ("Responding to questions, Cole said ...", "Cole, speaking to
  // reporters, said ..."); otherwise it sits inside the first report's content ("stressed that Russia
  // had never threatened").
  // A head whose subject opens a new clause ("..., though she noted ...", "... and Democrats accused ...")
  // starts its own report too; the report before it ends at the conjunction (`cut`).
  const heads: Array<{ cue: Cue; speaker: Speaker | null; cut?: number }> = [];
  // A head in a relative clause reports only up to the clause's closing comma; a cue after it is free.
  let clauseEnd = -1;
  cues.forEach((c, k) => {
    const speakerless = k > 0 && heads[heads.length - 1].speaker === null;
    const opens = k > 0 ? clauseOpening(article.tokens, c, s.tokenStart) : -1;
    // A cue past the quote of the head before it is free too ('He said "...," which he said would ...').
    const prev = heads[heads.length - 1]?.cue;
    const pastQuote = prev !== undefined && usedCues.has(prev.first) && quoted.quotedChars(article.tokens[prev.last].end, article.tokens[c.first].start) > 0;
    const free = k === 0 || speakerless || pastQuote || (clauseEnd >= 0 && c.first > clauseEnd) || sharesClauseSubject(article.tokens, c, s.tokenStart) || opens >= 0;
    if (!free) return;
    heads.push({ cue: c, speaker: speakerOfCue(ctx, c, s.tokenStart, s.tokenEnd, { inverted: invertedAfterComma(article.tokens, c, s.tokenStart, s.tokenEnd) }), ...(opens >= 0 ? { cut: opens } : {}) });
    clauseEnd = inRelativeClause(article.tokens, c, s.tokenStart) ? nextComma(article.tokens, c.last + 1, s.tokenEnd) : -1;
  });
  heads.forEach(({ cue, speaker }, k) => {
    // A cue a quote was attributed to reports nothing more, but it still heads its clause: a cue inside
    // the clause ('Obama said it would tell "a story"') starts no report of its own.
    if (!speaker || usedCues.has(cue.first)) return;
    // "would need a majority to confirm ...", "requiring the police to tell ...": an infinitive cue is
    // what someone may or must say, not a report ("went on to say", "continues to insist" still are).
    if (cue.first - 1 > s.tokenStart && article.tokens[cue.first - 1].norm === "to" && catenativeVerb(article.tokens, cue, s.tokenStart) === cue.first) return;
    // "The plan calls for spending ...": what a document provides for, not what anyone said.
    if (cue.lemma === "call for" && PROVIDING_THINGS.has(speaker.text.toLowerCase().split(/\s+/).pop() ?? "")) return;
    const next = heads[k + 1]?.cue;
    const cut = heads[k + 1]?.cut;
    const limit = next ? article.tokens[cut ?? (next.first > s.tokenStart && ["and", "but", ","].includes(article.tokens[next.first - 1].norm) ? next.first - 1 : next.first)].start : s.end;
    const halves = interruptedContent(article, s, cue, speaker, limit, quoted);
    if (halves && halves.reduce((n, half) => n + wordsIn(article, half), 0) >= 4) {
      // "The museum, Mr. Cole said, celebrated ...": both halves, linked to one attribution by the cue.
      for (const half of halves) out.push({ ...spokenRecord(article, "indirect", half, cue.lemma, speaker, s), link: cue.first });
      return;
    }
    const span = indirectContent(article, s, cue, speaker, limit, quoted, nonPunct);
    if (!span) return;
    if (wordsIn(article, span) < 4) return;
    out.push(spokenRecord(article, "indirect", span, cue.lemma, speaker, s));
  });
  return out;
}
