import { CleaningLogEntry, ParagraphRole } from "./types";
import { CleaningRule, CompiledRule, DEFAULT_CLEANING_RULES, LINE_RULE_MAX_WORDS, REPEATED_LINE_RULE, checkRules, compileRules } from "./clean-rules";
import { CAPTION_MAX_WORDS, roleOf, sentenceCount } from "./line-shape";
import { normalizeChars } from "./normalize";
import { isWhiteSpace, wordCount } from "./white-space";

/** A line (or a kept part of one) that survives cleaning, with its layout role. */
export interface KeptLine {
  line: number;
  start: number;
  end: number;
  role: ParagraphRole;
}

/** Something the cleaner decided not to do, or did only in part, and why (parseArticle makes it a warning). */
export interface CleaningNote {
  /** 1-based line number in the file. */
  line: number;
  /** The rule involved, or "headline". */
  rule: string;
  message: string;
}

export interface CleanOptions {
  /** Id used in the log; default "article". */
  article?: string;
  /** Default DEFAULT_CLEANING_RULES. */
  rules?: readonly CleaningRule[];
  /**
   * Whether the first kept line is the headline: true, false, or "auto" (default): a first line with no
   * sentence-final full stop and at most 30 words. With true, a first line of more than 30 words is not
   * taken for the headline (unless it starts with `headlineText`), and a note says so.
   */
  headline?: boolean | "auto";
  /**
   * The headline as published (e.g. from the manifest); used with `headline: true`. A first line that
   * starts with it and goes on (a file flattened to one line) is split: the headline, then the rest.
   */
  headlineText?: string;
}

export interface CleanResult {
  kept: KeptLine[];
  log: CleaningLogEntry[];
  notes: CleaningNote[];
}

interface RawLine {
  line: number;
  start: number;
  end: number;
}

type Segment = [number, number];

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

const HEADLINE_MAX_WORDS = 30;

