import { cleanNormalized } from "./clean";
import { CleaningRule } from "./clean-rules";
import { normalizeChars, pairDoubledApostrophes } from "./normalize";
import { Tokenizer, returnsFreshTokens, winkTokenizer } from "./tokenize";
import { tokenizeLines } from "./tokenize-lines";
import { CleaningLogEntry, CorpusWarning, LeftOut, ManifestEntry, Paragraph, ParagraphRole, ParsedArticle, Sentence, Token } from "./types";

export interface ParseOptions {
  /** Article id; default "article". */
  id?: string;
  /** Outlet name; default: the id. */
  outlet?: string;
  /**
   * The headline as published: a string (checked against the first line, with a warning on mismatch),
   * null (the text has no headline line), or undefined (default: guess from the first line's shape).
   */
  headline?: string | null;
  /** Cleaning rules; default DEFAULT_CLEANING_RULES. */
  rules?: readonly CleaningRule[];
  /** Tokenizer strategy; default winkTokenizer. */
  tokenizer?: Tokenizer;
  /** Manifest entry to carry along; default built from id, outlet and headline. */
  meta?: ManifestEntry;
  /**
   * Warn when cleaning and layout roles leave out more than this share of the file's words (removed
   * text plus captions); default LEFT_OUT_WARNING_SHARE (0.2).
   */
  warnLeftOutAbove?: number;
}

/** Default share of words left out (removed or captions) above which an article gets a warning. */
export const LEFT_OUT_WARNING_SHARE = 0.2;

const OPENING_LOWER = /^\s*[a-z]/;
const ENDS_QUOTED_QUESTION = /[?!]["']\s*$/;
/** An abbreviation's dot closing a bracket: "Rep. Ann Cole (D-Del.)" is no sentence end when "said" follows. */
const ENDS_ABBREVIATION_BRACKET = /\.\)\s*$/;
/** A two-letter abbreviation cut at its first dot: "D-N." + "Y., said" (N.Y., S.C., N.J.). */
const ENDS_INITIAL = /(^|[\s(-])[A-Z]\.\s*$/;
const OPENING_INITIAL = /^\s*[A-Z]\.[,)]/;

/**
 * Cleans and parses one article: headline, paragraphs, sentences and tokens, each with character
 * offsets into `text`, plus the cleaning log. Pure: reads no files. Empty or whitespace-only text gives
 * an article with no paragraphs and a warning.
 * Sentence splitting is wink-nlp's, repaired where news text trips it: a quoted question or exclamation
 * followed by a lower-case attribution (`"Why?" she asked.`) stays one sentence.
 */
export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  const { id = "article", outlet = options.id ?? "article", headline, rules, tokenizer = winkTokenizer, warnLeftOutAbove = LEFT_OUT_WARNING_SHARE } = options;
  if (typeof warnLeftOutAbove !== "number" || !(warnLeftOutAbove >= 0 && warnLeftOutAbove <= 1)) {
    throw new Error(`warnLeftOutAbove must be a share between 0 and 1, got ${String(warnLeftOutAbove)}`);
  }
  const meta: ManifestEntry = options.meta ?? { id, outlet, file: `${id}.txt`, headline };
  // Doubled apostrophes as quote marks become `"` so quotes and sentences read them as other quote marks.
  const norm = pairDoubledApostrophes(normalizeChars(text));
  const warnings: CorpusWarning[] = [];
  const { kept, log, notes } = cleanNormalized(text, norm, {
    article: id,
    rules,
    headline: headline === null ? false : headline === undefined ? "auto" : true,
    headlineText: typeof headline === "string" ? headline : undefined,
  });
  for (const n of notes) warnings.push({ file: meta.file, message: `line ${n.line}: ${n.message}` });

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const fresh = returnsFreshTokens(tokenizer);
  // Word tokens by paragraph role, counted as the tokens go by (for countLeftOut).
  const wordsByRole: Record<ParagraphRole, number> = { headline: 0, subheading: 0, caption: 0, body: 0 };
  const slices = kept.map((line) => norm.slice(line.start, line.end));
  const tokenized = tokenizeLines(slices, tokenizer);
  for (const [k, line] of kept.entries()) {
    let lineWords = 0;
    const pIndex = paragraphs.length;
    const slice = slices[k];
    const { tokens: raw, sentences: spans } = tokenized[k];
    const sentenceStart = sentences.length;
    const merged = mergeSentenceSpans(spans, raw, slice);
    for (const [first, last] of merged) {
      const sIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let t = first; t <= last; t++) {
        const r = raw[t];
        if (r.kind === "word") lineWords++;
        const start = line.start + r.start;
        const end = line.start + r.end;
        // The token's text as written in the file, sliced only where normalising changed it (a curly quote).
        const written = end - start === r.text.length && text.startsWith(r.text, start) ? r.text : text.slice(start, end);
        if (fresh) {
          // A new object of Token's shape (see returnsFreshTokens): it becomes the article's token.
          const token = r as Token;
          token.start = start;
          token.end = end;
          token.text = written;
          token.sentence = sIndex;
          tokens.push(token);
        } else {
          // An explicit literal (not a spread plus new keys) keeps V8's compact object shape: about 100
          // bytes a token instead of ~450, whatever fields a user-supplied tokenizer adds.
          tokens.push({ start, end, text: written, norm: r.norm, lemma: r.lemma, pos: r.pos, kind: r.kind, stop: r.stop, sentence: sIndex });
        }
      }
      const start = tokens[tokenStart].start;
      const end = tokens[tokens.length - 1].end;
      sentences.push({ index: sIndex, paragraph: pIndex, role: line.role, start, end, text: text.slice(start, end), norm: norm.slice(start, end), tokenStart, tokenEnd: tokens.length });
    }
    wordsByRole[line.role] += lineWords;
    paragraphs.push({ index: pIndex, role: line.role, line: line.line, start: line.start, end: line.end, text: text.slice(line.start, line.end), sentenceStart, sentenceEnd: sentences.length });
  }

  const first = paragraphs[0];
  const headlineSpan = first && first.role === "headline" ? { start: first.start, end: first.end, text: first.text } : null;
  if (typeof headline === "string" && headlineSpan && squash(headline) !== squash(headlineSpan.text)) {
    warnings.push({ file: meta.file, message: `the headline in the manifest ("${headline}") differs from the file's first line ("${headlineSpan.text}"); the file's line is used` });
  }
  const leftOut = countLeftOut(norm, log, wordsByRole, tokenizer);
  const warning = leftOutWarning(leftOut, warnLeftOutAbove);
  if (warning) warnings.push({ file: meta.file, message: warning });
  return { id, outlet, text, norm, headline: headlineSpan, paragraphs, sentences, tokens, cleaning: log, leftOut, warnings, meta };
}

