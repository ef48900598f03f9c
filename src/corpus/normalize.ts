/**
 * Character-for-character normalisation for analysis. Every replacement maps one UTF-16 unit to one,
 * so offsets in the normalised text are offsets in the original: no offset table is needed.
 * Curly double quotes (and low/guillemet variants) become `"`, curly single quotes and primes `'`,
 * en and em dashes `-`, non-breaking and other odd spaces a plain space.
 */
const CHAR_MAP: Readonly<Record<string, string>> = {
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"', "\u2033": '"',
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u0060": "'", "\u00B4": "'",
  "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
  "\u00A0": " ", "\u2007": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u2002": " ", "\u2003": " ",
  "\t": " ",
};

const PATTERN = new RegExp(`[${Object.keys(CHAR_MAP).join("")}]`, "g");

/** Returns `text` with quotes, apostrophes, dashes and spaces normalised; the length never changes. */
export function normalizeChars(text: string): string {
  return text.replace(PATTERN, (c) => CHAR_MAP[c] ?? c);
}

/**
 * Doubled apostrophes used as double quote marks (`''The pier will open,'' she said`, common in some
 * newspapers' feeds) made into a straight double quote and a space, keeping the text's length (so
 * offsets still line up): an opening pair (before a word, not after one) becomes ` "`, a closing pair
 * (after a word or punctuation, not before a word) `" `. A pair inside a word is left alone. Works on
 * normalizeChars' output; text without `''` is returned as it is.
 */
export function pairDoubledApostrophes(norm: string): string {
  if (!norm.includes("''")) return norm;
  const word = /[\p{L}\p{N}]/u;
  return norm.replace(/''/g, (m, i: number, s: string) => {
    const before = s[i - 1] ?? " ";
    const after = s[i + 2] ?? " ";
    if (word.test(after) && !word.test(before)) return ' "';
    if (!word.test(after) && (word.test(before) || /[.,!?;:]/.test(before))) return '" ';
    return m;
  });
}
