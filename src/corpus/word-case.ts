/** Fast case checks on the tokenizer's hot path (each runs once per token). */

/**
 * `s.toLowerCase()`, without the call for ASCII text with no capital letter, which it would return
 * unchanged: most words and lemmas, and the call is a noticeable part of the per-token cost.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && (c <= 90 || c >= 128)) return s.toLowerCase();
  }
  return s;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * A capitalised word ("Tensions") that wink may have taken for a name (see lowerCaseReading in tokenize.ts): one upper-
 * case letter, then lower-case letters only. An ASCII word is checked by its character codes (A-Z and
 * a-z are all the ASCII letters \p{Lu} and \p{Ll} hold), as this runs on every proper noun; any other
 * word by TITLE_CASE.
 */
export function isTitleCase(word: string): boolean {
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (!ascii) return TITLE_CASE.test(word);
  const first = word.charCodeAt(0);
  if (word.length < 2 || first < 65 || first > 90) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
