import { findActorMentions } from "../actors/mentions";
import { defaultActorRegistry } from "../actors/registry";
import { resolutionDate } from "../actors/roles";
import { ActorRegistry, UNKNOWN_SIDE } from "../actors/types";
import { unknownOption } from "../corpus/errors";
import { ParsedArticle, Sentence } from "../corpus/types";
import { AttributionContext, Cue, Speaker, cueAt, lookupsOf, resolvePhrase, PHRASE_REACH } from "./attribute";
import { speakerOfCue } from "./cue-speaker";
import { SpanLookup, paragraphAt, sentenceAt, tokenFrom } from "./lookup";
import { AFTER_ONLY_CUES, DIRECT_ONLY_CUES, OBJECT_CUES } from "./cues";
import { MarkedSpan, findMarkedSpans } from "./quote-marks";
import { indirectContent, nonPunctuationCounts } from "./reported";
import { REFLEXIVES, isTimeWord, sharesClauseSubject } from "./speaker-clues";
import { personIndex } from "./antecedents";
import { headlineLabel, transcriptTurns } from "./speaker-labels";
import { reportsOfSentence, spokenRecord } from "./report-pass";
import { isTitle } from "./titles";
import { clauseOpening, objectBetween, onlyAdverbialBetween } from "./cue-context";
import { QUOTE_KINDS, QuoteKind, QuoteRecord } from "./types";
import { Pending, numberAttributions, resolveInOrder } from "./in-order";

export interface ExtractOptions {
  /** Actor registry used to resolve speakers; default seeds/actors.json. */
  registry?: ActorRegistry;
  /** The date role aliases resolve on (YYYY-MM-DD); default the article's own (article.meta.date). */
  date?: string;
  /** Kinds to return; default all three. */
  kinds?: readonly QuoteKind[];
  /** Keep quoted fragments with no speaker or cue (scare quotes, titles); default false. */
  keepUnattributed?: boolean;
}

/**
 * How many tokens before an opening quote mark its cue and speaker are looked for, within the sentence.
 * A cue further back in a very long sentence is missed; the bound keeps attribution constant-time per
 * quote on hostile input (thousands of quotes in one unbroken sentence).
 */
export const QUOTE_REACH = 80;

interface Attribution {
  cue: Cue | null;
  speaker: Speaker | null;
  where: "after" | "before" | "colon" | "continued" | "none";
}

