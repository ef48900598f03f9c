/**
 * The promises the fuzzer holds every analysis to, as checks over its records. Every record with a span
 * must satisfy `text.slice(start, end) === record.text` (corpus/types.ts: any number can be traced back
 * to the characters that produced it), with 0 <= start <= end <= text.length; index ranges must stay in
 * bounds; the cleaner must keep or log every non-blank character ("nothing disappears silently",
 * corpus/clean-rules.ts), and (a heuristic) no one removal but a repeated line may exceed both
 * MAX_REMOVED_WORDS words and MAX_REMOVED_CHARS characters: no credit, prompt, caption or footer is that
 * long, so such a removal took body text with it. A broken promise is a Finding; one per kind and input is kept, with a count.
 */
import { normalizeChars } from "../../src/corpus/normalize";
import { PARAGRAPH_ROLES, ParsedArticle, TOKEN_KINDS } from "../../src/corpus/types";
import { ActorMention } from "../../src/actors/types";
import { FrameEvidence } from "../../src/frames/detect";
import { QUOTE_KINDS, QuoteRecord } from "../../src/quotes/types";
import { SentenceSentiment } from "../../src/sentiment/sentences";

/** One broken promise: `kind` groups alike failures across inputs; `at` is a character offset or null. */
export interface Finding {
  kind: string;
  message: string;
  at: number | null;
  /** How many times this kind broke in the input. */
  count: number;
}

export class Findings {
  private readonly byKind = new Map<string, Finding>();

  add(kind: string, message: string, at: number | null = null): void {
    const f = this.byKind.get(kind);
    if (f) f.count++;
    else this.byKind.set(kind, { kind, message, at, count: 1 });
  }

  list(): Finding[] {
    return Array.from(this.byKind.values());
  }
}

