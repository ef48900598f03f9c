import { test } from "uvu";
import * as assert from "uvu/assert";
import { normalizeChars } from "../../src/corpus/normalize";
import { SentimentToken, SentimentTokenBuffer, scanSentimentTokens, sentimentTokens } from "../../src/sentiment/tokens";
import { seedLines } from "../helpers";

/** The regular expression the scanner replaces, run as it used to be: the specification. */
function regexTokens(text: string): SentimentToken[] {
  const TOKEN = /([\p{L}\p{N}]+(?:'[\p{L}]+|-[\p{L}\p{N}]+)*)|[,.;:!?]|\s-\s/gu;
  const norm = normalizeChars(text);
  const out: SentimentToken[] = [];
  for (let m = TOKEN.exec(norm); m; m = TOKEN.exec(norm)) {
    const boundary = m[1] === undefined;
    out.push({ text: boundary ? m[0].trim() : m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, boundary });
  }
  return out;
}

const SEED_LINES = seedLines();

// Word characters of every kind (ASCII and not, letters and digits, letters whose lower case is longer,
// astral letters and digits, lone surrogates), what joins them (' ’ ` - – —), clause marks, the dash
// break and white space of every kind, and symbols that are neither.
const ALPHABET = [
  "a", "Z", "7", "\u00E9", "\u0130", "\u03A3", "\u0663", "\u216B", "\u00BC", "\u01C5", "\u0301", "\uD835\uDC00", "\uD835\uDFCE", "\uD83D\uDE00", "\uD800", "\uDC00",
  "'", "\u2019", "\u2018", "`", "\u00B4", "-", "\u2013", "\u2014", "\u2212", ",", ".", ";", ":", "!", "?", " ", " - ", " \u2013 ", "\t", "\n", "\u00A0", "\u2009", "\u3000",
  "\u201C", "\u201D", '"', "(", "#", "don't", "de-escalate", "It's", "NATO",
];

function generated(n: number): string[] {
  let state = 20220121;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => Array.from({ length: Math.floor(next() * 13) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(""));
}

test("sentimentTokens gives exactly the matches of the regular expression it replaces, on the seed text and on generated edge cases", () => {
  for (const text of [...SEED_LINES, ...generated(30_000)]) assert.equal(sentimentTokens(text), regexTokens(text), JSON.stringify(text));
});

test("scanSentimentTokens refills one buffer: a short text after a long one gives only its own tokens", () => {
  const buffer = new SentimentTokenBuffer();
  scanSentimentTokens("A long sentence, with - several tokens; and more.", buffer);
  const b = scanSentimentTokens("Don\u2019t go", buffer);
  assert.is(b.length, 2);
  assert.equal(b.text.slice(0, b.length), ["don't", "go"]);
  assert.equal([b.start[0], b.end[0], b.boundary[0]], [0, 5, false]);
  assert.is(scanSentimentTokens("", buffer).length, 0);
});

test("sentimentTokens lower-cases and normalises a word only where it needs it, keeping offsets into the text", () => {
  const text = "\u0130ZM\u0130R\u2019s TALKS de\u2013escalate";
  assert.equal(sentimentTokens(text).map((t) => [t.text, text.slice(t.start, t.end)]), [
    ["i\u0307zmi\u0307r's", "\u0130ZM\u0130R\u2019s"],
    ["talks", "TALKS"],
    ["de-escalate", "de\u2013escalate"],
  ]);
});

test.run();