/** Looks for the speaker after the closing mark, then before the opening mark (cue or colon). */
function attributeMarked(ctx: AttributionContext, q: MarkedSpan): Attribution {
  const { article } = ctx;
  const quoted = lookupsOf(ctx).quoted;
  const tokens = article.tokens;
  const sOpen = sentenceAt(article, Math.max(0, q.start - 1));
  const sClose = sentenceAt(article, Math.min(article.text.length - 1, q.end));
  if (q.closed) {
    const signed = signature(ctx, q);
    if (signed) return { cue: null, speaker: signed, where: "after" };
  }
  // '..., after all?” He continued the theme': a quote ending its sentence and a capitalised pronoun
  // after it start a new sentence, not an attribution (an attribution would read "?” he said").
  const ended = /[.?!]\s*$/.test(article.text.slice(Math.max(q.start, q.end - 3), q.end));
  const next = tokens[tokenFrom(article, q.end + 1)];
  const newSentence = ended && next !== undefined && /^(He|She|They|We|It)$/.test(next.text);
  if (sClose && q.closed && !newSentence) {
    const from = tokenFrom(article, q.end + 1);
    // '"...?" Pike demanded.': the splitter may end the sentence at "?"; a sentence of at most six
    // tokens right after the quote is then its attribution.
    const after = ended && from < tokens.length && from >= sClose.tokenEnd ? article.sentences[tokens[from].sentence] : undefined;
    const split = after && after.tokenEnd - from <= 6 ? after : undefined;
    const bound = split ? Math.min(split.tokenEnd, from + 6) : sClose.tokenEnd;
    const ceiling = split ? split.tokenEnd : sClose.tokenEnd;
    // Far enough for an apposition, a bracket or an age between the name and its cue ("...," Ann Cole,
    // a harbor pilot for 30 years, said); the checks below keep only a stretch that is all attribution.
    const end = Math.min(bound, from + PHRASE_REACH);
    for (let t = from; t < end; t++) {
      if (tokens[t].norm === '"') break;
      const cue = cueAt(tokens, t, ceiling);
      if (!cue) continue;
      const firstWord = tokens.slice(from, t).every((x) => x.kind === "punctuation");
      const speaker = speakerOfCue(ctx, cue, from, ceiling, { inverted: firstWord });
      // Only an attribution may stand between the quote and its cue: punctuation and the speaker's words.
      // An adverb or intensifier may stand there too: "...," Mr. Perry also says; "...," Trump himself said.
      const between = tokens.slice(from, t).every((x) => x.kind === "punctuation" || x.pos === "DET" || x.pos === "ADV" || REFLEXIVES.has(x.norm) || (speaker !== null && x.start >= speaker.start && x.end <= speaker.end));
      // Or the subject phrase opens right after the quote and what the phrase reading skipped between it
      // and the cue is an apposition, a bracket, an age or a time phrase ("...," Ann Cole (D-Ohio), 62, said).
      const opener = tokens.slice(from, t).find((x) => x.kind !== "punctuation" && x.pos !== "DET");
      const opens = speaker !== null && opener !== undefined && opener.start === speaker.start && speaker.end <= tokens[t].start;
      if (speaker && (between || opens || closingAfterTail(article, from, cue, speaker, ceiling))) return { cue, speaker, where: "after" };
      break;
    }
  }
  if (sOpen) {
    const openTok = tokenFrom(article, q.start - 1);
    for (let t = openTok - 1; t >= Math.max(sOpen.tokenStart, openTok - QUOTE_REACH); t--) {
      if (quoted.covers(tokens[t].start)) continue;
      const cue = cueAt(tokens, t, openTok);
      if (!cue || (t !== openTok - 1 && DIRECT_ONLY_CUES.has(cue.lemma) && cue.lemma !== "call" && !onlyAdverbialBetween(tokens, cue.last + 1, openTok) && !(OBJECT_CUES.has(cue.lemma) && objectBetween(tokens, cue.last + 1, openTok)))) continue;
      if (AFTER_ONLY_CUES.has(cue.lemma) && tokens[openTok - 1].norm !== ":") continue;
      const speaker = speakerOfCue(ctx, cue, sOpen.tokenStart, openTok);
      if (speaker) return headOfThing(ctx, sOpen, cue, speaker, openTok) ?? { cue, speaker, where: "before" };
    }
    // "Ahead of their meeting Mr Blinken: "..."": a name right before a colon speaks.
    const colon = openTok - 1;
    if (colon > sOpen.tokenStart && tokens[colon].norm === ":") {
      let first = colon - 1;
      while (first > Math.max(sOpen.tokenStart, colon - PHRASE_REACH) && (tokens[first - 1].pos === "PROPN" || /^(mr|mrs|ms|dr)$/.test(tokens[first - 1].norm))) first--;
      if (tokens[colon - 1].pos === "PROPN") return { cue: null, speaker: resolvePhrase(ctx, first, colon - 1), where: "colon" };
    }
  }
  // "The New York Times reports:" ending one paragraph introduces the quote opening the next.
  const para = paragraphAt(article, q.start);
  if (para && q.start - 1 === para.start && para.index > 0) {
    const prevPara = article.paragraphs[para.index - 1];
    const lastSentence = article.sentences[prevPara.sentenceEnd - 1];
    if (lastSentence && /:\s*$/.test(lastSentence.norm)) {
      for (let t = lastSentence.tokenEnd - 1; t >= lastSentence.tokenStart; t--) {
        const cue = cueAt(tokens, t, lastSentence.tokenEnd);
        const speaker = cue ? speakerOfCue(ctx, cue, lastSentence.tokenStart, lastSentence.tokenEnd) : null;
        if (cue && speaker) return { cue, speaker, where: "colon" };
      }
    }
  }
  return { cue: null, speaker: null, where: "none" };
}

