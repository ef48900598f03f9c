import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArticle } from "../../src/corpus/parse";
import { LONG_RUN_CHARS, Tokenized, makeWinkTokenizer, winkTokenizer } from "../../src/corpus/tokenize";
import { dealToLines, tokenizeLines } from "../../src/corpus/tokenize-lines";

/** [text, start, end] of every token. */
const spans = (r: Tokenized) => r.tokens.map((t) => [t.text, t.start, t.end]);
const sentenceTexts = (text: string, r: Tokenized) => r.sentences.map(([a, b]) => text.slice(r.tokens[a].start, r.tokens[b].end));

/** Every token non-empty and true to the text, in order; sentences a partition of the tokens; `sentence` fields agree. */
function assertValid(text: string, r: Tokenized, label = JSON.stringify(text)): void {
  let prevEnd = 0;
  for (const t of r.tokens) {
    assert.ok(t.start < t.end, `${label}: empty token at ${t.start}`);
    assert.ok(t.start >= prevEnd && t.end <= text.length, `${label}: token [${t.start}, ${t.end}) out of order or outside the text`);
    assert.is(text.slice(t.start, t.end), t.text, `${label}: token text at ${t.start}`);
    prevEnd = t.end;
  }
  let next = 0;
  r.sentences.forEach(([a, b], k) => {
    assert.is(a, next, `${label}: sentence ${k} starts where the previous ended`);
    assert.ok(b >= a && b < r.tokens.length, `${label}: sentence ${k} is [${a}, ${b}]`);
    for (let t = a; t <= b; t++) assert.is(r.tokens[t].sentence, k, `${label}: token ${t} names its sentence`);
    next = b + 1;
  });
  assert.is(next, r.tokens.length, `${label}: every token is in a sentence`);
}

test("winkTokenizer gives no empty token for a double full stop (so..then), wink's empty word is dropped", () => {
  const r = winkTokenizer("so..then");
  assertValid("so..then", r);
  assert.equal(spans(r), [["so", 0, 2], [".", 2, 3], [".", 3, 4], ["then", 4, 8]]);
  // wink makes the second stop a sentence of its own; punctuation alone joins the sentence before.
  assert.equal(sentenceTexts("so..then", r), ["so..", "then"]);
});

test("winkTokenizer keeps exact offsets through punctuation runs: ..., ?!, ...\", .., dashes", () => {
  const cases: Array<[string, Array<[string, number, number]>]> = [
    ["Wait... what?!", [["Wait", 0, 4], ["...", 4, 7], ["what", 8, 12], ["?", 12, 13], ["!", 13, 14]]],
    ['He left..." Then', [["He", 0, 2], ["left", 3, 7], [".", 7, 8], ["..", 8, 10], ['"', 10, 11], ["Then", 12, 16]]],
    ["Stop.. Go", [["Stop", 0, 4], ["..", 4, 6], ["Go", 7, 9]]],
    ["x\u2014y", [["x", 0, 1], ["\u2014", 1, 2], ["y", 2, 3]]],
  ];
  for (const [text, expected] of cases) {
    const r = winkTokenizer(text);
    assertValid(text, r);
    assert.equal(spans(r), expected, text);
  }
});

test("winkTokenizer offsets stay valid with odd characters: controls, lone surrogates, U+2028, RTL marks, emoji, combining marks", () => {
  const odd = [
    "a\u0000b c\u0007d\u001F",
    "x \uD800 y\uDC00z",
    "a\u2028b c\u2029d",
    "a\u000Bb\u000Cc",
    "\uFEFFword",
    "x\u0085y",
    "\u3000x\u1680y\u2000z",
    "\u200Fhello\u200E world \u202Eabc",
    "hi \u{1F44D}\u{1F3FD} there \u{1F468}\u200D\u{1F469}\u200D\u{1F467} ok",
    "cafe\u0301 nai\u0308ve \u0301abc",
    "\u{1D49C}\u{1D4B7} test",
    "x\u00ADy fi \uFB01ne",
    "tab\there\r\nnext",
    "\u0085\u0085",
    "...!!!???",
    "\"'\"'",
  ];
  for (const text of odd) assertValid(text, winkTokenizer(text));
  // wink drops U+2028/U+2029 without counting them as spaces: the tokens still land on their characters.
  assert.equal(spans(winkTokenizer("a\u2028b c\u2029d")), [["a", 0, 1], ["b", 2, 3], ["c", 4, 5], ["d", 6, 7]]);
  assert.equal(spans(winkTokenizer("\uFEFFword")), [["word", 1, 5]]);
});

