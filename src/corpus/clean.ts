import { CleaningLogEntry, ParagraphRole } from "./types";
import { CleaningRule, DEFAULT_CLEANING_RULES, REPEATED_LINE_RULE } from "./clean-rules";
import { normalizeChars } from "./normalize";

/** A line (or the kept part of one) that survives cleaning, with its layout role. */
export interface KeptLine {
  line: number;
  start: number;
  end: number;
  role: ParagraphRole;
}

export interface CleanOptions {
  /** Id used in the log; default "article". */
  article?: string;
  /** Default DEFAULT_CLEANING_RULES. */
  rules?: readonly CleaningRule[];
  /**
   * Whether the first kept line is the headline: true, false, or "auto" (default): a first line with no
   * sentence-final full stop and at most 30 words.
   */
  headline?: boolean | "auto";
}

export interface CleanResult {
  kept: KeptLine[];
  log: CleaningLogEntry[];
}

interface RawLine {
  line: number;
  start: number;
  end: number;
}

/** Splits text into lines with offsets; `\n`, `\r\n` and `\r` all end a line. */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let n = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ line: n++, start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ line: n, start, end: text.length });
  return lines;
}

const TERMINAL = /([.!?…]["')\]]*|["])\s*$/;
const SUBHEADING_MAX_WORDS = 7;
const QUESTION_SUBHEADING_MAX_WORDS = 12;
const HEADLINE_MAX_WORDS = 30;

function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** Role of a line by its shape alone (the headline and caption context are decided by the caller). */
function roleByShape(norm: string): ParagraphRole {
  const words = wordCount(norm);
  if (/\((left|right|centre|center|pictured|top|bottom)\)/i.test(norm)) return "caption";
  if (TERMINAL.test(norm)) {
    if (/\?\s*$/.test(norm) && words <= QUESTION_SUBHEADING_MAX_WORDS && !/["]/.test(norm)) return "subheading";
    return "body";
  }
  return words <= SUBHEADING_MAX_WORDS ? "subheading" : "caption";
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * Removes non-article lines by rule and gives every kept line a role (headline, subheading, caption,
 * body). Returns the kept lines with offsets into `text` and one log entry per removal.
 * Empty text returns no lines and an empty log.
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const { article = "article", rules = DEFAULT_CLEANING_RULES, headline = "auto" } = options;
  const norm = normalizeChars(text);
  const kept: KeptLine[] = [];
  const log: CleaningLogEntry[] = [];
  let previous: string | null = null;
  let previousKept: string | null = null;
  let nonBlankIndex = 0;
  let captionNext = false;

  const remove = (l: RawLine, start: number, end: number, id: string, reason: string) =>
    log.push({ article, line: l.line, start, end, rule: id, reason, text: text.slice(start, end) });

  for (const l of splitLines(text)) {
    let [start, end] = trimSpan(text, l.start, l.end);
    if (start === end) continue;
    const original = norm.slice(start, end);
    const ctx = { nonBlankIndex, previous };
    previous = original;
    nonBlankIndex++;

    let removedWhole: CleaningRule | null = null;
    for (const rule of rules) {
      if (rule.when && !rule.when(ctx)) continue;
      const slice = norm.slice(start, end);
      if (rule.scope === "line") {
        if (rule.pattern.test(slice)) {
          removedWhole = rule;
          break;
        }
        continue;
      }
      const m = rule.pattern.exec(slice);
      if (!m || m[0].length === 0) continue;
      if (rule.scope === "prefix" && m.index === 0) {
        remove(l, start, start + m[0].length, rule.id, rule.reason);
        [start, end] = trimSpan(text, start + m[0].length, end);
      } else if (rule.scope === "suffix" && m.index + m[0].length === slice.length) {
        remove(l, start + m.index, end, rule.id, rule.reason);
        [start, end] = trimSpan(text, start, start + m.index);
      }
      if (start === end) break;
    }
    if (removedWhole) {
      remove(l, start, end, removedWhole.id, removedWhole.reason);
      if (removedWhole.marksNextAsCaption) captionNext = true;
      continue;
    }
    if (start === end) continue;

    const slice = norm.slice(start, end);
    if (previousKept !== null && slice === previousKept) {
      remove(l, start, end, REPEATED_LINE_RULE.id, REPEATED_LINE_RULE.reason);
      kept[kept.length - 1].role = kept[kept.length - 1].role === "headline" ? "headline" : "caption";
      continue;
    }
    previousKept = slice;

    let role: ParagraphRole;
    const isFirst = kept.length === 0;
    const headlineHere =
      isFirst &&
      (headline === true ||
        (headline === "auto" && wordCount(slice) <= HEADLINE_MAX_WORDS && !/[.]["')\]]*\s*$/.test(slice)));
    if (headlineHere) role = "headline";
    else if (captionNext && !TERMINAL.test(slice)) role = "caption";
    else role = roleByShape(slice);
    captionNext = false;
    kept.push({ line: l.line, start, end, role });
  }
  return { kept, log };
}