/** Subject pronouns of a cue inside another cue's report ("said it would tell", "said he thought"). */
const EMBEDDED_SUBJECTS = new Set(["it", "he", "she", "they"]);

/**
 * 'Obama said it would tell a story, one of "suffering and delight"', 'Trump said he thought drugs were
 * a "very big factor"': a cue whose subject is a pronoun inside the clause an earlier cue of the sentence
 * reports (neither coordinated with it nor opening a clause of its own) is part of that report; the quote
 * belongs to the earlier cue, as PolNeAR annotates it. That cue and its speaker, or null.
 */
function headOfThing(ctx: AttributionContext, s: Sentence, cue: Cue, speaker: Speaker, ceiling: number): Attribution | null {
  const tokens = ctx.article.tokens;
  if (!EMBEDDED_SUBJECTS.has(speaker.text.toLowerCase()) || sharesClauseSubject(tokens, cue, s.tokenStart) || clauseOpening(tokens, cue, s.tokenStart) >= 0) return null;
  for (let t = s.tokenStart; t < cue.first; t++) {
    const head = cueAt(tokens, t, ceiling);
    if (!head || DIRECT_ONLY_CUES.has(head.lemma)) continue;
    // A person's pronoun must open the earlier cue's report ("said he thought", "said that she felt"):
    // further on it may be anyone's ("vows to end what he calls").
    const opensReport = speaker.start <= tokens[Math.min(head.last + 2, cue.first)].start;
    if (speaker.text.toLowerCase() !== "it" && !opensReport) return null;
    const first = speakerOfCue(ctx, head, s.tokenStart, ceiling);
    return first && !EMBEDDED_SUBJECTS.has(first.text.toLowerCase()) ? { cue: head, speaker: first, where: "before" } : null;
  }
  return null;
}

/**
 * '"The harbor will only change if owners face fines" for the damage, she said.': a short tail of the
 * reporter's words (at most eight tokens, no verb, no quote mark) between the closing mark and a comma,
 * then the attribution (speaker and cue, either order) closing the sentence.
 */
function closingAfterTail(article: ParsedArticle, from: number, cue: Cue, speaker: Speaker, ceiling: number): boolean {
  const tokens = article.tokens;
  const attrStart = Math.min(cue.first, tokenFrom(article, speaker.start));
  const comma = attrStart - 1;
  if (comma <= from || comma - from > 8 || tokens[comma].norm !== ",") return false;
  for (let k = from; k < comma; k++) if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX" || tokens[k].norm === '"' || tokens[k].norm === ",") return false;
  const attrEnd = Math.max(cue.last, tokenFrom(article, speaker.end) - 1);
  if (ceiling - attrEnd > 8) return false;
  for (let k = attrEnd + 1; k < ceiling; k++) if (tokens[k].kind !== "punctuation" && !isTimeWord(tokens[k])) return false;
  return true;
}

const DASHES = new Set(["―", "—", "–", "-", "--"]);

/**
 * A signature after a closing mark: a dash and a name (at most six tokens of capitalised words and
 * initials) that ends the paragraph ("...” ― Ann Cole", "...” ― Tom J. Reed"), as in collected readers'
 * or voters' comments. The speaker, or null.
 */
function signature(ctx: AttributionContext, q: MarkedSpan): Speaker | null {
  const { article } = ctx;
  const tokens = article.tokens;
  const dash = tokenFrom(article, q.end + 1);
  if (dash >= tokens.length || !DASHES.has(tokens[dash].norm)) return null;
  const para = paragraphAt(article, tokens[dash].start);
  let e = dash + 1;
  const nameWord = (k: number) => (tokens[k].kind === "word" && /^\p{Lu}/u.test(tokens[k].text)) || (k > dash + 1 && tokens[k].norm === ".");
  while (e < tokens.length && e <= dash + 6 && nameWord(e)) e++;
  if (e === dash + 1 || e > dash + 6) return null;
  const ends = e >= tokens.length || !para || tokens[e].start >= para.end;
  return ends ? resolvePhrase(ctx, dash + 1, e - 1) : null;
}