test("winkTokenizer on empty or whitespace-only text gives no tokens and no sentences", () => {
  assert.equal(winkTokenizer(""), { tokens: [], sentences: [] });
  assert.equal(winkTokenizer(" \n\t "), { tokens: [], sentences: [] });
});

test("a whitespace-free run longer than LONG_RUN_CHARS becomes one token of kind 'other' that wink never sees", () => {
  assert.is(LONG_RUN_CHARS, 100);
  const run = "x".repeat(150);
  const text = `See ${run} now.`;
  const r = winkTokenizer(text);
  assertValid(text, r);
  assert.equal(spans(r), [["See", 0, 3], [run, 4, 154], ["now", 155, 158], [".", 158, 159]]);
  assert.equal([r.tokens[1].kind, r.tokens[1].pos, r.tokens[1].norm, r.tokens[1].stop], ["other", "X", run, false]);
  assert.is(r.sentences.length, 1);
  // At the limit the run is still wink's: one word.
  const word = "y".repeat(LONG_RUN_CHARS);
  assert.equal(winkTokenizer(word).tokens.map((t) => [t.text.length, t.kind]), [[LONG_RUN_CHARS, "word"]]);
});

test("a 300-character URL in brackets and quotes is one token; its brackets, quotes and full stop stay outside and end the sentence", () => {
  const url = "https://example.com/" + "a".repeat(280);
  const text = `Read ("${url}"). Then he left.`;
  const r = winkTokenizer(text);
  assertValid(text, r);
  assert.equal(spans(r).slice(0, 7), [["Read", 0, 4], ["(", 5, 6], ['"', 6, 7], [url, 7, 307], ['"', 307, 308], [")", 308, 309], [".", 309, 310]]);
  assert.equal(sentenceTexts(text, r), [`Read ("${url}").`, "Then he left."]);
});

test("text that is one long run gives one token in one sentence", () => {
  const text = "z".repeat(5000);
  const r = winkTokenizer(text);
  assert.equal(spans(r), [[text, 0, 5000]]);
  assert.equal(r.sentences, [[0, 0]]);
});

test("a 200,000-character word costs no more than ordinary text of the same length (wink's tokenizer is quadratic in word length)", () => {
  const word = "Start. " + "a".repeat(200_000) + " end.";
  const prose = "The talks in Geneva ended without a deal. ".repeat(Math.ceil(word.length / 42)).slice(0, word.length);
  winkTokenizer("warm up the model.");
  const time = (text: string) => {
    const t0 = process.hrtime.bigint();
    const r = winkTokenizer(text);
    return [Number(process.hrtime.bigint() - t0) / 1e6, r] as const;
  };
  const [proseMs] = time(prose);
  const [wordMs, r] = time(word);
  assertValid(word, r, "long word");
  assert.equal(r.tokens.map((t) => t.text.length), [5, 1, 200_000, 3, 1]);
  // Unguarded, the word took about 50 s against about 0.3 s for the prose.
  assert.ok(wordMs < 3 * proseMs + 50, `long word ${wordMs.toFixed(0)} ms, prose ${proseMs.toFixed(0)} ms`);
});