/** A short, escaped view of a string for messages. */
export function quote(s: string, max = 60): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}...` : s);
}

/**
 * One cleaning-log entry (except a repeated line: a caption printed twice) may not remove more than both
 * of these: the longest boilerplate the rules mean to remove is a one-sentence caption of up to 80 words
 * or a footer of about 400 characters.
 */
export const MAX_REMOVED_WORDS = 100;
export const MAX_REMOVED_CHARS = 600;

interface SpanRecord {
  start: number;
  end: number;
  text?: string;
}

/** The span promise for one record; false (and a finding) when it breaks. */
function span(f: Findings, what: string, text: string, r: SpanRecord, i: number): boolean {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end > text.length) {
    f.add(`${what}: offsets outside the text`, `${what} ${i}: [${r.start}, ${r.end}) in a text of ${text.length} chars`, Number.isInteger(r.start) ? Math.max(0, Math.min(text.length, r.start)) : null);
    return false;
  }
  if (r.start > r.end) {
    f.add(`${what}: start > end`, `${what} ${i}: start ${r.start} > end ${r.end}`, r.end);
    return false;
  }
  if (r.text !== undefined && text.slice(r.start, r.end) !== r.text) {
    f.add(`${what}: text.slice(start, end) !== text`, `${what} ${i} [${r.start}, ${r.end}): the record says ${quote(r.text)}, the text there is ${quote(text.slice(r.start, r.end))}`, r.start);
    return false;
  }
  return true;
}

/** Paragraphs, sentences, tokens, headline, cleaning log, and the cleaner's keep-or-log promise. */
export function checkParsed(f: Findings, text: string, a: ParsedArticle): void {
  if (a.text !== text) f.add("article: text is not the input", `article.text has ${a.text.length} chars, the input ${text.length}`);
  if (a.norm.length !== text.length) f.add("article: norm length differs from text", `norm ${a.norm.length} vs text ${text.length} chars`);
  if (a.headline) span(f, "headline", text, a.headline, 0);

  let prevEnd = 0;
  a.paragraphs.forEach((p, i) => {
    if (!span(f, "paragraph", text, p, i)) return;
    if (p.index !== i) f.add("paragraph: index is not its position", `paragraph ${i} has index ${p.index}`, p.start);
    if (!(PARAGRAPH_ROLES as readonly string[]).includes(p.role)) f.add("paragraph: unknown role", `paragraph ${i}: role ${quote(String(p.role))}`, p.start);
    if (p.start >= p.end) f.add("paragraph: empty", `paragraph ${i} at ${p.start} is empty`, p.start);
    if (p.start < prevEnd) f.add("paragraph: overlaps the previous one", `paragraph ${i} starts at ${p.start}, before ${prevEnd}`, p.start);
    prevEnd = p.end;
    const expectStart = i === 0 ? 0 : a.paragraphs[i - 1].sentenceEnd;
    if (p.sentenceStart !== expectStart || p.sentenceEnd < p.sentenceStart || p.sentenceEnd > a.sentences.length) {
      f.add("paragraph: sentence range out of bounds or not contiguous", `paragraph ${i}: sentences [${p.sentenceStart}, ${p.sentenceEnd}) of ${a.sentences.length}, expected to start at ${expectStart}`, p.start);
    }
  });
  const lastPara = a.paragraphs[a.paragraphs.length - 1];
  if ((lastPara?.sentenceEnd ?? 0) !== a.sentences.length) f.add("paragraph: sentence range out of bounds or not contiguous", `the paragraphs cover ${lastPara?.sentenceEnd ?? 0} of ${a.sentences.length} sentences`);

  a.sentences.forEach((s, i) => {
    if (!span(f, "sentence", text, s, i)) return;
    if (s.index !== i) f.add("sentence: index is not its position", `sentence ${i} has index ${s.index}`, s.start);
    if (s.norm !== a.norm.slice(s.start, s.end)) f.add("sentence: norm is not article.norm.slice(start, end)", `sentence ${i}: ${quote(s.norm)}`, s.start);
    const p = a.paragraphs[s.paragraph];
    if (!p || s.start < p.start || s.end > p.end || i < p.sentenceStart || i >= p.sentenceEnd) f.add("sentence: outside its paragraph", `sentence ${i} [${s.start}, ${s.end}) in paragraph ${s.paragraph}`, s.start);
    const expectStart = i === 0 ? 0 : a.sentences[i - 1].tokenEnd;
    if (s.tokenStart !== expectStart || s.tokenEnd > a.tokens.length) {
      f.add("sentence: token range out of bounds or not contiguous", `sentence ${i}: tokens [${s.tokenStart}, ${s.tokenEnd}) of ${a.tokens.length}, expected to start at ${expectStart}`, s.start);
      return;
    }
    if (s.tokenEnd <= s.tokenStart) {
      f.add("sentence: no tokens", `sentence ${i} ${quote(s.text)} has no tokens`, s.start);
      return;
    }
    if (a.tokens[s.tokenStart].start !== s.start || a.tokens[s.tokenEnd - 1].end !== s.end) {
      f.add("sentence: span is not its first to last token", `sentence ${i} [${s.start}, ${s.end}), tokens [${a.tokens[s.tokenStart].start}, ${a.tokens[s.tokenEnd - 1].end})`, s.start);
    }
  });
  const lastSentence = a.sentences[a.sentences.length - 1];
  if ((lastSentence?.tokenEnd ?? 0) !== a.tokens.length) f.add("sentence: token range out of bounds or not contiguous", `the sentences cover ${lastSentence?.tokenEnd ?? 0} of ${a.tokens.length} tokens`);

  prevEnd = 0;
  a.tokens.forEach((t, i) => {
    if (!span(f, "token", text, t, i)) return;
    if (t.start === t.end || t.text === "") f.add("token: empty", `token ${i} at ${t.start} is empty (norm ${quote(t.norm)})`, t.start);
    if (t.start < prevEnd) f.add("token: overlaps the previous one", `token ${i} ${quote(t.text)} starts at ${t.start}, before ${prevEnd}`, t.start);
    prevEnd = Math.max(prevEnd, t.end);
    const s = a.sentences[t.sentence];
    if (!s || i < s.tokenStart || i >= s.tokenEnd) f.add("token: sentence index does not hold it", `token ${i} ${quote(t.text)} names sentence ${t.sentence}`, t.start);
    if (!(TOKEN_KINDS as readonly string[]).includes(t.kind)) f.add("token: unknown kind", `token ${i}: kind ${quote(String(t.kind))}`, t.start);
  });

  const covered = new Uint8Array(text.length + 1);
  const cover = (r: SpanRecord) => {
    if (Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= text.length) covered.fill(1, r.start, r.end);
  };
  a.cleaning.forEach((e, i) => {
    if (span(f, "cleaning log", text, e, i)) cover(e);
    if (!(e.line >= 1)) f.add("cleaning log: line number below 1", `entry ${i}: line ${e.line}`, e.start);
    const words = e.text.trim().split(/\s+/).length;
    if (e.rule !== "repeated-line" && words > MAX_REMOVED_WORDS && e.text.length > MAX_REMOVED_CHARS) {
      f.add(
        `cleaner: one removal of over ${MAX_REMOVED_WORDS} words and ${MAX_REMOVED_CHARS} chars (body text taken for boilerplate)`,
        `rule ${e.rule} removed ${words} words (${e.text.length} chars) from line ${e.line}: ${quote(e.text, 120)}`,
        e.start,
      );
    }
  });
  a.paragraphs.forEach(cover);
  for (let i = 0; i < text.length; i++) {
    if (covered[i] || /\s/.test(text[i])) continue;
    let j = i;
    while (j < text.length && !covered[j]) j++;
    f.add("cleaner: text neither kept nor logged", `${quote(text.slice(i, j))} at ${i} is in no paragraph and no cleaning-log entry`, i);
    i = j;
  }
}

/** Quote records: span and text, a sentence index in bounds, a known kind. */
export function checkQuotes(f: Findings, a: ParsedArticle, quotes: readonly QuoteRecord[]): void {
  quotes.forEach((q, i) => {
    span(f, "quote", a.text, q, i);
    if (!(QUOTE_KINDS as readonly string[]).includes(q.kind)) f.add("quote: unknown kind", `quote ${i}: kind ${quote(String(q.kind))}`, q.start);
    if (!Number.isInteger(q.sentence) || q.sentence < 0 || (a.sentences.length > 0 && q.sentence >= a.sentences.length)) f.add("quote: sentence index out of bounds", `quote ${i}: sentence ${q.sentence} of ${a.sentences.length}`, q.start);
  });
}

/** Actor mentions: span and text, inside the sentence they name. */
export function checkMentions(f: Findings, a: ParsedArticle, mentions: readonly ActorMention[]): void {
  mentions.forEach((m, i) => {
    if (!span(f, "mention", a.text, m, i)) return;
    const s = a.sentences[m.sentence];
    if (!s || m.start < s.start || m.end > s.end) f.add("mention: outside its sentence", `mention ${i} ${quote(m.text)} names sentence ${m.sentence}`, m.start);
  });
}

/** Scored sentences: span and text, finite scores, contributing words inside the sentence and matching it. */
export function checkSentiment(f: Findings, a: ParsedArticle, rows: readonly SentenceSentiment[]): void {
  rows.forEach((r, i) => {
    if (!span(f, "sentiment sentence", a.text, r, i)) return;
    for (const key of ["score", "comparative", "compound", "vader", "position"] as const) {
      if (!Number.isFinite(r[key])) f.add(`sentiment sentence: ${key} is not finite`, `row ${i} (sentence ${r.index}): ${key} = ${r[key]}`, r.start);
    }
    if (!a.sentences[r.index]) f.add("sentiment sentence: index out of bounds", `row ${i}: sentence ${r.index} of ${a.sentences.length}`, r.start);
    for (const w of r.contributors) {
      if (w.start < 0) continue; // the plain strategy keeps no offsets
      if (w.start < r.start || w.end > r.end || w.start > w.end) {
        f.add("sentiment word: outside its sentence", `${quote(w.word)} at [${w.start}, ${w.end}) in sentence [${r.start}, ${r.end})`, Math.max(0, Math.min(a.text.length, w.start)));
        continue;
      }
      const seen = normalizeChars(a.text.slice(w.start, w.end)).toLowerCase();
      const parts = w.word.split(" ");
      const ok = parts.length === 1 ? seen === w.word : seen.startsWith(parts[0]) && seen.endsWith(parts[parts.length - 1]);
      if (!ok) f.add("sentiment word: offsets do not point at the word", `${quote(w.word)} at [${w.start}, ${w.end}), the text there is ${quote(a.text.slice(w.start, w.end))}`, w.start);
    }
  });
}

/** Frame evidence: span and text of the sentence, a sentence index in bounds. */
export function checkFrames(f: Findings, a: ParsedArticle, evidence: readonly FrameEvidence[]): void {
  evidence.forEach((e, i) => {
    if (!span(f, "frame evidence", a.text, e, i)) return;
    const s = a.sentences[e.sentence];
    if (!s || s.start !== e.start || s.end !== e.end) f.add("frame evidence: not its sentence's span", `evidence ${i} names sentence ${e.sentence}`, e.start);
  });
}