/**
 * Finds every quote in an article, with its speaker and side.
 * - direct: quoted sentences or clauses ("This is a critical moment," Mr Blinken said; He said: "...");
 * - partial: quoted fragments inside the reporter's sentence (warned of a "united, swift and severe" response);
 * - indirect: reported speech without quote marks (Lavrov said Russia was not expecting a breakthrough;
 *   "according to X").
 * Speakers are found after the quote ("...," he told DW; "...," said Mr Blinken) or before it (Kremlin
 * spokesperson Dmitry Peskov said; Oleg Ignatov, International Crisis Group's senior analyst, thinks;
 * Mr Blinken: "..."; a signature "...” ― Ann Cole"), resolved through the actor registry (titles, name
 * variants), with he/she resolved to a person the text names in subject position (antecedents.ts) or the
 * previous speaker, and "the former"/"the latter" to the pair just named. A quote running on without
 * attribution (the next paragraph of a speech) keeps the previous speaker. Quoted fragments with no cue and
 * no speaker are scare quotes or titles and are left out (keepUnattributed to keep them), and so are
 * title-case quotes after "on", "told" or "the book," (programmes, books: isTitle). Pieces of one
 * attribution ('"A," he said. "B."', '"A," she said, "B."', a report its attribution interrupts: "The
 * pier, she said, will close") share an `attribution` number. Unbalanced marks
 * quote to the end of their paragraph only. Captions are skipped. No quotes gives [].
 * A role alias ("the Secretary of State") names its holder only on the article's date (see resolveActor).
 * Options: registry (seeds/actors.json), date (article.meta.date), kinds (all), keepUnattributed (false).
 */
