import { test } from "uvu";
import * as assert from "uvu/assert";
import { isWhiteSpace, isWinkSpace, wordCount } from "../../src/corpus/white-space";

test("isWhiteSpace agrees with JavaScript's \\s on every UTF-16 code unit", () => {
  for (let c = 0; c <= 0xffff; c++) assert.is(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test("isWinkSpace is \\s plus U+0085 (next line), and nothing else", () => {
  for (let c = 0; c <= 0xffff; c++) assert.is(isWinkSpace(c), c === 0x85 || /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test("wordCount counts what trim and split on white space count, 0 for empty or blank text", () => {
  for (const s of ["", " \t\n", "one", "  two  words ", "a\u00a0b\u3000c\u2028d", "tab\tand\r\nbreaks", "Mr. Blinken said \u201cno\u201d."]) {
    assert.is(wordCount(s), s.trim().split(/\s+/).filter(Boolean).length, JSON.stringify(s));
  }
});

test.run();