function trimSpan(text: string, start: number, end: number): Segment {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * Where the published headline ends in `norm[start, end)`, comparing letters and digits only and ignoring
 * case (so quotes, dashes and spacing may differ), with its closing punctuation; -1 when the text does
 * not start with it.
 */
function headlineEnd(norm: string, start: number, end: number, headline: string): number {
  const want = normalizeChars(headline).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (!want) return -1;
  let i = start;
  let j = 0;
  for (; i < end && j < want.length; i++) {
    const c = norm[i].toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    if (!want.startsWith(c, j)) return -1;
    j += c.length;
  }
  if (j < want.length || (i < end && /[\p{L}\p{N}]/u.test(norm[i]))) return -1;
  while (i < end && /[^\s\p{L}\p{N}]/u.test(norm[i])) i++;
  return i;
}

/**
 * Removes non-article text by rule and gives every kept line (or kept part of a line) a layout role
 * (headline, subheading, caption, body). A rule removes only what it matches; a line that loses a part
 * in the middle is kept as two paragraphs. Returns the kept parts with offsets into `text`, one log entry
 * per removal (`text.slice(start, end) === entry.text`), and notes where a rule matched a line too long
 * to remove whole. Empty text returns no lines, an empty log and no notes.
 * Throws when a rule has an unknown scope.
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  return cleanNormalized(text, null, options);
}

/**
 * cleanText for a caller that already holds `normalizeChars(text)` as `normalized` (parseArticle), so
 * that an article is normalised once; with null, it is normalised here.
 */
export function cleanNormalized(text: string, normalized: string | null, options: CleanOptions = {}): CleanResult {
  const { article = "article", rules = DEFAULT_CLEANING_RULES, headline = "auto", headlineText } = options;
  if (![true, false, "auto"].includes(headline)) throw new Error(`unknown headline option "${String(headline)}"; expected true, false or "auto"`);
  checkRules(rules);
  const compiledRules = compileRules(rules);
  const norm = normalized ?? normalizeChars(text);
  const kept: KeptLine[] = [];
  const log: CleaningLogEntry[] = [];
  const notes: CleaningNote[] = [];
  let previous: string | null = null;
  let previousKept: string | null = null;
  let nonBlankIndex = 0;
  let captionNext = false;

  const remove = (l: RawLine, start: number, end: number, rule: { id: string; reason: string }) =>
    log.push({ article, line: l.line, start, end, rule: rule.id, reason: rule.reason, text: text.slice(start, end) });

  /** Removes `[a, b)` from segment `s`; returns what is left of it (0, 1 or 2 segments). */
  const cut = (s: Segment, a: number, b: number): Segment[] =>
    [trimSpan(text, s[0], a), trimSpan(text, b, s[1])].filter(([x, y]) => x < y);

  // The last prefilter run, on which segment, and its answer: the two credit rules share a prefilter and
  // a line usually reaches the second one unchanged, so the answer is not worked out twice.
  let lastPrefilter: RegExp | null = null;
  let lastSegment: Segment = [0, 0];
  let lastPassed = false;
  /** Whether the rule's pattern can match in segment `s` (whose text is `slice`). */
  const mayMatch = (prefilter: RegExp | null, s: Segment, slice: string): boolean => {
    if (!prefilter) return true;
    if (prefilter !== lastPrefilter || s[0] !== lastSegment[0] || s[1] !== lastSegment[1]) {
      lastPrefilter = prefilter;
      lastSegment = s;
      lastPassed = prefilter.test(slice);
    }
    return lastPassed;
  };

  const applyRule = ({ rule, once, all, prefilter }: CompiledRule, segs: Segment[], l: RawLine): Segment[] => {
    if (rule.scope === "prefix" || rule.scope === "suffix") {
      const i = rule.scope === "prefix" ? 0 : segs.length - 1;
      const s = segs[i];
      const slice = norm.slice(s[0], s[1]);
      if (!mayMatch(prefilter, s, slice)) return segs;
      const m = once.exec(slice);
      if (!m || m[0].length === 0) return segs;
      const at = rule.scope === "prefix" ? m.index === 0 : m.index + m[0].length === s[1] - s[0];
      if (!at) return segs;
      remove(l, s[0] + m.index, s[0] + m.index + m[0].length, rule);
      return [...segs.slice(0, i), ...cut(s, s[0] + m.index, s[0] + m.index + m[0].length), ...segs.slice(i + 1)];
    }
    const out: Segment[] = [];
    for (const s of segs) {
      const slice = norm.slice(s[0], s[1]);
      if (!mayMatch(prefilter, s, slice)) {
        out.push(s);
        continue;
      }
      if (rule.scope === "span") {
        // Matches come left to right, so each one falls in the last piece left so far.
        let last: Segment | null = s;
        for (const m of slice.matchAll(all)) {
          if (last === null || m[0].length === 0 || m.index === undefined) continue;
          const [a, b] = trimSpan(text, s[0] + m.index, s[0] + m.index + m[0].length);
          if (a === b) continue;
          remove(l, a, b, rule);
          const left = trimSpan(text, last[0], a);
          const right: Segment = trimSpan(text, b, last[1]);
          if (left[0] < left[1]) out.push(left);
          last = right[0] < right[1] ? right : null;
        }
        if (last) out.push(last);
        continue;
      }
      const m = once.exec(slice);
      if (!m || m[0].length === 0) {
        out.push(s);
        continue;
      }
      const words = wordCount(slice);
      const maxWords = rule.maxWords ?? LINE_RULE_MAX_WORDS;
      const around = rule.maxSentences === undefined ? 0 : sentenceCount(`${slice.slice(0, m.index)} ${slice.slice(m.index + m[0].length)}`);
      if (words <= maxWords && (rule.maxSentences === undefined || around <= rule.maxSentences)) {
        remove(l, s[0], s[1], rule);
        continue;
      }
      const [a, b] = trimSpan(text, s[0] + m.index, s[0] + m.index + m[0].length);
      const part = b - a < s[1] - s[0] && wordCount(norm.slice(a, b)) <= maxWords;
      const tooLong = words > maxWords ? `${words} words, more than the ${maxWords}` : `${around} sentences besides the match, more than the ${rule.maxSentences}`;
      notes.push({
        line: l.line,
        rule: rule.id,
        message: `rule "${rule.id}" matched in a line of ${tooLong} it removes whole (the line holds other text); ${part ? `only the matched part ("${text.slice(a, b)}") was removed` : "nothing was removed"}`,
      });
      if (part) {
        remove(l, a, b, rule);
        out.push(...cut(s, a, b));
      } else out.push(s);
    }
    return out;
  };

  for (const l of splitLines(text)) {
    const whole = trimSpan(text, l.start, l.end);
    if (whole[0] === whole[1]) continue;
    const ctx = { nonBlankIndex, previous };
    previous = norm.slice(whole[0], whole[1]);
    nonBlankIndex++;

    let segs: Segment[] = [whole];
    let marks = false;
    for (const c of compiledRules) {
      if (segs.length === 0) break;
      if (c.rule.when && !c.rule.when(ctx)) continue;
      const before = log.length;
      segs = applyRule(c, segs, l);
      if (log.length > before && c.rule.marksNextAsCaption) marks = true;
    }
    if (segs.length === 0) {
      if (marks) captionNext = true;
      continue;
    }

    if (segs.length === 1) {
      const slice = norm.slice(segs[0][0], segs[0][1]);
      if (previousKept !== null && slice === previousKept) {
        remove(l, segs[0][0], segs[0][1], REPEATED_LINE_RULE);
        const first = kept[kept.length - 1];
        if (first.role !== "headline" && wordCount(slice) <= CAPTION_MAX_WORDS) first.role = "caption";
        continue;
      }
      previousKept = slice;
    } else previousKept = null;

    for (let i = 0; i < segs.length; i++) {
      let [start, end] = segs[i];
      if (kept.length === 0 && headline !== false) {
        const slice = norm.slice(start, end);
        const words = wordCount(slice);
        const split = headline === true && headlineText !== undefined ? headlineEnd(norm, start, end, headlineText) : -1;
        if (split > start && split < end) {
          const rest = trimSpan(text, split, end);
          kept.push({ line: l.line, start, end: trimSpan(text, start, split)[1], role: "headline" });
          if (rest[0] === rest[1]) continue;
          [start, end] = rest;
        } else if (headline === "auto" ? words <= HEADLINE_MAX_WORDS && !/[.]["')\]]*\s*$/.test(slice) : words <= HEADLINE_MAX_WORDS || split === end) {
          kept.push({ line: l.line, start, end, role: "headline" });
          continue;
        } else if (headline === true) {
          notes.push({ line: l.line, rule: "headline", message: `the first line has ${words} words, too many for a headline${headlineText === undefined ? "" : ", and does not start with the given headline"}; it is not used as the headline` });
        }
      }
      kept.push({ line: l.line, start, end, role: roleOf(norm.slice(start, end), captionNext && i === 0) });
    }
    captionNext = false;
  }
  return { kept, log, notes };
}