export function extractQuotes(article: ParsedArticle, options: ExtractOptions = {}): QuoteRecord[] {
  const { registry = defaultActorRegistry(), kinds = QUOTE_KINDS, keepUnattributed = false } = options;
  const date = resolutionDate(article.meta, options.date, "extractQuotes");
  for (const k of kinds) if (!(QUOTE_KINDS as readonly string[]).includes(k)) throw unknownOption("quote kind", k, QUOTE_KINDS);
  const spans = findMarkedSpans(article);
  const ctx: AttributionContext = { article, registry, date, mentions: findActorMentions(article, registry, { date }), quoted: spans };
  const quoted = lookupsOf(ctx).quoted;
  const nonPunct = nonPunctuationCounts(article);
  const out: Pending[] = [];
  const usedCues = new Set<number>();

  for (const q of spans) {
    const raw = article.text.slice(q.start, q.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!/[\p{L}]/u.test(text)) continue;
    const att = attributeMarked(ctx, q);
    const upper = /^[\p{Lu}[]/u.test(text);
    const sOpen = sentenceAt(article, q.start);
    const before = sOpen ? lastNonSpace(article.norm, sOpen.start, q.start - 1) : "";
    const atSentenceStart = before === "" || before === ":" || before === "," || (att.cue !== null && att.where === "before" && article.tokens[att.cue.last].end >= q.start - 3);
    const wordCount = text.split(/\s+/).length;
    // A short capitalised fragment inside the reporter's sentence ('greeted with chants of "Bobby!" at a
    // conference, according to X') is partial whichever side its attribution stands on.
    const inside = (att.where === "before" || att.where === "after") && !atSentenceStart && wordCount < 8;
    const kind: QuoteKind = upper && !inside ? "direct" : "partial";
    // A direct quote with no attribution may continue the previous speaker's words (resolved below).
    if (!att.speaker && !(kind === "direct" && atSentenceStart) && !keepUnattributed) continue;
    // 'told "Morning Joe"', 'said on "Fox News Sunday,"', 'his book, "Make Your Kid a Millionaire,"': a
    // title, not words anyone said.
    if (!keepUnattributed && isTitle(article, q, text)) continue;
    if (att.cue) usedCues.add(att.cue.first);
    const record: Pending = {
      articleId: article.id, outlet: article.outlet, kind, text, start: q.start + lead, end: q.start + lead + text.length,
      cue: att.cue?.lemma ?? null, speaker: att.speaker?.name ?? null, speakerText: att.speaker?.text ?? null, speakerId: att.speaker?.actorId ?? null, side: att.speaker?.side ?? UNKNOWN_SIDE,
      sentence: sOpen?.index ?? sentenceAt(article, q.start + lead)?.index ?? 0,
      pronoun: att.speaker?.pronoun, antecedentSentence: att.speaker?.antecedentSentence, paragraph: q.paragraph, continues: !att.speaker,
      personLike: att.speaker?.personLike ?? false, link: att.cue ? att.cue.first : undefined,
    };
    if (kind === "partial" && att.cue && att.speaker && sOpen) {
      const clause = partialClause(article, sOpen, att.cue, att.speaker, att.where, record, quoted, nonPunct);
      if (clause) [record.clauseStart, record.clauseEnd, record.clause] = [clause[0], clause[1], article.text.slice(clause[0], clause[1])];
    }
    out.push(record);
  }
  // "Pence: Trump Was 'Mocking' Clinton Camp": a headline's speaker label reports the rest of the line,
  // quoted fragments inside it included (they are no records of their own).
  // A transcript's turns ("WALLACE: Let's start ...") are direct quotes of the labelled speaker, marks
  // in them included.
  const headline = headlineLabel(ctx);
  const labelled = [...(headline ? [{ ...headline, kind: "indirect" as const }] : []), ...transcriptTurns(ctx).map((t) => ({ ...t, kind: "direct" as const }))];
  for (const { speaker, start, end, sentence, kind } of labelled) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].start < end && out[i].end > start) out.splice(i, 1);
    out.push(spokenRecord(article, kind, [start, end], null, speaker, article.sentences[sentence]));
  }

  for (const s of article.sentences) if (s.role !== "caption") out.push(...reportsOfSentence(ctx, s, usedCues, nonPunct));
  const people = personIndex(article, quoted, lookupsOf(ctx).mentions.free, registry);
  return numberAttributions(resolveInOrder(out, registry, people))
    .filter((r) => kinds.includes(r.kind))
    .map(({ pronoun: _p, antecedentSentence: _a, paragraph: _g, continues: _c, personLike: _l, link: _k, ...r }) => r);
}

/**
 * The reported clause a partial quote `[q.start, q.end)` sits in (QuoteRecord.clauseStart): after its cue
 * the clause the cue reports ('Cole said the plan was "a disaster"'), attributed after it the sentence up
 * to the quote ('The plan was "a disaster," Cole said'); either way running to the fragment's closing mark
 * ('... favors a "strongman approach."'). Null when there is none, or it is hardly more than the fragment.
 */
function partialClause(article: ParsedArticle, s: Sentence, cue: Cue, speaker: Speaker, where: Attribution["where"], q: { start: number; end: number }, quoted: SpanLookup, nonPunct: Int32Array): [number, number] | null {
  const norm = article.norm;
  const closed = norm[q.end] === '"' ? q.end + 1 : q.end;
  let clause: [number, number] | null = null;
  if (where === "before") clause = indirectContent(article, s, cue, speaker, s.end, quoted, nonPunct, { acrossQuotes: true });
  else if (where === "after") {
    let from = s.start;
    while (from < closed && /[\s"'\u2018\u201C]/.test(norm[from])) from++;
    clause = closed > from ? [from, closed] : null;
  }
  if (!clause) return null;
  // The clause may stop before the fragment's own closing punctuation, not before its words.
  let core = q.end;
  while (core > q.start && /[.,;:!?]/.test(norm[core - 1])) core--;
  const end = Math.max(clause[1], closed);
  return clause[0] <= q.start && clause[1] >= core && end - clause[0] > q.end - q.start + 2 ? [clause[0], end] : null;
}

/** The last character of `text.slice(from, to).trim()`, or "" when that is empty; without building the slice. */
function lastNonSpace(text: string, from: number, to: number): string {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i])) return text[i];
  return "";
}
