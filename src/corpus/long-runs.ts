import { isWinkSpace } from "./white-space";

/**
 * Whitespace-free runs too long to hand to wink-nlp (see LONG_RUN_CHARS in tokenize.ts): finding them,
 * and blanking them out of the text wink reads.
 */

const OPENERS = "\"'([{<\u201C\u2018\u00AB\u201E";
const CLOSERS = ".,;:!?\"')]}>\u201D\u2019\u00BB";
const MAX_PEEL = 8;

/**
 * The cores `[start, end)` of whitespace-free runs longer than `limit`, leading openers and trailing
 * closers left out. It looks `limit` characters ahead first: a space there or before it means no run that
 * long starts before that space, so ordinary text is read at a few characters in every `limit` rather
 * than at each one (this runs on every line).
 */
export function longRuns(text: string, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // No run longer than `limit` starts before `start`, which is 0 or follows a space when a run starts there.
  let start = 0;
  while (start + limit < text.length) {
    let space = start + limit;
    while (space >= start && !isWinkSpace(text.charCodeAt(space))) space--;
    if (space >= start) {
      start = space + 1;
      continue;
    }
    // `limit + 1` characters from `start` without a space: a long run starts here.
    let i = start + limit + 1;
    while (i < text.length && !isWinkSpace(text.charCodeAt(i))) i++;
    let a = start;
    let b = i;
    while (a - start < MAX_PEEL && OPENERS.includes(text[a])) a++;
    while (i - b < MAX_PEEL && CLOSERS.includes(text[b - 1])) b--;
    out.push([a, b]);
    start = i;
  }
  return out;
}

/** `text` with each long run's core blanked out, same length, so wink's offsets still fit. */
export function mask(text: string, runs: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of runs) {
    parts.push(text.slice(at, a), " ".repeat(b - a));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
