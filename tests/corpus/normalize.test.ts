import { test } from "uvu";
import * as assert from "uvu/assert";
import { pairDoubledApostrophes, normalizeChars } from "../../src/corpus/normalize";

test("normalizeChars makes curly quotes, apostrophes and dashes straight without changing length", () => {
  const s = "\u201CWe won\u2019t,\u201D he said \u2013 \u2018never\u2019\u00A0again";
  const n = normalizeChars(s);
  assert.is(n, "\"We won't,\" he said - 'never' again");
  assert.is(n.length, s.length);
});

test("normalizeChars leaves plain ASCII and the empty string as they are", () => {
  assert.is(normalizeChars("Mr Blinken said \"yes\"."), "Mr Blinken said \"yes\".");
  assert.is(normalizeChars(""), "");
});

test("pairDoubledApostrophes turns ''quote marks'' into double quotes of the same length, and leaves other apostrophes", () => {
  const s = "''The pier will open,'' Mayor Ann Cole said. ''We have the money.''";
  const out = pairDoubledApostrophes(s);
  assert.is(out, ' "The pier will open,"  Mayor Ann Cole said.  "We have the money." ');
  assert.is(out.length, s.length);
  assert.is(pairDoubledApostrophes("rock''n''roll and the 90's"), "rock''n''roll and the 90's");
  assert.is(pairDoubledApostrophes("no pairs here"), "no pairs here");
});

test.run();