test("makeWinkTokenizer takes another run limit and rejects one that is not a positive integer", () => {
  const tight = makeWinkTokenizer({ longRunChars: 3 });
  assert.equal(tight("ab abcd.").tokens.map((t) => [t.text, t.kind]), [["ab", "word"], ["abcd", "other"], [".", "punctuation"]]);
  assert.throws(() => makeWinkTokenizer({ longRunChars: 0 }), /longRunChars must be a positive integer; got 0/);
  assert.throws(() => makeWinkTokenizer({ longRunChars: "200" as never }), /got "200"/);
});

test("parseArticle on a double full stop and a long run keeps every token non-empty and true to the file", () => {
  const text = `So..then he left. Then ${"q".repeat(300)} came.`;
  const a = parseArticle(text, { headline: null });
  for (const t of a.tokens) {
    assert.ok(t.start < t.end);
    assert.is(text.slice(t.start, t.end), t.text);
  }
  assert.equal(a.tokens.map((t) => t.text).slice(0, 4), ["So", ".", ".", "then"]);
  assert.ok(a.tokens.some((t) => t.kind === "other" && t.text.length === 300));
});

// Lines that end without a full stop (a headline), on an abbreviation, a quote mark, a long run or odd
// white space, and a line wink finds no token in.
const LINES = [
  "Blinken and Lavrov meet in Geneva",
  "Mr. Blinken said the talks were \"frank and substantive\". The U.S.",
  "\"We will respond,\" Mr Lavrov said. Russia had no plans to invade, he added...",
  `See https://example.org/${"x".repeat(LONG_RUN_CHARS + 20)} for more.`,
  "--",
  "Talks end\twithout a deal; officials said so..then left. Ms. Cole (D-Ohio) agreed",
];

test("tokenizeLines gives each line exactly what tokenizing it alone gives: tokens, offsets, lemmas, tags, sentences", () => {
  const alone = LINES.map((l) => winkTokenizer(l));
  const together = tokenizeLines(LINES, winkTokenizer);
  assert.equal(together, alone);
  LINES.forEach((l, k) => assertValid(l, together[k]));
  // Hand-checked: the headline is one sentence of six tokens; the second line's "The U.S." a sentence of its own.
  assert.equal(together[0].sentences, [[0, 5]]);
  assert.equal(sentenceTexts(LINES[1], together[1]), ['Mr. Blinken said the talks were "frank and substantive".', "The U.S."]);
});

test("dealToLines hands the joined tokenization back line by line, and refuses a sentence that runs into the next line", () => {
  const lines = ["Talks in Geneva", "He said nothing."];
  const dealt = dealToLines(lines, winkTokenizer(lines.join("\n\n")));
  assert.ok(dealt);
  assert.equal(dealt.map(spans), [[["Talks", 0, 5], ["in", 6, 8], ["Geneva", 9, 15]], [["He", 0, 2], ["said", 3, 7], ["nothing", 8, 15], [".", 15, 16]]]);
  assert.equal(dealt.map((d) => d.sentences), [[[0, 2]], [[0, 3]]]);
  assert.equal(dealt[1].tokens.map((t) => t.sentence), [0, 0, 0, 0]);
  // A line of punctuation alone ("---" between sections): wink's sentence of punctuation alone joins the
  // sentence before it, across the blank line.
  const separated = ["The talks ended.", "---"];
  const joined = winkTokenizer(separated.join("\n\n"));
  assert.equal(joined.sentences, [[0, 6]], "one sentence across the two lines");
  assert.is(dealToLines(separated, joined), null);
  // tokenizeLines then tokenizes each line alone.
  assert.equal(tokenizeLines(separated, winkTokenizer), separated.map((l) => winkTokenizer(l)));
  assert.equal(tokenizeLines(separated, winkTokenizer)[1].sentences, [[0, 2]]);
});

test("tokenizeLines calls any other tokenizer once per line, with the line", () => {
  const seen: string[] = [];
  const mine = (text: string): Tokenized => {
    seen.push(text);
    return { tokens: [], sentences: [] };
  };
  assert.equal(tokenizeLines(["a b", "c"], mine), [{ tokens: [], sentences: [] }, { tokens: [], sentences: [] }]);
  assert.equal(seen, ["a b", "c"]);
});

test.run();
