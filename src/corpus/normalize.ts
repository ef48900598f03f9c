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
