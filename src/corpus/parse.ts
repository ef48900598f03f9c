import { cleanText } from "./clean";
import { CleaningRule } from "./clean-rules";
import { normalizeChars } from "./normalize";
import { Tokenizer, winkTokenizer } from "./tokenize";
import { CorpusWarning, ManifestEntry, Paragraph, ParsedArticle, Sentence, Token } from "./types";

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
}

const OPENING_LOWER = /^\s*[a-z]/;
const ENDS_QUOTED_QUESTION = /[?!]["']\s*$/;

/**
 * Cleans and parses one article: headline, paragraphs, sentences and tokens, each with character
 * offsets into `text`, plus the cleaning log. Pure: reads no files. Empty or whitespace-only text gives
 * an article with no paragraphs and a warning.
 * Sentence splitting is wink-nlp's, repaired where news text trips it: a quoted question or exclamation
 * followed by a lower-case attribution (`"Why?" she asked.`) stays one sentence.
 */
export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  const { id = "article", outlet = options.id ?? "article", headline, rules, tokenizer = winkTokenizer } = options;
  const meta: ManifestEntry = options.meta ?? { id, outlet, file: `${id}.txt`, headline };
  const norm = normalizeChars(text);
  const warnings: CorpusWarning[] = [];
  const { kept, log } = cleanText(text, {
    article: id,
    rules,
    headline: headline === null ? false : headline === undefined ? "auto" : true,
  });
  if (kept.length === 0) warnings.push({ file: meta.file, message: "no article text left after cleaning (empty or whitespace-only)" });

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const line of kept) {
    const pIndex = paragraphs.length;
    const slice = norm.slice(line.start, line.end);
    const { tokens: raw, sentences: spans } = tokenizer(slice);
    const sentenceStart = sentences.length;
    const merged = mergeSentenceSpans(spans, raw, slice);
    for (const [first, last] of merged) {
      const sIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let t = first; t <= last; t++) {
        const r = raw[t];
        tokens.push({ ...r, start: line.start + r.start, end: line.start + r.end, text: text.slice(line.start + r.start, line.start + r.end), sentence: sIndex });
      }
      const start = line.start + raw[first].start;
      const end = line.start + raw[last].end;
      sentences.push({ index: sIndex, paragraph: pIndex, role: line.role, start, end, text: text.slice(start, end), norm: norm.slice(start, end), tokenStart, tokenEnd: tokens.length });
    }
    paragraphs.push({ index: pIndex, role: line.role, line: line.line, start: line.start, end: line.end, text: text.slice(line.start, line.end), sentenceStart, sentenceEnd: sentences.length });
  }

  const first = paragraphs[0];
  const headlineSpan = first && first.role === "headline" ? { start: first.start, end: first.end, text: first.text } : null;
  if (typeof headline === "string" && headlineSpan && squash(headline) !== squash(normalizeChars(headlineSpan.text))) {
    warnings.push({ file: meta.file, message: `the headline in the manifest ("${headline}") differs from the file's first line ("${headlineSpan.text}"); the file's line is used` });
  }
  return { id, outlet, text, norm, headline: headlineSpan, paragraphs, sentences, tokens, cleaning: log, warnings, meta };
}

function squash(s: string): string {
  return normalizeChars(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Merges `"Why?"` + `she asked.` and drops empty spans. */
function mergeSentenceSpans(spans: Array<[number, number]>, raw: { start: number; end: number }[], slice: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    if (b < a || !raw[a]) continue;
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = slice.slice(raw[prev[0]].start, raw[prev[1]].end);
      const thisText = slice.slice(raw[a].start, raw[b].end);
      if (ENDS_QUOTED_QUESTION.test(prevText) && OPENING_LOWER.test(thisText)) {
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
