/**
 * White space by character code, for the loops that scan every character of an article (cleaning and
 * tokenizing), where a regular expression per character costs too much.
 */

/** JavaScript's `\s`: what `trim` strips and `split(/\s+/)` splits on. Printable ASCII is ruled out first. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** isWhiteSpace, plus U+0085 (next line), which wink-nlp also splits on. */
export function isWinkSpace(c: number): boolean {
  return isWhiteSpace(c) || c === 0x85;
}

/**
 * Words in `s`: its runs of non-white-space characters, the count of `s.trim().split(/\s+/)` without
 * building the strings (this runs on every line and every kept part of one). 0 for blank text.
 */
export function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
