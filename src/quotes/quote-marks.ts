import { ParsedArticle } from "../corpus/types";

/** A stretch of text between quote marks. `start`/`end` exclude the marks themselves. */
export interface MarkedSpan {
  start: number;
  end: number;
  /** The double or single mark that opened it. */
  mark: '"' | "'";
  /** False when no closing mark was found before the paragraph ended. */
  closed: boolean;
  /** Paragraph where the span starts and where it ends (a quote may run on over paragraphs). */
  paragraph: number;
  lastParagraph: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Finds quoted stretches in an article's normalised text (so curly and straight marks are alike).
 * - Double quotes pair within a paragraph. A paragraph left open whose next paragraph opens with a quote
 *   mark continues the quote (the newspaper convention for quotes running over paragraphs); otherwise an
 *   unbalanced mark quotes to the end of its own paragraph and no further, so it never swallows the
 *   rest of the article.
 * - A doubled apostrophe (`''`, also written ‘‘ ’’ or `` '') is a double quote mark: some newspapers'
 *   feeds write every quote that way (''It is over,'' she said.). Guillemets « », low marks „ “ and curly
 *   marks are already `"` in the normalised text (corpus/normalize.ts maps them one character to one).
 * - Single quotes (British headlines: warns of 'swift, severe, united' response; a clause quoted in
 *   single curly marks) count only where they cannot be apostrophes: opening after a space or bracket
 *   and before a letter, closing after a letter or punctuation and before a space, punctuation or the
 *   line end; unpaired single marks, and the apostrophes of a doubled mark, are ignored.
 * `start`/`end` exclude the marks (both characters of a doubled one). Captions are skipped. Empty
 * article gives [].
 */
export function findMarkedSpans(article: ParsedArticle): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const text = article.norm;
  let carry: { start: number; paragraph: number } | null = null;
  for (const p of article.paragraphs) {
    if (p.role === "caption") continue;
    let open: { start: number; paragraph: number } | null = null;
    let from = p.start;
    if (carry) {
      const lead = markLength(text, p.start, p.end);
      if (lead) {
        open = carry;
        from = p.start + lead;
      } else out.push({ start: carry.start, end: endOfParagraph(article, carry.paragraph), mark: '"', closed: false, paragraph: carry.paragraph, lastParagraph: carry.paragraph });
      carry = null;
    }
    for (const [at, length] of doubleMarks(text, from, p.end)) {
      if (!open) open = { start: at + length, paragraph: p.index };
      else {
        out.push({ start: open.start, end: at, mark: '"', closed: true, paragraph: open.paragraph, lastParagraph: p.index });
        open = null;
      }
    }
    if (open) carry = open;
    // One push per span: spreading a paragraph's spans into push() overflows the stack past ~100,000.
    for (const q of singleQuoted(text, p.start, p.end, p.index)) out.push(q);
  }
  if (carry) out.push({ start: carry.start, end: endOfParagraph(article, carry.paragraph), mark: '"', closed: false, paragraph: carry.paragraph, lastParagraph: carry.paragraph });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The length of the double mark at `i` (1 for `"`, 2 for a doubled apostrophe, or for a space and `"`,
 * the form pairDoubledApostrophes gives an opening `''`), or 0 when there is none.
 */
function markLength(text: string, i: number, to: number): number {
  if (text[i] === '"') return 1;
  if (text[i] === " " && i + 1 < to && text[i + 1] === '"') return 2;
  return text[i] === "'" && i + 1 < to && text[i + 1] === "'" ? 2 : 0;
}

/**
 * The double marks of `text` from `from` to `to`: each `"` and each doubled apostrophe `''`, as [offset,
 * length], in order. A run of three apostrophes gives one doubled mark (its odd apostrophe is no mark).
 */
function doubleMarks(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = offsetsOf(text, '"', from, to).map((at) => [at, 1]);
  const doubled = doubledApostrophes(text, from, to);
  if (doubled.length === 0) return out;
  for (const at of doubled) out.push([at, 2]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Offsets of the doubled apostrophes `''` from `from` to `to`, not overlapping, in order. */
function doubledApostrophes(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const part = text.slice(from, to);
  for (let k = part.indexOf("''"); k >= 0; k = part.indexOf("''", k + 2)) out.push(from + k);
  return out;
}

function endOfParagraph(article: ParsedArticle, index: number): number {
  return article.paragraphs[index].end;
}

function canClose(text: string, i: number, from: number, to: number): boolean {
  const before = i > from ? text[i - 1] : " ";
  const after = i + 1 < to ? text[i + 1] : " ";
  return (LETTER.test(before) || /[.,!?]/.test(before)) && (/[\s.,;:!?)\]]/.test(after) || i + 1 === to);
}

function singleQuoted(text: string, from: number, to: number, paragraph: number): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  // The apostrophes of a doubled mark are double quotes (see doubleMarks), never single ones.
  const marks = offsetsOf(text, "'", from, to).filter((i) => !(i > from && text[i - 1] === "'") && !(i + 1 < to && text[i + 1] === "'"));
  let open = -1;
  for (let m = 0; m < marks.length; m++) {
    const i = marks[m];
    const before = i > from ? text[i - 1] : " ";
    const after = i + 1 < to ? text[i + 1] : " ";
    if (open < 0) {
      if (/[\s(\[]/.test(before) && LETTER.test(after)) open = i + 1;
      continue;
    }
    if (!canClose(text, i, from, to)) continue;
    // After "s" the mark may be a plural possessive ("the allies' response"): close here only if no later mark can.
    let later = false;
    if (before === "s") for (let n = m + 1; n < marks.length && !later; n++) later = canClose(text, marks[n], from, to);
    if (later) continue;
    out.push({ start: open, end: i, mark: "'", closed: true, paragraph, lastParagraph: paragraph });
    open = -1;
  }
  return out;
}

/**
 * Offsets of `mark` in `text` at or after `from` and before `to`, in order. Marks are few, so indexOf
 * finds them faster than a look at every character; it searches the paragraph's slice so that it never
 * reads on into the rest of the article.
 */
function offsetsOf(text: string, mark: string, from: number, to: number): number[] {
  const out: number[] = [];
  const part = text.slice(from, to);
  for (let k = part.indexOf(mark); k >= 0; k = part.indexOf(mark, k + 1)) out.push(from + k);
  return out;
}