/**
 * Word tokens removed (tokenizing each removed span once) and in captions, against the whole file.
 * `wordsByRole`: the word tokens kept in the article, by paragraph role.
 */
function countLeftOut(norm: string, log: readonly CleaningLogEntry[], wordsByRole: Readonly<Record<ParagraphRole, number>>, tokenizer: Tokenizer): LeftOut {
  const byRule = new Map<string, number>();
  let removedWords = 0;
  // Most articles have nothing removed: no list then (tokenizeLines is only ever given lists of text, see eachAlone).
  const removed = log.length > 0 ? tokenizeLines(log.map((e) => norm.slice(e.start, e.end)), tokenizer) : [];
  for (const [k, e] of log.entries()) {
    const n = removed[k].tokens.filter((t) => t.kind === "word").length;
    removedWords += n;
    byRule.set(e.rule, (byRule.get(e.rule) ?? 0) + n);
  }
  const captionWords = wordsByRole.caption;
  const keptWords = wordsByRole.headline + wordsByRole.subheading + wordsByRole.body;
  const bodyWords = wordsByRole.body;
  if (captionWords > 0) byRule.set("caption role", captionWords);
  const fileWords = keptWords + captionWords + removedWords;
  return {
    fileWords,
    keptWords,
    bodyWords,
    removedWords,
    captionWords,
    share: fileWords === 0 ? 0 : (removedWords + captionWords) / fileWords,
    byRule: Array.from(byRule, ([rule, words]) => ({ rule, words })).filter((r) => r.words > 0).sort((a, b) => b.words - a.words),
  };
}

/** Percent with no decimals, or one when rounding would hide which side of `limit` it is on. */
function percent(share: number, limit: number): string {
  const whole = Math.round(share * 100);
  return whole === Math.round(limit * 100) && share !== limit ? `${(share * 100).toFixed(1)}%` : `${whole}%`;
}

/** The article's warning about text left out of the analyses, or null when there is nothing to say. */
function leftOutWarning(l: LeftOut, limit: number): string | null {
  // A loop, not byRule.map: see eachAlone in tokenize-lines.ts (an empty list and a full one are of two kinds).
  let rules = "";
  for (let i = 0; i < l.byRule.length; i++) rules += `${i > 0 ? ", " : ""}${l.byRule[i].rule} ${l.byRule[i].words} words`;
  const check = "check the cleaning log (cleaning-log.csv) and the paragraph roles, and change the rules if article text was lost";
  if (l.fileWords === 0) return "no article text: the file holds no words (it is empty, whitespace-only or has no letters)";
  if (l.bodyWords === 0) {
    return `no body words left after cleaning and layout roles (kept, but it adds nothing to analyses of body text): ${percent(l.share, limit)} of the ${l.fileWords} words were left out${rules ? ` (${rules})` : ""} and the other ${l.keptWords} are headline or subheadings; ${check}`;
  }
  if (l.share > limit) return `cleaning and layout roles left out ${percent(l.share, limit)} of the words (${l.removedWords + l.captionWords} of ${l.fileWords}; ${rules}); ${check}`;
  return null;
}

function squash(s: string): string {
  return normalizeChars(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Merges `"Why?"` + `she asked.` and `Rep. Ann Cole (D-Del.)` + `said.` (a lower-case start after either),
 * and `Dan Pike, D-N.` + `Y., said` (an abbreviation of two initials cut between them); drops empty spans.
 */
function mergeSentenceSpans(spans: Array<[number, number]>, raw: { start: number; end: number }[], slice: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    if (b < a || !raw[a]) continue;
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = slice.slice(raw[prev[0]].start, raw[prev[1]].end);
      const thisText = slice.slice(raw[a].start, raw[b].end);
      if (((ENDS_QUOTED_QUESTION.test(prevText) || ENDS_ABBREVIATION_BRACKET.test(prevText)) && OPENING_LOWER.test(thisText)) || (ENDS_INITIAL.test(prevText) && OPENING_INITIAL.test(thisText))) {
        prev[1] = b;
        continue;
      }
    }
    out.push([a, b]);
  }
  return out;
}

/** Sentences of an article whose paragraph role is in `roles` (default: everything but captions). */
export function articleSentences(article: ParsedArticle, roles: readonly string[] = ["headline", "subheading", "body"]): Sentence[] {
  return article.sentences.filter((s) => roles.includes(s.role));
}

/** The tokens of one sentence. */
export function sentenceTokens(article: ParsedArticle, sentence: Sentence): readonly Token[] {
  return article.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}
